// Property tests of the whole core on arbitrary Unicode: whatever comes in, compare() either
// explains the input problem (InputError) or returns a comparison that keeps its invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { isInputError } from '../../src/core/errors.js';
import type { Comparison } from '../../src/core/model.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
console.log(`properties: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // lone surrogates and control characters included
  fc.constantFrom('👩🏽‍🔬 🇩🇪', 'שלום עולם.', 'مرحبا بالعالم؟', 'e\u0301\u0301\u0301', '\u0000\u0007\u001b[31m', '\u200b\u00ad\u00a0', '. . . ! ? „“ »«', 'Dr. J. D. Vance sagte am 24. Okt. um 12.30 Uhr:'),
  fc.constantFrom('Der Gipfel wurde abgesagt. ', 'The summit was called off. ', '\n\n', '\r\n', '# Heading\n'),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

function checkInvariants(c: Comparison): void {
  const sentenceIds = new Set<string>();
  for (const article of c.articles) {
    for (const section of article.sections) {
      for (const s of section.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(article.body.length);
        expect(sentenceIds.has(s.id)).toBe(false);
        sentenceIds.add(s.id);
      }
    }
  }
  const placed = c.units.flatMap((u) => Object.values(u.sentences).flat());
  expect(placed.length).toBe(sentenceIds.size);
  expect(new Set(placed)).toEqual(sentenceIds);
}

function compareOrExplain(texts: string[]): Comparison | null {
  try {
    return compare(texts.map((t) => ({ text: t })));
  } catch (error) {
    if (isInputError(error)) return null;
    throw error;
  }
}

describe('compare() on arbitrary input', () => {
  it('never throws anything but an InputError, and places every sentence in exactly one unit', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const result = compareOrExplain([a, b]);
        if (result) checkInvariants(result);
      }),
      { seed, numRuns: 60 },
    );
  });

  it('aligns an article with itself completely', () => {
    fc.assert(
      fc.property(text, (a) => {
        const result = compareOrExplain([a, a]);
        if (!result) return;
        checkInvariants(result);
        expect(result.units.filter((u) => u.status === 'exclusive')).toEqual([]);
      }),
      { seed, numRuns: 40 },
    );
  });

  it('handles a 100,000-character line without punctuation', () => {
    const words = Array.from({ length: 14_000 }, (_, i) => `wort${i % 997}`).join(' ');
    const result = compare([{ text: words.slice(0, 100_000) }, { text: `${words.slice(0, 50_000)} Ende.` }]);
    checkInvariants(result);
  });

  it('explains empty and whitespace-only articles', () => {
    for (const blank of ['', '   \n\t ', '\u00a0\u200b']) {
      expect(() => compare([{ text: 'Ein Satz.' }, { text: blank }])).toThrow(/no text/);
    }
  });
});
