import { describe, expect, it } from 'vitest';
import { strongestFirst } from '../../../src/core/align/strongest-first.js';

/** The order align() used before: a stable comparator sort on (strength desc, gap asc). */
function reference(strength: Float64Array, gap: Float64Array): number[] {
  return Array.from(strength, (_, k) => k).sort((x, y) => strength[y]! - strength[x]! || gap[x]! - gap[y]!);
}

describe('strongestFirst', () => {
  it('orders by strength, then gap, then index, exactly as a stable comparator sort', () => {
    // Seeded data with many exact ties in strength and in gap, as identical sentences give.
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const n of [0, 1, 2, 7, 100, 5000]) {
      const strength = Float64Array.from({ length: n }, () => (next() < 0.3 ? 0.5 : Math.round(next() * 1000) / 1000));
      const gap = Float64Array.from({ length: n }, () => Math.round(next() * 10) / 10);
      expect(Array.from(strongestFirst(strength, gap))).toEqual(reference(strength, gap));
    }
  });

  it('keeps strengths that differ in the last bit apart', () => {
    const a = 0.1 + 0.2;
    const b = 0.3;
    expect(a).not.toBe(b);
    expect(Array.from(strongestFirst(Float64Array.of(b, a), Float64Array.of(0, 1)))).toEqual([1, 0]);
  });
});
