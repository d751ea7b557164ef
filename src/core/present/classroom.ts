// The classroom view's slides: one framing difference each, in the summary's ranking order.
import type { ClassroomSlide, Comparison } from '../model.js';
import { placeCues } from './cue-spans.js';
import { sentenceIndex, textOf } from './sentences.js';

/** Every slide, most striking first (the handout prints them all). */
export function classroomSlides(c: Comparison): ClassroomSlide[] {
  const index = sentenceIndex(c);
  const ranking = c.summary.ranking;
  return ranking.flatMap((ranked, i) => {
    const unit = c.units.find((u) => u.id === ranked.unitId);
    if (!unit) return [];
    const phrasings = c.articles
      .filter((a) => (unit.sentences[a.id] ?? []).length > 0)
      .map((a) => {
        const text = textOf(index, unit.sentences[a.id] ?? []);
        // Placement is about where the sentence stands, not its words: marking it would mark everything.
        const own = unit.cues.filter((x) => x.articleId === a.id && x.kind !== 'placement');
        const marks = placeCues(text, own, (x) => x, index).map(({ item, start, end }) => ({ start, end, kind: item.kind, note: item.note }));
        return { outlet: a.outlet, text, marks };
      });
    const slide: ClassroomSlide = { index: i, total: ranking.length, unitId: unit.id, reason: ranked.reason, phrasings, notes: unit.cues.map((x) => x.note) };
    if (unit.note) slide.teacherNote = unit.note;
    return [slide];
  });
}

/** The slide at position i (clamped to the ranking), or null when nothing differs. */
export function classroomSlide(c: Comparison, i: number): ClassroomSlide | null {
  const slides = classroomSlides(c);
  if (slides.length === 0) return null;
  return slides[Math.min(Math.max(i, 0), slides.length - 1)]!;
}
