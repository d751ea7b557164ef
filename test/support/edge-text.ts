// Checks a character scanner (src/core/chars.ts and its users) against the regular expression it
// replaced: the same result for random text (fast-check, seed printed, rerun with FC_SEED) made of
// arbitrary code points or of pieces that meet a scanner's edges, and for every fixture article.
import fc from 'fast-check';
import { expect } from 'vitest';
import { loadEventSets } from './gold.js';

/**
 * Units, separators, joints, quotes, spaces of every kind, marks, digits of other scripts, astral
 * letters and lone surrogates; random runs of them are joined into texts.
 */
export const edgePieces = [
  'Mio.', 'Mrd.', 'Mill.', 'Millionen', 'million', 'bn', 'Uhr', '%', 'Euro', '€', '$', '£', '3', '12', '0,5', '1.200', '12:30',
  '.', ',', ':', '...', '…', '-', "'", '’', '„', '“', ' ', '\u00a0', '\u2009', '\n', '\t', 'a', 'Ä', 'ß', 'e\u0301', '٣', '½',
  'US', 'Ost-', 'Trump’s', '𝒜', '😀', '\ud800', 'x', '--', '-3',
];

/** `scan(text)` equals `reference(text)` on random texts and on every fixture article (as `prepare` makes it). */
export function expectSameAsReference<T>(
  name: string,
  scan: (text: string) => T,
  reference: (text: string) => T,
  options: { pieces?: string[]; prepare?: (text: string) => string } = {},
): void {
  const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
  console.log(`${name}: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);
  const pieces = [...edgePieces, ...(options.pieces ?? [])];
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')),
  );
  fc.assert(
    fc.property(text, (t) => {
      expect(scan(t)).toEqual(reference(t));
    }),
    { seed, numRuns: 3000 },
  );
  const prepare = options.prepare ?? ((t: string) => t);
  for (const set of loadEventSets()) {
    for (const article of set.articles) {
      const t = prepare(article.text);
      expect(scan(t)).toEqual(reference(t));
    }
  }
}
