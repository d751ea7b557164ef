// The joining order of candidate pairs: strongest first, ties to the pair at more similar
// positions, then to the pair found first. Sorting tens of thousands of pairs with a comparator
// function was a tenth of align() for 20 articles; typed arrays sort natively, so the order is
// found there and the comparator only settles ties.

/**
 * Indexes 0..n-1 ordered by `strength` descending, then `gap` ascending, then index ascending:
 * the order of a stable comparator sort on (strength desc, gap asc), exactly.
 */
export function strongestFirst(strength: Float64Array, gap: Float64Array): Int32Array {
  const n = strength.length;
  // Each strength is replaced by its rank among the distinct strengths (an integer below n), so
  // rank and index fit together in one float64 exactly: rank * n + index, sorted natively.
  const distinct = Float64Array.from(strength).sort();
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const rank = n - 1 - lastIndexOf(distinct, strength[k]!);
    keys[k] = rank * n + k;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % n;
  // Runs of equal strength keep index order so far; the gap decides inside them (stable).
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && strength[order[end]!] === strength[order[start]!]) end++;
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end)).sort((x, y) => gap[x]! - gap[y]! || x - y);
      order.set(run, start);
    }
    start = end;
  }
  return order;
}

/** The last position of `value` in the ascending array `sorted`, which holds it. */
function lastIndexOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
