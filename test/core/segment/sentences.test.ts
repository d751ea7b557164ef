import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayText, sentenceTuning, splitSentences } from '../../../src/core/segment/sentences.js';
import { expectSameAsReference } from '../../support/edge-text.js';
import { ENGLISH_CASES, GERMAN_CASES } from './cases.js';

function split(text: string, language: string): string[] {
  return splitSentences(text, language).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences on hand-checked cases', () => {
  it('has at least 150 cases', () => {
    expect(GERMAN_CASES.length + ENGLISH_CASES.length).toBeGreaterThanOrEqual(150);
  });
  for (const [language, cases] of [['de', GERMAN_CASES], ['en', ENGLISH_CASES]] as const) {
    for (const expected of cases) {
      it(`${language}: ${expected.join(' | ')}`, () => {
        expect(split(expected.join(' '), language)).toEqual(expected);
      });
    }
  }
});

describe('splitSentences details', () => {
  it('treats a line break inside a paragraph as wrapping, not a sentence end', () => {
    const text = 'Die Minister trafen sich\nin Genf. Sie berieten\nlange.';
    expect(split(text, 'de')).toEqual(['Die Minister trafen sich\nin Genf.', 'Sie berieten\nlange.']);
  });
  it('keeps offsets into the original text', () => {
    const text = '  Erster Satz.   Zweiter Satz!  ';
    expect(splitSentences(text, 'de')).toEqual([
      { start: 2, end: 14 },
      { start: 17, end: 30 },
    ]);
  });
  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\t ', 'de')).toEqual([]);
  });
});

describe('displayText', () => {
  it('joins line-end hyphenation, drops soft hyphens and collapses spaces', () => {
    expect(displayText('Die Verhand-\nlungen  sind\u00ADge\u00ADschei\u00ADtert.')).toBe(
      'Die Verhandlungen sindgescheitert.',
    );
    expect(displayText('Nato-\nStaaten\u00A0berieten')).toBe('Nato-\nStaaten berieten'.replace('\n', ' '));
  });

  it('returns what the three replacements return, also when it skips them for text already clean', () => {
    const reference = (raw: string): string =>
      raw.replace(/\u00AD/g, '').replace(/(\p{L})-[ \t]*\r?\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/gu, ' ').trim();
    expectSameAsReference('displayText', displayText, reference, { pieces: ['\u00ad', '  ', ' \n', '\r\n', '\ufeff'] });
  });
});

describe('splitSentences without Intl.Segmenter where it cannot add a boundary', () => {
  it('finds the same sentences as with the segmenter run on every paragraph', () => {
    const withSegmenter = (text: string) => {
      sentenceTuning.alwaysSegmenter = true;
      try {
        return splitSentences(text, 'de');
      } finally {
        sentenceTuning.alwaysSegmenter = false;
      }
    };
    expectSameAsReference('splitSentences', (text) => splitSentences(text, 'de'), withSegmenter, {
      pieces: [
        'Er ging.', ' Dann', 'kam sie?', '!', '?!', '“', '”', '»', '«', ')', ']', '"', "'", ' ', '  ', '\u0085', '\u2028',
        'Dr.', 'z. B.', 'Nov.', '24.', 'Der', 'der', '…', '...', '„Gut.“', 'A.', 'Ende.Neu', 'U.S.', '3.5', '\r\n',
      ],
    });
  });
});

describe('splitSentences properties', () => {
  const piece = fc.constantFrom(
    'Am', '24.', 'Okt.', 'Dr.', 'Müller', 'sagte', 'z. B.', '„Gut.“', 'U.S.', '3.5', '?', '!', '…', 'Er', 'ging.',
    '\n', '  ', 'a.m.', 'The', 'end.', '"', '“', '12.30', 'Uhr', 'J.', 'D.', 'Vance',
  );
  const textArb = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
  );
  it('spans lie within the text, are ordered, do not overlap and cover all non-space text', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('de', 'en', 'und'), (text, language) => {
        const spans = splitSentences(text, language);
        let last = 0;
        const covered = new Array<boolean>(text.length).fill(false);
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          for (let i = s.start; i < s.end; i++) covered[i] = true;
          last = s.end;
        }
        for (let i = 0; i < text.length; i++) {
          if (!covered[i]) expect(text[i]).toMatch(/\s/u);
        }
      }),
      { numRuns: 300 },
    );
  });
});
