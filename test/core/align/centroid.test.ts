// The sorted-array centroids give the sums and dot products a Map by term number gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Centroid, dotCentroids, sumCentroids, unitCentroid } from '../../../src/core/align/centroid.js';
import type { SentenceVector } from '../../../src/core/align/similarity.js';

/** A sentence vector with these terms and weights (the rest of it is not read). */
function vectorOf(terms: Array<[number, number]>): SentenceVector {
  const norm = Math.sqrt(terms.reduce((sum, [, w]) => sum + w * w, 0));
  return { ids: Int32Array.from(terms, ([id]) => id), values: Float64Array.from(terms, ([, w]) => w), norm } as SentenceVector;
}

const asMap = (c: Centroid): Map<number, number> => new Map(Array.from(c.ids.subarray(0, c.length), (id, k) => [id, c.weights[k]!]));
const idsOf = (c: Centroid): number[] => [...c.ids.subarray(0, c.length)];

// Distinct term numbers (some large, so the binary-search path runs too) with positive weights.
const terms = fc.uniqueArray(fc.tuple(fc.nat(200), fc.double({ min: 0.01, max: 5, noNaN: true })), {
  selector: ([id]) => id,
  maxLength: 40,
});

describe('centroids', () => {
  it('scales a sentence vector to length 1 and sorts its terms', () => {
    const c = unitCentroid(vectorOf([[7, 3], [2, 4]]));
    expect(Array.from(c.ids)).toEqual([2, 7]);
    expect(Array.from(c.weights)).toEqual([0.8, 0.6]);
    expect(unitCentroid(vectorOf([])).length).toBe(0);
  });

  it('sums and multiplies as maps by term number do, in any sizes', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`centroids: fast-check seed ${seed}`);
    fc.assert(
      fc.property(terms, terms, terms, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((t) => unitCentroid(vectorOf(t)));
        // The sum is written into one of its arguments' arrays: the expectation is read first.
        const expected = new Map(asMap(x!));
        for (const [id, w] of asMap(y!)) expected.set(id, (expected.get(id) ?? 0) + w);
        const xy = sumCentroids(x!, y!);
        expect(asMap(xy)).toEqual(expected);
        expect(idsOf(xy)).toEqual(idsOf(xy).sort((p, q) => p - q));
        let dot = 0;
        for (const [id, w] of asMap(xy)) dot += w * (asMap(z!).get(id) ?? 0);
        expect(dotCentroids(xy, z!)).toBeCloseTo(dot, 12);
        expect(dotCentroids(z!, xy)).toBe(dotCentroids(xy, z!));
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('sums a unit one sentence at a time as one sum of all its sentences would, growing in place', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    fc.assert(
      fc.property(fc.array(terms, { minLength: 1, maxLength: 12 }), (sentences) => {
        const expected = new Map<number, number>();
        let unit: Centroid | null = null;
        for (const t of sentences) {
          const c = unitCentroid(vectorOf(t));
          for (const [id, w] of asMap(c)) expected.set(id, (expected.get(id) ?? 0) + w);
          unit = unit ? sumCentroids(unit, c) : c;
        }
        expect(idsOf(unit!)).toEqual([...expected.keys()].sort((p, q) => p - q));
        for (const [id, w] of asMap(unit!)) expect(w).toBeCloseTo(expected.get(id)!, 12);
        expect(unit!.ids.length).toBeGreaterThanOrEqual(unit!.length);
      }),
      { seed, numRuns: 1000 },
    );
  });
});
