// The classroom view's slides: one framing difference each, in the summary's ranking order, with
// the headlines as one more difference where their score ranks them (see rankHeadlines).
import type { ClassroomSlide, Comparison, Cue } from '../model.js';
import { rankHeadlines } from '../summary/ranking.js';
import { placeCues, placeTitleCues } from './cue-spans.js';
import { sentenceIndex, textOf } from './sentences.js';

type Draft = Omit<ClassroomSlide, 'index' | 'total'>;

/** Every slide, most striking first (the handout prints them all). */
export function classroomSlides(c: Comparison): ClassroomSlide[] {
  const index = sentenceIndex(c);
  const ranked: Array<{ score: number; slide: Draft }> = c.summary.ranking.flatMap((r) => {
    const unit = c.units.find((u) => u.id === r.unitId);
    if (!unit) return [];
    const phrasings = c.articles
      .filter((a) => (unit.sentences[a.id] ?? []).length > 0)
      .map((a) => {
        const text = textOf(index, unit.sentences[a.id] ?? []);
        // Placement is about where the sentence stands, not its words: marking it would mark everything.
        const own = unit.cues.filter((x) => x.articleId === a.id && x.kind !== 'placement');
        return { outlet: a.outlet, text, marks: marksOf(placeCues(text, own, (x) => x, index)) };
      });
    const slide: Draft = { unitId: unit.id, reason: r.reason, phrasings, notes: unit.cues.map((x) => x.note) };
    if (unit.note) slide.teacherNote = unit.note;
    return [{ score: r.score, slide }];
  });
  const headline = headlineSlide(c);
  // Ties keep reading order, as in the ranking, and the headlines are read first.
  if (headline) ranked.splice(insertionPoint(ranked, headline.score), 0, headline);
  return ranked.map(({ slide }, i) => ({ ...slide, index: i, total: ranked.length }));
}

/** Where a difference of this score goes: before the first one that does not outrank it. */
function insertionPoint(ranked: Array<{ score: number }>, score: number): number {
  const at = ranked.findIndex((r) => r.score <= score);
  return at < 0 ? ranked.length : at;
}

/** The headlines as a slide, each titled outlet's title with its cue words marked; null when they show no difference. */
function headlineSlide(c: Comparison): { score: number; slide: Draft } | null {
  const rank = c.headlines ? rankHeadlines(c.headlines) : null;
  if (!c.headlines || !rank) return null;
  const { cues } = c.headlines;
  const phrasings = c.headlines.articleIds.flatMap((id) => {
    const article = c.articles.find((a) => a.id === id);
    if (!article?.title) return [];
    const own = cues.filter((x) => x.articleId === id);
    return [{ outlet: article.outlet, text: article.title, marks: marksOf(placeTitleCues(article.title, own, (x) => x)) }];
  });
  return { score: rank.score, slide: { unitId: null, reason: rank.reason, phrasings, notes: cues.map((x) => x.note) } };
}

const marksOf = (placed: Array<{ item: Cue; start: number; end: number }>): ClassroomSlide['phrasings'][number]['marks'] =>
  placed.map(({ item, start, end }) => ({ start, end, kind: item.kind, note: item.note }));

/** The slide at position i (clamped to the ranking), or null when nothing differs. */
export function classroomSlide(c: Comparison, i: number): ClassroomSlide | null {
  const slides = classroomSlides(c);
  if (slides.length === 0) return null;
  return slides[Math.min(Math.max(i, 0), slides.length - 1)]!;
}
