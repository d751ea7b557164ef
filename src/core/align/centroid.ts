// Centroids of units for average linkage (align.ts): sums of sentence vectors scaled to length 1,
// as term numbers ascending beside their weights. Two of them are multiplied or added in one walk
// along both, with no lookups: a Map per unit cost more than all else in joining.
import type { SentenceVector } from './similarity.js';

export interface Centroid {
  ids: Int32Array;
  weights: Float64Array;
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
  return { ids, weights };
}

/** The dot product of two centroids. */
export function dotCentroids(x: Centroid, y: Centroid): number {
  const [small, large] = x.ids.length <= y.ids.length ? [x, y] : [y, x];
  let dot = 0;
  if (8 * small.ids.length < large.ids.length) {
    // A sentence against a large unit: each of its terms found by binary search, each search
    // starting where the one before ended.
    let from = 0;
    for (let i = 0; i < small.ids.length; i++) {
      const id = small.ids[i]!;
      let lo = from;
      let hi = large.ids.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (large.ids[mid]! < id) lo = mid + 1;
        else hi = mid;
      }
      if (lo < large.ids.length && large.ids[lo] === id) dot += small.weights[i]! * large.weights[lo]!;
      from = lo;
    }
  } else {
    for (let i = 0, j = 0; i < small.ids.length && j < large.ids.length; ) {
      const d = small.ids[i]! - large.ids[j]!;
      if (d === 0) dot += small.weights[i++]! * large.weights[j++]!;
      else if (d < 0) i++;
      else j++;
    }
  }
  return dot;
}

/** The sum of two centroids. */
export function sumCentroids(x: Centroid, y: Centroid): Centroid {
  const ids = new Int32Array(x.ids.length + y.ids.length);
  const weights = new Float64Array(ids.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < x.ids.length || j < y.ids.length) {
    const d = i === x.ids.length ? 1 : j === y.ids.length ? -1 : x.ids[i]! - y.ids[j]!;
    if (d === 0) {
      ids[n] = x.ids[i]!;
      weights[n++] = x.weights[i++]! + y.weights[j++]!;
    } else if (d < 0) {
      ids[n] = x.ids[i]!;
      weights[n++] = x.weights[i++]!;
    } else {
      ids[n] = y.ids[j]!;
      weights[n++] = y.weights[j++]!;
    }
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n) };
}
