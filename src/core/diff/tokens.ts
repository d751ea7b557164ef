// Word tokens for diffs and cues. jsdiff's own word tokenizer splits numbers at their separators
// (35,000,000 → 35 , 000 , 000) and treats „ and “ inconsistently, so storydiff tokenizes itself.
//
// The tokens are those of one regular expression, written out below for readers (and kept in the
// tests as the reference the scanner must match):
//   number  [$€£]?\d+(?:[.,:]\d+)*(?:\s?(?:Mio\.|Mrd\.|…|Dollar))?
//   word    [\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:-(?=\s|$))?
//   punct   \.{3}|…|[^\s\p{L}\p{M}\p{N}]
// tried in that order at each position, whitespace skipped. Every sentence of a comparison is
// tokenized, and the expression with its Unicode classes cost a tenth of classify(); the scanner
// below tests characters by code (chars.ts).

import { isDigit, isSpace, isWordChar, unitsOf } from '../chars.js';

export interface Token {
  /** The token without the whitespace that follows it. */
  core: string;
  /** The token as it stands, with its trailing whitespace, so tokens rejoin to the text. */
  raw: string;
  start: number;
  kind: 'number' | 'word' | 'punct';
}

/**
 * Scale words and units that stay with their number, so "3,5 Mio.", "12.30 Uhr" and
 * "35,000,000" each stay one token and a changed figure reads as one replaced figure. In this
 * order: the first that follows the number is taken ("Mill." before "Millionen").
 */
export const numberUnits = ['Mio.', 'Mrd.', 'Mill.', 'Millionen', 'Milliarden', 'million', 'billion', 'bn', 'Uhr', '%', 'Prozent', 'percent', 'Euro', '€', 'Dollar'];

/** The length (1 or 2) of the word character at `at`, or 0 when none stands there. */
function wordCharAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const cp = text.codePointAt(at)!;
  return isWordChar(cp) ? unitsOf(cp) : 0;
}

/** The end of a number token starting at `at`, or -1. */
function numberEnd(text: string, at: number): number {
  let p = at;
  const first = text.charCodeAt(p);
  if (first === 36 /* $ */ || first === 0x20ac /* € */ || first === 0xa3 /* £ */) p++;
  if (!isDigit(text.charCodeAt(p))) return -1;
  while (isDigit(text.charCodeAt(p))) p++;
  for (;;) {
    const sep = text.charCodeAt(p);
    if ((sep === 46 || sep === 44 || sep === 58) /* . , : */ && isDigit(text.charCodeAt(p + 1))) {
      p += 2;
      while (isDigit(text.charCodeAt(p))) p++;
    } else break;
  }
  // \s? is greedy: a unit after one space first, then a unit right after the figure.
  if (p < text.length && isSpace(text.charCodeAt(p))) {
    const unit = unitAt(text, p + 1);
    if (unit > 0) return p + 1 + unit;
  }
  return p + unitAt(text, p);
}

function unitAt(text: string, at: number): number {
  for (const unit of numberUnits) if (text.startsWith(unit, at)) return unit.length;
  return 0;
}

/** The end of a word token starting at `at`, or -1. */
function wordEnd(text: string, at: number): number {
  let step = wordCharAt(text, at);
  if (step === 0) return -1;
  let p = at;
  while (step > 0) {
    p += step;
    step = wordCharAt(text, p);
  }
  for (;;) {
    const joint = text.charCodeAt(p);
    if (joint !== 45 /* - */ && joint !== 39 /* ' */ && joint !== 0x2019 /* ’ */) break;
    step = wordCharAt(text, p + 1);
    if (step === 0) break;
    p += 1;
    while (step > 0) {
      p += step;
      step = wordCharAt(text, p);
    }
  }
  // "Ost-" as in "Ost- und Westeuropa": a hyphen before a space or the end stays with its word.
  if (text.charCodeAt(p) === 45 && (p + 1 >= text.length || isSpace(text.charCodeAt(p + 1)))) p++;
  return p;
}

/**
 * Calls `visit` with each token's start, end (after its core) and kind, in order, making no
 * strings: cue detectors read only the word and number tokens of every sentence.
 */
export function scanTokens(text: string, visit: (start: number, end: number, kind: Token['kind']) => void): void {
  const length = text.length;
  let p = 0;
  while (p < length) {
    const code = text.charCodeAt(p);
    if (isSpace(code)) {
      p++;
      continue;
    }
    let kind: Token['kind'] = 'number';
    let end = numberEnd(text, p);
    if (end < 0) {
      kind = 'word';
      end = wordEnd(text, p);
    }
    if (end < 0) {
      kind = 'punct';
      if (code === 46 && text.charCodeAt(p + 1) === 46 && text.charCodeAt(p + 2) === 46) end = p + 3;
      else end = p + unitsOf(text.codePointAt(p)!);
    }
    visit(p, end, kind);
    p = end;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, kind) => {
    let next = end;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    const core = text.slice(start, end);
    tokens.push({ core, raw: next === end ? core : text.slice(start, next), start, kind });
  });
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
