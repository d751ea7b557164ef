import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/core/compare.js';
import { curate } from '../../../src/core/curate/curate.js';
import type { Comparison, Edit, EditAction } from '../../../src/core/model.js';

const first = [
  'Hafen bestreikt',
  '',
  'Die Hafenarbeiter in Rotterdam haben am Montag ihre Arbeit niedergelegt. Die Gewerkschaft fordert zwölf Prozent mehr Lohn.',
  '',
  'Die Reedereien sprechen von einem schweren Schaden für den Handel.',
].join('\n');
const second = [
  'Streik in Rotterdam',
  '',
  'Am Montag haben die Hafenarbeiter in Rotterdam die Arbeit niedergelegt. Ihre Gewerkschaft verlangt zwölf Prozent mehr Lohn.',
  '',
  'Ein Ende des Ausstands ist nicht in Sicht.',
].join('\n');

let n = 0;
function edit(action: EditAction): Edit {
  n += 1;
  return { id: `e${n}`, at: '2026-11-25T10:00:00Z', by: 'test', action };
}

function unitOf(c: Comparison, sentenceId: string) {
  return c.units.find((u) => Object.values(u.sentences).some((ids) => ids.includes(sentenceId)))!;
}

function everySentenceOnce(c: Comparison) {
  const all = c.articles.flatMap((a) => a.sections.flatMap((s) => s.sentences.map((x) => x.id)));
  const placed = c.units.flatMap((u) => Object.values(u.sentences).flat());
  expect(placed.sort()).toEqual(all.sort());
}

describe('curate', () => {
  const automatic = compare([
    { text: first, outlet: 'Nordblatt', id: 'a1' },
    { text: second, outlet: 'Westkurier', id: 'a2' },
  ]);

  it('without edits changes nothing but records an empty edit list', () => {
    const curated = curate(automatic, []);
    expect(curated.units).toEqual(automatic.units);
    expect(curated.edits).toEqual([]);
    expect(curated.staleEdits).toEqual([]);
  });

  it('moves a sentence out into its own unit and recomputes statuses and summary', () => {
    const lohn = automatic.articles[1]!.sections.flatMap((s) => s.sentences).find((s) => s.text.includes('Lohn'))!;
    const before = unitOf(automatic, lohn.id);
    expect(Object.keys(before.sentences)).toEqual(['a1', 'a2']);
    const curated = curate(automatic, [edit({ kind: 'move-sentence', sentenceId: lohn.id, toUnitId: null })]);
    const left = curated.units.find((u) => u.id === before.id)!;
    const moved = unitOf(curated, lohn.id);
    expect(moved.id).not.toBe(before.id);
    expect(moved.status).toBe('exclusive');
    expect(moved.edited).toBe(true);
    expect(left.sentences.a2).toBeUndefined();
    expect(left.missingFrom).toEqual(['a2']);
    expect(left.status).toBe('exclusive');
    expect(curated.summary.counts.exclusive).toBe(automatic.summary.counts.exclusive + 2);
    everySentenceOnce(curated);
  });

  it('merges two units and splits one again', () => {
    const onlyIn = (id: string) =>
      automatic.units.find((u) => Object.keys(u.sentences).length === 1 && u.sentences[id])!;
    const [u1, u2] = [onlyIn('a1'), onlyIn('a2')];
    const merged = curate(automatic, [edit({ kind: 'merge-units', unitId: u1.id, otherUnitId: u2.id })]);
    expect(merged.units).toHaveLength(automatic.units.length - 1);
    const mergedUnit = merged.units.find((u) => u.id === u1.id)!;
    expect(Object.keys(mergedUnit.sentences).sort()).toEqual(['a1', 'a2']);
    expect(mergedUnit.status).toBe('agreement');
    everySentenceOnce(merged);

    const split = curate(automatic, [
      edit({ kind: 'merge-units', unitId: u1.id, otherUnitId: u2.id }),
      edit({ kind: 'split-unit', unitId: u1.id, articleIds: ['a2'] }),
    ]);
    expect(split.units).toHaveLength(automatic.units.length);
    expect(split.units.find((u) => u.id === u1.id)!.sentences).toEqual(u1.sentences);
    everySentenceOnce(split);
  });

  it('pins a status, adds and removes a cue, and keeps notes', () => {
    const shared = automatic.units.find((u) => u.missingFrom.length === 0)!;
    const cue = { kind: 'tone' as const, articleId: 'a1', text: 'schweren Schaden', note: 'Nordblatt dramatises.' };
    const curated = curate(automatic, [
      edit({ kind: 'add-cue', unitId: shared.id, cue }),
      edit({ kind: 'note', unitId: shared.id, markdown: 'Gutes **Beispiel**' }),
      edit({ kind: 'note', unitId: null, markdown: 'Für die 9b' }),
    ]);
    const unit = curated.units.find((u) => u.id === shared.id)!;
    expect(unit.cues).toContainEqual(cue);
    expect(unit.status).toBe('framing');
    expect(unit.note).toBe('Gutes **Beispiel**');
    expect(curated.note).toBe('Für die 9b');

    const undone = curate(automatic, [
      edit({ kind: 'add-cue', unitId: shared.id, cue }),
      edit({ kind: 'remove-cue', unitId: shared.id, cue }),
      edit({ kind: 'set-status', unitId: shared.id, status: 'omission' }),
    ]);
    const again = undone.units.find((u) => u.id === shared.id)!;
    expect(again.cues).not.toContainEqual(cue);
    expect(again.status).toBe('omission');
  });

  it('lists edits that no longer apply instead of guessing', () => {
    const curated = curate(automatic, [
      edit({ kind: 'set-status', unitId: 'u999', status: 'agreement' }),
      edit({ kind: 'move-sentence', sentenceId: 'a9:s1', toUnitId: null }),
    ]);
    expect(curated.edits).toEqual([]);
    expect(curated.staleEdits!.map((s) => s.reason)).toEqual([
      'unit u999 no longer exists',
      'sentence a9:s1 is not in this comparison',
    ]);
    expect(curated.units).toEqual(automatic.units);
  });
});
