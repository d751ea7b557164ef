import { describe, expect, it } from 'vitest';
import { diffWords, isCosmeticChange } from '../../../src/core/diff/word-diff.js';
import { tokenize } from '../../../src/core/diff/tokens.js';
import type { DiffPart } from '../../../src/core/model.js';

// Compact text form of a diff, so assertions read like the change a person sees.
function show(parts: DiffPart[]): string {
  return parts
    .map((p) => {
      if (p.op === 'modify') return `~${p.from}>${p.to}~`;
      const t = p.text;
      return p.op === 'equal' ? t : p.op === 'delete' ? `[-${t.trim()}-]` : `{+${t.trim()}+}`;
    })
    .join('');
}

function rejoinNew(parts: DiffPart[]): string {
  return parts.map((p) => (p.op === 'modify' ? p.to : p.op === 'delete' ? '' : p.text)).join('');
}

describe('tokenize', () => {
  it('keeps numbers whole with their separators, scale words and units', () => {
    const cores = (s: string) => tokenize(s).map((t) => t.core);
    expect(cores('Es kostet 35,000,000 Dollar.')).toEqual(['Es', 'kostet', '35,000,000 Dollar', '.']);
    expect(cores('rund 3,5 Mio. Menschen')).toEqual(['rund', '3,5 Mio.', 'Menschen']);
    expect(cores('um 12.30 Uhr begann')).toEqual(['um', '12.30 Uhr', 'begann']);
  });

  it('keeps umlauts, hyphenated compounds and typographic quotes apart from words', () => {
    const cores = tokenize('„Der US-Präsident räumte ein“, sagte Müller.').map((t) => t.core);
    expect(cores).toEqual(['„', 'Der', 'US-Präsident', 'räumte', 'ein', '“', ',', 'sagte', 'Müller', '.']);
  });
});

describe('diffWords', () => {
  it('shows an inflection change as one modified word with its changed letters', () => {
    const { parts, truncated } = diffWords(
      'Trump sprach von einem konstruktiv geführten Gespräch.',
      'Trump sprach von einem konstruktiven Gespräch.',
    );
    expect(truncated).toBe(false);
    const modify = parts.find((p) => p.op === 'modify');
    expect(modify).toEqual({
      op: 'modify',
      from: 'konstruktiv',
      to: 'konstruktiven',
      parts: [
        { op: 'equal', text: 'konstruktiv' },
        { op: 'insert', text: 'en' },
      ],
    });
  });

  it('marks plural and case endings inside a longer replacement', () => {
    const { parts } = diffWords('Er lobte die Gespräche in Genf.', 'Er lobte den Gesprächen in Genf Erfolg.');
    expect(show(parts)).toBe('Er lobte [-die-]{+den+}~Gespräche>Gesprächen~ in Genf {+Erfolg+}.');
  });

  it('never turns an unrelated replacement into letter soup', () => {
    const { parts } = diffWords('The car was red.', 'The car was green.');
    expect(show(parts)).toBe('The car was [-red-]{+green+}.');
  });

  it('treats a changed figure as one replaced token', () => {
    const { parts } = diffWords('Der Schaden liegt bei 3,5 Mio. Euro.', 'Der Schaden liegt bei 4,2 Mio. Euro.');
    expect(show(parts)).toBe('Der Schaden liegt bei [-3,5 Mio.-]{+4,2 Mio.+}Euro.');
  });

  it('keeps the space before a deleted last word, so the old sentence reads right', () => {
    const { parts } = diffWords('The strike began on Monday morning.', 'The strike began on Monday.');
    const old = parts.map((p) => (p.op === 'modify' ? p.from : p.op === 'insert' ? '' : p.text)).join('');
    expect(old).toBe('The strike began on Monday morning.');
    expect(parts.map((p) => (p.op === 'modify' ? p.to : p.op === 'delete' ? '' : p.text)).join('')).toBe('The strike began on Monday.');
  });
  it('rejoins to the new sentence', () => {
    const b = 'Laut Insidern soll das Treffen in Budapest platzen.';
    const { parts } = diffWords('Das Treffen in Budapest ist geplatzt, sagte der Kreml.', b);
    expect(rejoinNew(parts)).toBe(b);
  });

  it('falls back to both texts whole when the edit budget is exceeded', () => {
    const a = Array.from({ length: 300 }, (_, i) => `alpha${i}`).join(' ');
    const b = Array.from({ length: 300 }, (_, i) => `omega${i}`).join(' ');
    const { parts, truncated } = diffWords(a, b, { maxEditLength: 20 });
    expect(truncated).toBe(true);
    expect(parts).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });
});

describe('isCosmeticChange', () => {
  it('ignores punctuation, case, typographic quotes and spacing', () => {
    expect(isCosmeticChange('„Wir sind bereit“, sagte er.', '"Wir sind  bereit", sagte er')).toBe(true);
    expect(isCosmeticChange('The talks were Constructive.', 'the talks were constructive')).toBe(true);
    expect(isCosmeticChange('35,000 people', '35.000 people')).toBe(true);
  });

  it('sees changed words and figures', () => {
    expect(isCosmeticChange('Das Gespräch war konstruktiv.', 'Das Gespräch war konstruktiven.')).toBe(false);
    expect(isCosmeticChange('3,5 Mio.', '35 Mio.')).toBe(false);
  });
});
