// Centroids of units for average linkage (align.ts): sums of sentence vectors scaled to length 1,
// as term numbers ascending beside their weights. Two of them are multiplied in one walk along
// both, with no lookups: a Map per unit cost more than all else in joining. A sum is written in
// place into the arrays with more room, grown by doubling: a unit of twenty outlets takes in one
// sentence at a time, and new arrays for every sum grew with the unit.
import type { SentenceVector } from './similarity.js';

export interface Centroid {
  /** Term numbers ascending in [0, length); the arrays may be longer, as room to grow. */
  ids: Int32Array;
  weights: Float64Array;
  length: number;
}

/** The sentence's vector scaled to length 1, terms ascending (an insertion sort: a sentence has a few dozen). */
export function unitCentroid(v: SentenceVector): Centroid {
  const count = v.norm === 0 ? 0 : v.ids.length;
  const ids = new Int32Array(count);
  const weights = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const id = v.ids[k]!;
    const weight = v.values[k]! / v.norm;
    let at = k;
    for (; at > 0 && ids[at - 1]! > id; at--) {
      ids[at] = ids[at - 1]!;
      weights[at] = weights[at - 1]!;
    }
    ids[at] = id;
    weights[at] = weight;
  }
  return { ids, weights, length: count };
}

/** The first place in ids[from, end) whose term is at least `id` (`end` when none is). */
function lowerBound(ids: Int32Array, from: number, end: number, id: number): number {
  let lo = from;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The dot product of two centroids. */
export function dotCentroids(x: Centroid, y: Centroid): number {
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  let dot = 0;
  if (8 * small.length < large.length) {
    // A sentence against a large unit: each of its terms found by binary search, each search
    // starting where the one before ended.
    let from = 0;
    for (let i = 0; i < small.length; i++) {
      const id = small.ids[i]!;
      from = lowerBound(large.ids, from, large.length, id);
      if (from < large.length && large.ids[from] === id) dot += small.weights[i]! * large.weights[from]!;
    }
  } else {
    for (let i = 0, j = 0; i < small.length && j < large.length; ) {
      const d = small.ids[i]! - large.ids[j]!;
      if (d === 0) dot += small.weights[i++]! * large.weights[j++]!;
      else if (d < 0) i++;
      else j++;
    }
  }
  return dot;
}

/**
 * The sum of two centroids, written into the arrays of whichever has more room (grown when the
 * sum needs more): neither argument may be read afterwards, only the sum returned.
 */
export function sumCentroids(x: Centroid, y: Centroid): Centroid {
  const [into, from] = x.ids.length >= y.ids.length ? [x, y] : [y, x];
  // The sum's length: the terms of `into` and those of `from` it lacks.
  let length = into.length;
  for (let j = 0; j < from.length; j++) {
    const at = lowerBound(into.ids, 0, into.length, from.ids[j]!);
    if (at === into.length || into.ids[at] !== from.ids[j]) length++;
  }
  let { ids, weights } = into;
  if (ids.length < length) {
    const room = Math.max(length, 2 * ids.length);
    ids = new Int32Array(room);
    weights = new Float64Array(room);
    ids.set(into.ids.subarray(0, into.length));
    weights.set(into.weights.subarray(0, into.length));
  }
  // From the back, `from`'s terms one by one: the run of `into`'s larger terms moves up in one
  // copy (a memmove), then the term goes in below it (or is added to the same term). The sum of
  // two weights is the same either way round, so which arrays take the sum changes no bit.
  let i = into.length - 1;
  let k = length - 1;
  for (let j = from.length - 1; j >= 0; j--) {
    const id = from.ids[j]!;
    const at = lowerBound(ids, 0, i + 1, id);
    const same = at <= i && ids[at] === id;
    const run = i + 1 - (same ? at + 1 : at);
    if (run > 0 && k !== i) {
      ids.copyWithin(k - run + 1, i - run + 1, i + 1);
      weights.copyWithin(k - run + 1, i - run + 1, i + 1);
    }
    k -= run;
    ids[k] = id;
    weights[k] = same ? weights[at]! + from.weights[j]! : from.weights[j]!;
    k--;
    i = at - 1;
  }
  return { ids, weights, length };
}
