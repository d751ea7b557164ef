// How well compare() aligns the bench's synthetic articles, whose generator knows which fact each
// sentence tells: pair precision and recall over many more sentences and articles than the gold
// fixture sets have. Synthetic text is no substitute for the gold (its vocabulary is invented and
// its own material shares common words freely, so precision reads low); it shows what a speed
// change does to alignment at 10, 20 and 50 articles.
import { compare } from '../src/core/compare.js';
import { articleIdOf, type Comparison } from '../src/core/model.js';
import { makeArticles } from './synthetic.js';

export interface SyntheticScore {
  articles: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Cross-article sentence pairs that share a group, as "a|b" with a < b. */
function pairsOf(groups: Iterable<string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const ids of groups) {
    for (const a of ids) for (const b of ids) if (a < b && articleIdOf(a) !== articleIdOf(b)) pairs.add(`${a}|${b}`);
  }
  return pairs;
}

export function scoreSynthetic(count: number, comparison?: Comparison): SyntheticScore {
  const truth = new Map<string, number>();
  const inputs = makeArticles(count, 2000, 7, truth);
  const c = comparison ?? compare(inputs);
  const byFact = new Map<number, string[]>();
  for (const article of c.articles) {
    for (const section of article.sections) {
      for (const sentence of section.sentences) {
        const fact = truth.get(sentence.text);
        // Own material (negative facts) and sentences the segmenter cut otherwise pair with nothing.
        if (fact === undefined || fact < 0) continue;
        const ids = byFact.get(fact);
        if (ids) ids.push(sentence.id);
        else byFact.set(fact, [sentence.id]);
      }
    }
  }
  const gold = pairsOf(byFact.values());
  const predicted = pairsOf(c.units.map((u) => Object.values(u.sentences).flat()));
  let right = 0;
  for (const pair of predicted) if (gold.has(pair)) right += 1;
  const precision = predicted.size === 0 ? 0 : right / predicted.size;
  const recall = gold.size === 0 ? 0 : right / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { articles: count, precision, recall, f1 };
}
