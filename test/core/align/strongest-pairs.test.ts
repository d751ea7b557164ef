import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../../src/core/align/align.js';
import { candidatePairs, strongestPairs, type Candidate } from '../../../src/core/align/candidates.js';
import { alignTuning, vectorize } from '../../../src/core/align/similarity.js';
import { ingest } from '../../../src/core/ingest/ingest.js';
import { segment } from '../../../src/core/segment/segment.js';
import { defaultThresholds } from '../../../src/core/thresholds.js';
import { loadEventSets } from '../../support/gold.js';

const defaultPartners = alignTuning.partnersPerSentence;

describe('strongestPairs', () => {
  it('keeps a pair that is among the k strongest of either sentence, ties at the k-th included', () => {
    // Sentence 0 has five partners; with k = 2 it keeps 0.9 and both 0.8s (a tie at the 2nd).
    // 0-4 (0.3) survives too: it is among sentence 4's own two strongest.
    const pairs: Candidate[] = [
      { i: 0, j: 1, score: 0.9 },
      { i: 0, j: 2, score: 0.8 },
      { i: 0, j: 3, score: 0.8 },
      { i: 0, j: 4, score: 0.3 },
      { i: 0, j: 5, score: 0.2 },
      { i: 1, j: 5, score: 0.5 },
      { i: 2, j: 5, score: 0.6 },
    ];
    expect(strongestPairs(pairs, 6, 2).map((p) => `${p.i}-${p.j}`)).toEqual(['0-1', '0-2', '0-3', '0-4', '1-5', '2-5']);
    expect(strongestPairs(pairs, 6, 5)).toBe(pairs);
  });

  it("keeps what a sort of each sentence's scores keeps, on random pairs with ties", () => {
    // The reference: each sentence's k-th best score by sorting all of its scores.
    const reference = (pairs: Candidate[], n: number, k: number): Candidate[] => {
      const scores = Array.from({ length: n }, () => [] as number[]);
      for (const p of pairs) {
        scores[p.i]!.push(p.score);
        scores[p.j]!.push(p.score);
      }
      const weakest = scores.map((list) => (list.length > k ? [...list].sort((x, y) => y - x)[k - 1]! : -Infinity));
      return pairs.filter((p) => p.score >= weakest[p.i]! || p.score >= weakest[p.j]!);
    };
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`strongestPairs: fast-check seed ${seed}`);
    const pair = fc.record({ i: fc.nat(7), j: fc.nat(7), score: fc.constantFrom(0.1, 0.2, 0.25, 0.5, 0.5, 0.75, 0.9) });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (pairs, k) => {
        const valid = pairs.filter((p) => p.i !== p.j);
        expect(strongestPairs(valid, 8, k)).toEqual(reference(valid, 8, k));
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('aligns twelve outlets as keeping every pair does, though each sentence keeps only a few partners', () => {
    // Four copies of each of three outlets' articles: every sentence has eleven partners or more.
    const set = loadEventSets().find((s) => s.name === 'kessling-port-strike-en')!;
    const articles = Array.from({ length: 12 }, (_, k) => segment(ingest({ ...set.articles[k % 3]!, id: `o${k}` }, k)));
    const unitsWith = (partners: number) => {
      const before = alignTuning.partnersPerSentence;
      alignTuning.partnersPerSentence = partners;
      try {
        return align(articles, defaultThresholds).units.map((u) => u.sentences);
      } finally {
        alignTuning.partnersPerSentence = before;
      }
    };
    // The pruning does cut here: fewer candidate pairs than with every pair kept.
    const vectors = vectorize(articles);
    alignTuning.partnersPerSentence = 0;
    const all = candidatePairs(vectors, defaultThresholds.alignMinScore).length;
    alignTuning.partnersPerSentence = defaultPartners;
    expect(candidatePairs(vectors, defaultThresholds.alignMinScore).length).toBeLessThan(all * 0.8);
    const pruned = unitsWith(defaultPartners);
    expect(pruned).toEqual(unitsWith(0));
    // Most units hold a fact of all twelve.
    expect(pruned.filter((u) => Object.keys(u).length === 12).length).toBeGreaterThanOrEqual(5);
  });
});
