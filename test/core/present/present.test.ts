// The presentation functions on real comparisons: the bundled event sets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/core/compare.js';
import type { Comparison } from '../../../src/core/model.js';
import { classroomSlide, classroomSlides } from '../../../src/core/present/classroom.js';
import { pairRows } from '../../../src/core/present/pair-rows.js';
import { unitsInReadingOrder } from '../../../src/core/present/reading-order.js';
import { sentenceIndex } from '../../../src/core/present/sentences.js';
import { rankHeadlines } from '../../../src/core/summary/ranking.js';

function fixture(set: string): Comparison {
  const meta = JSON.parse(readFileSync(`fixtures/events/${set}/meta.json`, 'utf8')) as { articles: Array<{ file: string; outlet: string; id: string }> };
  return compare(meta.articles.map((a) => ({ outlet: a.outlet, id: a.id, text: readFileSync(`fixtures/events/${set}/${a.file}`, 'utf8') })));
}

const sets = ['budapest-summit-de', 'kessling-port-strike-en', 'bergfeld-flood-reorder-de'];

describe('unitsInReadingOrder', () => {
  it("shows every unit once, the reference's own units in its sentence order, for every reference", () => {
    for (const set of sets) {
      const c = fixture(set);
      for (const article of c.articles) {
        const ordered = unitsInReadingOrder(c, article.id);
        expect(ordered.map((u) => u.id).sort()).toEqual(c.units.map((u) => u.id).sort());
        const index = sentenceIndex(c);
        const firsts = ordered
          .filter((u) => (u.sentences[article.id] ?? []).length > 0)
          .map((u) => Math.min(...u.sentences[article.id]!.map((id) => index.get(id)!.index)));
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }
    }
  });

  it('filters by status and by cue kind', () => {
    const c = fixture('budapest-summit-de');
    const ref = c.articles[0]!.id;
    const framing = unitsInReadingOrder(c, ref, { status: 'framing' });
    expect(framing.length).toBe(c.summary.counts.framing);
    const withLabels = unitsInReadingOrder(c, ref, { cue: 'label' });
    expect(withLabels.length).toBeGreaterThan(0);
    expect(withLabels.every((u) => u.cues.some((x) => x.kind === 'label'))).toBe(true);
  });
});

describe('pairRows', () => {
  it('lists every unit either outlet reports in the first outlet\'s reading order, says which of the two alone tells one, and each diff rebuilds both texts', () => {
    const c = fixture('kessling-port-strike-en');
    const [a, b] = c.articles.map((x) => x.id) as [string, string];
    const rows = pairRows(c, a, b);
    const has = (u: (typeof c.units)[number], id: string) => (u.sentences[id] ?? []).length > 0;
    expect(rows.map((r) => r.unitId)).toEqual(unitsInReadingOrder(c, a).filter((u) => has(u, a) || has(u, b)).map((u) => u.id));
    const alone = rows.filter((r) => r.only);
    // Each outlet of this set has material the other lacks.
    expect(alone.some((r) => r.only === 'a') && alone.some((r) => r.only === 'b')).toBe(true);
    for (const row of alone) {
      const unit = c.units.find((u) => u.id === row.unitId)!;
      expect(has(unit, row.only === 'a' ? b : a)).toBe(false);
      expect(row[row.only!]).not.toBe('');
      expect(row[row.only === 'a' ? 'b' : 'a']).toBe('');
      expect(row.parts).toEqual([]);
      expect(row.cues).toEqual([]);
    }
    for (const row of rows.filter((r) => !r.only)) {
      const from = row.parts.map((p) => (p.op === 'modify' ? p.from : p.op === 'insert' ? '' : p.text)).join('');
      const to = row.parts.map((p) => (p.op === 'modify' ? p.to : p.op === 'delete' ? '' : p.text)).join('');
      // Equal parts carry the second text's spacing, so the first text is rebuilt up to whitespace.
      expect(to).toBe(row.b);
      if (!row.truncated) expect(from.replace(/\s+/g, ' ').trim()).toBe(row.a.replace(/\s+/g, ' ').trim());
      expect(row.cues.every((x) => x.articleId === a || x.articleId === b)).toBe(true);
    }
  });
});

describe('classroomSlides', () => {
  it("follows the summary's ranking, one slide per framing difference, and clamps the index", () => {
    for (const set of sets) {
      const c = fixture(set);
      const slides = classroomSlides(c);
      expect(slides.filter((s) => s.unitId !== null).map((s) => s.unitId)).toEqual(c.summary.ranking.map((r) => r.unitId));
      expect(slides.map((s) => s.index)).toEqual(slides.map((_, i) => i));
      expect(slides.every((s) => s.total === slides.length)).toBe(true);
      for (const slide of slides) {
        expect(slide.phrasings.length).toBeGreaterThanOrEqual(2);
        const unit = slide.unitId === null ? { cues: c.headlines!.cues } : c.units.find((u) => u.id === slide.unitId)!;
        for (const p of slide.phrasings) {
          // Marks sit inside the text, in order, never overlapping, and each is the words of one of the unit's cues.
          let end = 0;
          for (const m of p.marks) {
            expect(m.start).toBeGreaterThanOrEqual(end);
            expect(m.end).toBeLessThanOrEqual(p.text.length);
            expect(unit.cues.some((x) => x.kind === m.kind && x.note === m.note)).toBe(true);
            end = m.end;
          }
        }
      }
      expect(slides.some((s) => s.phrasings.some((p) => p.marks.length > 0))).toBe(true);
      expect(classroomSlide(c, -5)?.index).toBe(0);
      expect(classroomSlide(c, 999)?.index).toBe(slides.length - 1);
    }
  });

  it('puts the headlines among the differences by the ranking’s own score, ties first, with their titles marked', () => {
    const c = fixture('kessling-port-strike-en');
    const rank = rankHeadlines(c.headlines!)!;
    // tone and label kinds (2.5 + 2), five cues (1.25), three outlets with cues (1), a headline (1).
    expect(rank.score).toBe(7.75);
    expect(rank.reason).toBe('The headlines differ in their tone and what they call people and things. A headline is what every reader sees first.');
    const slides = classroomSlides(c);
    const at = slides.findIndex((s) => s.unitId === null);
    const scores = c.summary.ranking.map((r) => r.score);
    expect(at).toBe(scores.filter((s) => s > rank.score).length);
    const slide = slides[at]!;
    expect(slide.reason).toBe(rank.reason);
    expect(slide.phrasings.map((p) => p.text)).toEqual(c.articles.map((a) => a.title));
    const walkout = slide.phrasings[1]!;
    expect(walkout.marks.map((m) => walkout.text.slice(m.start, m.end))).toEqual(['Walkout', 'setback']);
    expect(slide.notes).toEqual(c.headlines!.cues.map((x) => x.note));
  });

  it('has no headline slide when the headlines show no difference, or the comparison has none', () => {
    const c = fixture('bergfeld-flood-reorder-de');
    expect(c.headlines?.cues).toEqual([]);
    expect(classroomSlides(c).some((s) => s.unitId === null)).toBe(false);
    const { headlines: _none, ...saved } = fixture('kessling-port-strike-en');
    expect(classroomSlides(saved).some((s) => s.unitId === null)).toBe(false);
  });
});
