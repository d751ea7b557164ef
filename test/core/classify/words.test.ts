// The words of a sentence as the cue detectors read them (lexicon/match.ts wordsOf).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../src/core/classify/lexicon/match.js';
import { tokenize } from '../../../src/core/diff/tokens.js';

/** The reference: each word or number token, sliced and lowercased on its own. */
function referenceLower(text: string): string[] {
  return tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.core.toLowerCase());
}

describe('wordsOf', () => {
  it('lowercases each word as the word alone lowercases, also where the whole text would differ', () => {
    // İ lowercases to two units (i + U+0307); Σ to σ or final ς by the letters around it.
    for (const text of ['İstanbul und IZMIR', 'ΟΔΟΣ.ΑΘΗΝΑ ΣΟΦΙΑ', 'Die „Ölkrise“ – ÄRGER für Maß', 'x 𐐀𐐁 y']) {
      expect(wordsOf({}, text).lower).toEqual(referenceLower(text));
    }
  });

  it('lowercases as word by word does, on random texts of cased and odd characters', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`wordsOf: fast-check seed ${seed}`);
    const pieces = ['A', 'b', 'Ä', 'ß', 'İ', 'I', 'Σ', 'σ', 'ς', 'Ω', '𐐀', ' ', '.', "'", '’', '-', '„', '“', '3', ',', 'ǅ', 'ﬁ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(wordsOf({}, text).lower).toEqual(referenceLower(text));
      }),
      { seed, numRuns: 3000 },
    );
  });
});
