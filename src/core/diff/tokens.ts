// Word tokens for diffs and cues. jsdiff's own word tokenizer splits numbers at their separators
// (35,000,000 → 35 , 000 , 000) and treats „ and “ inconsistently, so storydiff tokenizes itself.

export interface Token {
  /** The token without the whitespace that follows it. */
  core: string;
  /** The token as it stands, with its trailing whitespace, so tokens rejoin to the text. */
  raw: string;
  start: number;
  kind: 'number' | 'word' | 'punct';
}

// A number with its separators, optional scale word and unit, so "3,5 Mio.", "12.30 Uhr" and
// "35,000,000" each stay one token and a changed figure reads as one replaced figure.
const number =
  String.raw`[$€£]?\d+(?:[.,:]\d+)*(?:\s?(?:Mio\.|Mrd\.|Mill\.|Millionen|Milliarden|million|billion|bn|Uhr|%|Prozent|percent|Euro|€|Dollar))?`;
// Letters with marks (umlauts in decomposed form too), joined by hyphens or apostrophes so that
// "US-Präsident", "Trump's" and "Ost-" (as in "Ost- und Westeuropa") stay whole.
const word = String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:-(?=\s|$))?`;
const punct = String.raw`\.{3}|…|[^\s\p{L}\p{M}\p{N}]`;
const tokenPattern = new RegExp(String.raw`(${number})|(${word})|(${punct})`, 'gu');
const space = /\s*/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const start = m.index;
    const core = m[0];
    space.lastIndex = start + core.length;
    const ws = space.exec(text)?.[0] ?? '';
    tokens.push({ core, raw: core + ws, start, kind: m[1] ? 'number' : m[2] ? 'word' : 'punct' });
  }
  return tokens;
}

const cache = new WeakMap<object, Token[]>();

/**
 * The tokens of a text owned by a long-lived object (a sentence), tokenized once: cue detectors
 * and word diffs of one comparison read the same sentence many times.
 */
export function tokensOf(owner: object, text: string): Token[] {
  let tokens = cache.get(owner);
  if (!tokens) cache.set(owner, (tokens = tokenize(text)));
  return tokens;
}
