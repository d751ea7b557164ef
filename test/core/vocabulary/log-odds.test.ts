import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/core/compare.js';
import type { Article } from '../../../src/core/model.js';
import { countedWords, distinctiveTerms, maxTerms, minCount, minZScore, priorShare, weightedLogOdds } from '../../../src/core/vocabulary/log-odds.js';
import { stopwords } from '../../../src/core/vocabulary/stopwords.js';
import { makeArticles } from '../../../bench/synthetic.js';
import { loadEventSets } from '../../support/gold.js';
import { expectSameAsReference } from '../../support/edge-text.js';

describe('weightedLogOdds', () => {
  it('matches a hand-computed example (Monroe et al. 2008, eqs. 16 and 20)', () => {
    // target y_i: a 6, b 2 (n_i = 8); rest y_j: a 2, b 6, c 4 (n_j = 12); prior α: a 0.8, b 0.8, c 0.4 (α_0 = 2).
    // a: δ = ln(6.8 / (8 + 2 − 6 − 0.8)) − ln(2.8 / (12 + 2 − 2 − 0.8)) = ln(2.125) − ln(0.25) = ln 8.5 = 2.140066
    //    σ² = 1/6.8 + 1/2.8 = 0.147059 + 0.357143 = 0.504202, σ = 0.710072, z = 2.140066 / 0.710072 = 3.013874
    // b: δ = ln(2.8 / 7.2) − ln(6.8 / 7.2) = ln(0.388889) − ln(0.944444) = −0.887303, same σ, z = −1.249597
    // c: δ = ln(0.4 / 9.6) − ln(4.4 / 9.6) = ln(1/11) = −2.397895
    //    σ² = 1/0.4 + 1/4.4 = 2.727273, σ = 1.651446, z = −1.451998
    const result = weightedLogOdds(
      new Map([['a', 6], ['b', 2]]),
      new Map([['a', 2], ['b', 6], ['c', 4]]),
      new Map([['a', 0.8], ['b', 0.8], ['c', 0.4]]),
    );
    expect(result.map((r) => r.term)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = result;
    expect(a!.count).toBe(6);
    expect(a!.logOdds).toBeCloseTo(2.140066, 5);
    expect(a!.zScore).toBeCloseTo(3.013874, 5);
    expect(b!.logOdds).toBeCloseTo(-0.887303, 5);
    expect(b!.zScore).toBeCloseTo(-1.249597, 5);
    expect(c!.count).toBe(0);
    expect(c!.logOdds).toBeCloseTo(-2.397895, 5);
    expect(c!.zScore).toBeCloseTo(-1.451998, 5);
  });

  it('is antisymmetric when target and rest swap', () => {
    const x = new Map([['eklat', 3], ['gipfel', 1]]);
    const y = new Map([['eklat', 1], ['gipfel', 3]]);
    const prior = new Map([['eklat', 1], ['gipfel', 1]]);
    // δ_eklat = ln(4/2) − ln(2/4) = 2 ln 2 = 1.386294; σ² = 1/4 + 1/2 = 0.75; σ = 0.866025; z = 1.386294 / 0.866025 = 1.600755
    const forward = weightedLogOdds(x, y, prior).find((r) => r.term === 'eklat')!;
    const backward = weightedLogOdds(y, x, prior).find((r) => r.term === 'eklat')!;
    expect(forward.logOdds).toBeCloseTo(1.386294, 5);
    expect(forward.zScore).toBeCloseTo(1.600755, 5);
    expect(backward.zScore).toBeCloseTo(-1.600755, 5);
  });
});

describe('distinctiveTerms', () => {
  it("finds the word one outlet keeps repeating, and only in that outlet's list", () => {
    const shared = (i: number) => `Die Delegationen berieten am Tag ${i} in Budapest über den Gipfel.`;
    const a = Array.from({ length: 30 }, (_, i) => `${shared(i)} Der Eklat überschattete die Beratungen.`).join('\n\n');
    const b = Array.from({ length: 30 }, (_, i) => `${shared(i)} Die Gespräche verliefen ruhig.`).join('\n\n');
    const comparison = compare([
      { text: a, outlet: 'A', id: 'a' },
      { text: b, outlet: 'B', id: 'b' },
    ]);
    const [termsA, termsB] = distinctiveTerms(comparison.articles);
    // "Eklat", "überschattete" and "Beratungen" only ever stand in A, 30 times each: a tie at the top.
    expect(termsA!.slice(0, 3).map((t) => t.term).sort()).toEqual(['beratungen', 'eklat', 'überschattete']);
    expect(termsA![0]!.count).toBe(30);
    expect(termsA!.every((t) => t.zScore > 1.96)).toBe(true);
    expect(termsA!.map((t) => t.term)).not.toContain('budapest');
    expect(termsB!.map((t) => t.term)).toContain('ruhig');
    expect(termsB!.map((t) => t.term)).not.toContain('eklat');
  });
});

/** The definition distinctiveTerms keeps to: Maps of each article's content words, weightedLogOdds against the rest. */
function referenceTerms(articles: Article[]) {
  const countsOf = (article: Article) => {
    const counts = new Map<string, number>();
    for (const section of article.sections) {
      for (const sentence of section.sentences) {
        for (const word of countedWords(sentence.text.toLowerCase())) {
          if (word.length >= 3 && !stopwords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
    }
    return counts;
  };
  const perArticle = articles.map(countsOf);
  const pooled = new Map<string, number>();
  for (const counts of perArticle) for (const [w, n] of counts) pooled.set(w, (pooled.get(w) ?? 0) + n);
  const prior = new Map([...pooled].map(([w, n]) => [w, n * priorShare]));
  return perArticle.map((target) => {
    const rest = new Map([...pooled].map(([w, n]) => [w, n - (target.get(w) ?? 0)]));
    return weightedLogOdds(target, rest, prior).filter((t) => t.count >= minCount && t.zScore > minZScore).slice(0, maxTerms);
  });
}

describe('distinctiveTerms against its definition', () => {
  it('gives the terms of weightedLogOdds over word-count maps, on every fixture set and 20 synthetic articles', () => {
    // 20 synthetic articles meet thousands of distinct words: the word table grows past its first size (2,048).
    const sets = [...loadEventSets().map((set) => compare(set.articles, { language: set.meta.language }).articles), compare(makeArticles(20, 2000)).articles];
    for (const articles of sets) expect(distinctiveTerms(articles)).toEqual(referenceTerms(articles));
  });
});

describe('distinctiveTerms on real-length news', () => {
  const load = (set: string) => {
    const meta = JSON.parse(readFileSync(`fixtures/events/${set}/meta.json`, 'utf8')) as { articles: Array<{ file: string; outlet: string; id: string }> };
    const articles = meta.articles.map((a) => ({ outlet: a.outlet, id: a.id, text: readFileSync(`fixtures/events/${set}/${a.file}`, 'utf8') }));
    const lists = distinctiveTerms(compare(articles).articles);
    for (const terms of lists) expect(terms.every((t) => t.count >= 2 && t.zScore > 1)).toBe(true);
    return lists.map((terms) => terms.map((t) => t.term));
  };

  it('names the repeated word choices of each outlet, never a word used once', () => {
    const [moscowNear, washingtonSceptical] = load('budapest-summit-de');
    expect(moscowNear).toContain('peskow'); // quotes the Kremlin spokesman by name
    expect(washingtonSceptical).toContain('kreml'); // says "Kreml" where the others say Moskau/Russland
    const [, business] = load('kessling-port-strike-en');
    expect(business).toContain('walkout'); // where the others say strike
    for (const terms of [...load('budapest-summit-de'), ...load('kessling-port-strike-en')]) {
      expect(terms.length).toBeLessThanOrEqual(10);
    }
  });
});

describe('countedWords', () => {
  it('finds the words of /\\p{L}[\\p{L}\\p{M}\'’-]*\\p{L}/gu in any text and in every fixture article', () => {
    const reference = (text: string) => text.match(/\p{L}[\p{L}\p{M}'’-]*\p{L}/gu) ?? [];
    expectSameAsReference('countedWords', countedWords, reference, { pieces: ["'a", 'b’'], prepare: (t) => t.toLowerCase() });
  });
});
