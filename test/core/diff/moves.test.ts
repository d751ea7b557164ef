import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../src/core/diff/moves.js';
import { diffWords } from '../../../src/core/diff/word-diff.js';
import type { MovedPart, TextDiffPart } from '../../../src/core/model.js';

const rejoinNew = (parts: TextDiffPart[]) =>
  parts.map((p) => (p.op === 'modify' ? p.to : p.op === 'delete' || p.op === 'moved-away' ? '' : p.text)).join('');
const rejoinOld = (parts: TextDiffPart[]) =>
  parts
    .map((p) => {
      if (p.op === 'modify') return p.from;
      if (p.op === 'insert') return '';
      if (p.op === 'moved-here') return '';
      return p.text;
    })
    .join('');
const noSpace = (s: string) => s.replace(/\s+/g, '');
const moved = (parts: TextDiffPart[]) => parts.filter((p): p is MovedPart => p.op === 'moved-away' || p.op === 'moved-here');
const changed = (parts: TextDiffPart[]) => parts.filter((p) => p.op === 'delete' || p.op === 'insert').map((p) => ('text' in p ? p.text.trim() : ''));

const fixture = (event: string, file: string) => readFileSync(new URL(`../../../fixtures/events/${event}/${file}`, import.meta.url), 'utf8');
const paragraphs = (text: string) => text.trim().split(/\n\s*\n/);

describe('diffTexts: moved sentences', () => {
  it('shows a paragraph moved to the top of a real article as moves, not as a delete and an insert', () => {
    const a = fixture('harwick-derailment-en', 'harwick-courier.txt');
    const ps = paragraphs(a);
    // The last paragraph (line closure, replacement buses) moves up to become the second one.
    const last = ps[ps.length - 1]!;
    const b = [ps[0], last, ...ps.slice(1, -1)].join('\n\n') + '\n';
    const d = diffTexts(a, b);
    expect(d.moves).toBe(2);
    expect(d.truncated).toBe(false);
    const ends = moved(d.parts);
    expect(ends.map((p) => p.op).sort()).toEqual(['moved-away', 'moved-away', 'moved-here', 'moved-here']);
    const here = ends.filter((p) => p.op === 'moved-here');
    expect(here.map((p) => p.text.trim())).toEqual([
      'The line between Harwick and Dunmore will stay closed until at least Friday.',
      'Replacement buses are running for passengers.',
    ]);
    // In B they stand in paragraph 2; in A they were in the last paragraph.
    const away = ends.filter((p) => p.op === 'moved-away');
    expect(away.every((p) => p.otherParagraph === 2)).toBe(true);
    expect(here.every((p) => p.otherParagraph === ps.length)).toBe(true);
    // Each move's two ends share a number, and nothing else changed.
    expect(new Set(away.map((p) => p.move))).toEqual(new Set(here.map((p) => p.move)));
    expect(changed(d.parts).filter((t) => t !== '')).toEqual([]);
    expect(rejoinNew(d.parts)).toBe(b);
    expect(noSpace(rejoinOld(d.parts))).toBe(noSpace(a));
  });

  it('keeps the word diff of a sentence that moved and changed a few words (German)', () => {
    const a = fixture('budapest-summit-de', 'agentur-kurz.txt');
    const ps = paragraphs(a);
    expect(ps.length).toBeGreaterThanOrEqual(3);
    const first = ps[1]!;
    const sentence = first.split(/(?<=[.!?])\s+/)[0]!;
    expect(sentence.split(/\s+/).length).toBeGreaterThanOrEqual(6);
    // One word of the sentence changes, and the sentence moves to the end of the text.
    const words = sentence.split(' ');
    const k = words.findIndex((w, i) => i > 1 && /^\p{Ll}{4,}$/u.test(w));
    expect(k).toBeGreaterThan(0);
    const edited = [...words.slice(0, k), 'angeblich', ...words.slice(k)].join(' ');
    const b = a.replace(sentence, '').replace(/\s*$/, '') + ' ' + edited + '\n';
    const d = diffTexts(a, b);
    expect(d.moves).toBe(1);
    const here = moved(d.parts).find((p) => p.op === 'moved-here')!;
    expect(here.parts).toBeDefined();
    const inserted = here.parts!.filter((p) => p.op === 'insert').map((p) => ('text' in p ? p.text.trim() : ''));
    expect(inserted).toEqual(['angeblich']);
    expect(rejoinNew(d.parts)).toBe(b);
  });

  it('leaves an edit in place as a word diff, identical to diffing the texts whole', () => {
    const a = fixture('kessling-port-strike-en', 'coastal-wire.txt');
    const s = a.split(/(?<=[.!?])\s+/)[2]!;
    const b = a.replace(s, s.replace(/\b(\w{5,})\b/, 'reportedly $1'));
    expect(b).not.toBe(a);
    const d = diffTexts(a, b);
    expect(d.moves).toBe(0);
    expect(d.parts).toEqual(diffWords(a, b).parts);
  });

  it('keeps edits in place as edits when the text repeats itself (no false moves between copies)', () => {
    const one = fixture('harwick-derailment-en', 'allied-press.txt');
    const a = [one, one, one].join('\n\n');
    const b = a.replace(/Harwick/g, 'Harwich');
    const d = diffTexts(a, b);
    expect(d.moves).toBe(0);
    expect(d.parts.filter((p) => p.op === 'modify' || p.op === 'insert').length).toBeGreaterThan(0);
    expect(rejoinNew(d.parts)).toBe(b);
  });

  it('does not call two different sentences that swap places a near-equal move', () => {
    const a = 'The council met on Monday to discuss the budget. Protesters gathered outside the town hall.';
    const b = 'Protesters gathered outside the town hall. The mayor refused to answer any questions from reporters.';
    const d = diffTexts(a, b);
    expect(d.moves).toBe(0);
  });

  it('marks exact moves in character mode too', () => {
    const a = 'First sentence here. Second sentence there. Third one ends.';
    const b = 'Third one ends. First sentence here. Second sentence there.';
    const d = diffTexts(a, b, { unit: 'char' });
    expect(d.moves).toBe(1);
    expect(rejoinNew(d.parts)).toBe(b);
  });

  it('finds the moves of every bundled article with its paragraphs reversed, and rejoins to the new text', () => {
    const root = new URL('../../../fixtures/events/', import.meta.url);
    for (const event of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const file of readdirSync(new URL(`${event.name}/`, root)).filter((f) => f.endsWith('.txt'))) {
        const a = fixture(event.name, file);
        const ps = paragraphs(a);
        if (ps.length < 3) continue;
        const b = [...ps].reverse().join('\n\n');
        const d = diffTexts(a, b);
        expect(d.moves, `${event.name}/${file}`).toBeGreaterThan(0);
        expect(rejoinNew(d.parts)).toBe(b);
        expect(noSpace(rejoinOld(d.parts))).toBe(noSpace(a));
        // Every move has exactly one end in each text.
        const ends = moved(d.parts);
        for (let m = 1; m <= d.moves; m++) expect(ends.filter((p) => p.move === m).map((p) => p.op).sort()).toEqual(['moved-away', 'moved-here']);
      }
    }
  });

  it('rejoins to both texts for any shuffle of sentences (property)', () => {
    const pool = [
      'Die Polizei sperrte die Straße am Abend.',
      'Der Bürgermeister sprach von einem schweren Schaden.',
      'Zwei Schulen bleiben bis Freitag geschlossen.',
      'Officials said the river had peaked.',
      'Residents were told to stay away from the bank.',
      'Nobody was hurt.',
      'Ja.',
    ];
    const text = fc.array(fc.constantFrom(...pool), { minLength: 0, maxLength: 8 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffTexts(a, b);
        expect(rejoinNew(d.parts)).toBe(b);
        expect(noSpace(rejoinOld(d.parts))).toBe(noSpace(a));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('stays bounded on two long unrelated texts', () => {
    const words = (seed: number, n: number) => Array.from({ length: n }, (_, i) => `Satz ${(i * seed) % 9973} mit Wort${(i * 7 + seed) % 101} und mehr Text.`).join(' ');
    const a = words(3, 3000);
    const b = words(5, 3000);
    const t = performance.now();
    const d = diffTexts(a, b, { maxEditLength: 2000 });
    expect(performance.now() - t).toBeLessThan(5000);
    expect(rejoinNew(d.parts)).toBe(b);
  });
});
