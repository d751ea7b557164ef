// Language detection by stopword share: news text is full of function words, and German and English
// share few of them, so their ratio decides reliably from a paragraph on.
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { isLetter, unitsOf } from '../chars.js';
import type { Language } from '../model.js';

const lists = stopwordsIso as unknown as Record<string, string[]>;
// Words common to both lists (e.g. "die" as an English verb) would vote twice; keep them out.
const deList = new Set(lists['de'] ?? []);
const enList = new Set(lists['en'] ?? []);
const DE = new Set([...deList].filter((w) => !enList.has(w)));
const EN = new Set([...enList].filter((w) => !deList.has(w)));

/** Stopword hits from which a mixed vote is weighed; below it only a unanimous vote counts. */
const MIN_HITS = 3;
/**
 * A vote of this many hits, three to one or clearer, is settled: reading on could not bring the
 * share under the 1.5 the decision needs unless the text changed language for good, and a
 * 2,000-word article is then read in its first few hundred words (a book-length paste in its first
 * page) instead of to its end.
 */
const SETTLED_HITS = 300;
const settled = (de: number, en: number): boolean => de + en >= SETTLED_HITS && (de >= 3 * en || en >= 3 * de);

export function detectLanguage(text: string): Language {
  let de = 0;
  let en = 0;
  const lower = text.toLowerCase();
  // Words vote until the vote is settled: most are no stopword, and a word whose length and outer
  // letters no stopword has is counted without making it a string.
  eachVotingWord(lower, (start, end, curly) => {
    if (mayBeStopword(lower, start, end)) {
      const word = curly ? straightened(lower.slice(start, end)) : lower.slice(start, end);
      if (DE.has(word)) de++;
      else if (EN.has(word)) en++;
    }
    if (hasUmlaut(lower, start, end)) de += 0.5;
    return settled(de, en);
  });
  if (de + en < MIN_HITS) {
    // A one-sentence text has few function words; when they all point one way, trust them.
    if (de > 0 && en === 0) return 'de';
    if (en > 0 && de === 0) return 'en';
    return 'und';
  }
  if (de >= en * 1.5) return 'de';
  if (en >= de * 1.5) return 'en';
  return 'und';
}

/**
 * The words /\p{L}+(?:['’]\p{L}+)?/gu finds (letters, at most one apostrophe inside), with ’
 * written ' so "don’t" meets the list's "don't": one scan by character code (chars.ts), since
 * every article's whole text is read.
 */
export function votingWords(text: string): string[] {
  const words: string[] = [];
  eachVotingWord(text, (start, end, curly) => {
    words.push(curly ? straightened(text.slice(start, end)) : text.slice(start, end));
    return false;
  });
  return words;
}

/** "don’t" as the lists write it: "don't". */
const straightened = (word: string): string => word.replace('’', "'");

/** Each voting word's span; `curly` when its inner apostrophe is ’. Stops when `visit` returns true. */
function eachVotingWord(text: string, visit: (start: number, end: number, curly: boolean) => boolean): void {
  const lettersFrom = (at: number): number => {
    let q = at;
    while (q < text.length) {
      const cp = text.codePointAt(q)!;
      if (!isLetter(cp)) break;
      q += unitsOf(cp);
    }
    return q;
  };
  for (let p = 0; p < text.length; ) {
    const end = lettersFrom(p);
    if (end === p) {
      p += unitsOf(text.codePointAt(p)!);
      continue;
    }
    let last = end;
    const joint = text.charCodeAt(end);
    if (joint === 39 || joint === 0x2019) {
      const after = lettersFrom(end + 1);
      if (after > end + 1) last = after;
    }
    if (visit(p, last, last > end && joint === 0x2019)) return;
    p = last;
  }
}

/** The outer letters of a word as a small number (a–z, then ä ö ü ß; anything else shares one). */
function letterClass(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  return code === 0xe4 ? 26 : code === 0xf6 ? 27 : code === 0xfc ? 28 : code === 0xdf ? 29 : 30;
}
const classes = 31;
/** The longest stopword the vote counts; a longer word is none. */
const longestStopword = Math.max(...[...DE, ...EN].map((w) => w.length));
/** Per length, first letter and last letter: whether some stopword has them. */
const stopwordShapes = new Uint8Array((longestStopword + 1) * classes * classes);
const shapeOf = (length: number, first: number, last: number): number =>
  (length * classes + letterClass(first)) * classes + letterClass(last);
for (const word of [...DE, ...EN]) stopwordShapes[shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))] = 1;

function mayBeStopword(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length <= longestStopword && stopwordShapes[shapeOf(length, text.charCodeAt(start), text.charCodeAt(end - 1))] === 1;
}

function hasUmlaut(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return true;
  }
  return false;
}
