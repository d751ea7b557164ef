// Why a unit is missing from an article: that article's sentences most like the unit's. The page
// says "not reported" on the word of the alignment; the closest sentence and its score let a reader
// check it: nothing alike (an omission), alike below the bar (reworded past what the engine
// matches), or alike enough but joined to another unit (a sentence joins one unit only).
import type { ClosestSentence, Comparison } from '../model.js';
import { sharedAnchors, similarity, vectorize, type SentenceVector } from './similarity.js';

/**
 * Per article the unit leaves out, in article order: its `perArticle` sentences most like any of
 * the unit's sentences, best first, leaving out those that share no term with them. Null when the
 * comparison has no such unit.
 */
export function closestSentences(
  comparison: Pick<Comparison, 'articles' | 'units'>,
  unitId: string,
  perArticle = 2,
): ClosestSentence[] | null {
  const unit = comparison.units.find((u) => u.id === unitId);
  if (!unit) return null;
  // The same vectors as the alignment had (its vocabulary and weights come from all articles), so
  // a score here reads like the scores of the aligned pairs.
  const vectors = vectorize(comparison.articles);
  const byId = new Map(vectors.map((v) => [v.sentence.id, v]));
  const members = Object.values(unit.sentences)
    .flat()
    .flatMap((id) => byId.get(id) ?? []);
  const unitOf = new Map<string, string>();
  for (const u of comparison.units) for (const ids of Object.values(u.sentences)) for (const id of ids) unitOf.set(id, u.id);

  const missing = new Set(unit.missingFrom);
  const closest: ClosestSentence[] = [];
  comparison.articles.forEach((article, articleIndex) => {
    if (!missing.has(article.id)) return;
    const ranked: Array<{ v: SentenceVector; to: SentenceVector; score: number }> = [];
    for (const v of vectors) {
      if (v.articleIndex !== articleIndex) continue;
      let best: { to: SentenceVector; score: number } | null = null;
      for (const m of members) {
        const score = similarity(m, v);
        if (score > (best?.score ?? 0)) best = { to: m, score };
      }
      if (best) ranked.push({ v, ...best });
    }
    ranked.sort((x, y) => y.score - x.score || x.v.sentence.index - y.v.sentence.index);
    for (const { v, to, score } of ranked.slice(0, perArticle)) {
      closest.push({
        articleId: article.id,
        sentenceId: v.sentence.id,
        to: to.sentence.id,
        score: Math.round(score * 1000) / 1000,
        anchors: sharedAnchors(v, to),
        unitId: unitOf.get(v.sentence.id) ?? '',
      });
    }
  });
  return closest;
}
