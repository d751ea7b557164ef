import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, foldCosmetic, isCosmeticChange } from '../../../src/core/diff/word-diff.js';
import type { DiffPart } from '../../../src/core/model.js';
import { expectSameAsReference } from '../../support/edge-text.js';

const rejoinNew = (parts: DiffPart[]) => parts.map((p) => (p.op === 'modify' ? p.to : p.op === 'delete' ? '' : p.text)).join('');
const rejoinOld = (parts: DiffPart[]) => parts.map((p) => (p.op === 'modify' ? p.from : p.op === 'insert' ? '' : p.text)).join('');
const noSpace = (s: string) => s.replace(/\s+/g, '');

// Words that exercise the tokenizer: umlauts, compounds, figures, quotes, inflected pairs.
const vocabulary = ['Kreml', 'Kremls', 'konstruktiv', 'konstruktiven', '„', '“', '"', 'US-Präsident', '3,5 Mio.', '35,000,000', '12.30 Uhr', 'sei', 'soll', 'Gespräch', 'Gespräche', '.', ',', 'red', 'green', 'Straße', '…'];
const sentence = fc.array(fc.constantFrom(...vocabulary), { maxLength: 25 }).map((w) => w.join(' '));

describe('diffWords properties', () => {
  it('rejoins to the new text exactly and to the old text up to whitespace (arbitrary Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), (a, b) => {
        const { parts, truncated } = diffWords(a, b, { maxEditLength: 400 });
        expect(truncated).toBe(false);
        expect(rejoinNew(parts)).toBe(b);
        expect(noSpace(rejoinOld(parts))).toBe(noSpace(a));
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('rejoins on news-like sentences, and modified words never lose their letters', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const { parts } = diffWords(a, b);
        expect(rejoinNew(parts)).toBe(b);
        expect(noSpace(rejoinOld(parts))).toBe(noSpace(a));
        for (const p of parts) {
          if (p.op !== 'modify') continue;
          expect(p.parts.filter((c) => c.op !== 'insert').map((c) => c.text).join('')).toBe(p.from);
          expect(p.parts.filter((c) => c.op !== 'delete').map((c) => c.text).join('')).toBe(p.to);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

/** foldCosmetic as it was written before the scanner: the reference. */
function foldByExpressions(text: string): string {
  let folded = text.normalize('NFC').toLowerCase();
  folded = folded.replace(/(\d)[.,](?=\d)/g, '$1.').replace(/(\d)\.(?=\d)/g, '$1\u0001');
  return folded.replace(/[\p{P}\p{S}]/gu, ' ').replace(/\u0001/g, '.').replace(/\s+/g, ' ').trim();
}

describe('foldCosmetic', () => {
  it('folds any text and every fixture article as the reference expressions do', () => {
    expectSameAsReference('fold', foldCosmetic, foldByExpressions, { pieces: ['\u0001', 'İ', 'ǅ', 'Σ'] });
  });
});

describe('isCosmeticChange', () => {
  // Texts and their cosmetic variants (case, quotes, spacing, separators), so equal folds are common.
  const cosmetic = (t: string) => t.toUpperCase().replace(/ /g, '  ').replace(/[„“"]/g, '«').replace(/,/g, '.');
  const piece = fc.constantFrom(...vocabulary, 'İ', 'ǅ', 'Σ', '\u0001', '𝒜', 'e\u0301', '\u00e9', '-', ' ', '3');
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(piece, { maxLength: 20 }).map((p) => p.join('')));

  it('says whether two texts fold the same, for any pair and for cosmetic variants', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, other, variant) => {
        const b = variant ? cosmetic(a) : other;
        expect(isCosmeticChange(a, b)).toBe(foldCosmetic(a) === foldCosmetic(b));
        expect(isCosmeticChange(b, a)).toBe(foldCosmetic(a) === foldCosmetic(b));
      }),
      { seed: 11, numRuns: 5000 },
    );
  });
});
