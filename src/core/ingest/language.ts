// Language detection by stopword share: news text is full of function words, and German and English
// share few of them, so their ratio decides reliably from a paragraph on.
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
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
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const word = m[0].includes('’') ? m[0].replace('’', "'") : m[0];
    if (DE.has(word)) de++;
    else if (EN.has(word)) en++;
    if (/[äöüß]/.test(word)) de += 0.5;
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
