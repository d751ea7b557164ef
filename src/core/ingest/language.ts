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

export function detectLanguage(text: string): Language {
  let de = 0;
  let en = 0;
  for (const word of votingWords(text.toLowerCase())) {
    if (DE.has(word)) de++;
    else if (EN.has(word)) en++;
    if (hasUmlaut(word)) de += 0.5;
  }
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
    const word = text.slice(p, last);
    words.push(last > end && joint === 0x2019 ? `${word.slice(0, end - p)}'${word.slice(end - p + 1)}` : word);
    p = last;
  }
  return words;
}

const hasUmlaut = (word: string): boolean => {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return true;
  }
  return false;
};
