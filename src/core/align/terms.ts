// Terms of a sentence for alignment: stemmed content words, with names and numbers marked as
// anchors (they survive paraphrase best) and variant names folded to one canonical term.
import { normalizeForAnalysis } from '../ingest/normalize.js';
import type { Language } from '../model.js';
import { stopwords } from '../vocabulary/stopwords.js';
import { stem } from './stemmer.js';
import { canonicalVariant } from './variants.js';

export interface Term {
  key: string;
  /** The word as written (first occurrence), for explaining an alignment. */
  display: string;
  anchor: boolean;
}

const wordPattern = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:]\d+)*/gu;

export function sentenceTerms(text: string, language: Language): Term[] {
  const terms: Term[] = [];
  const normal = normalizeForAnalysis(text);
  let first = true;
  for (const match of normal.matchAll(wordPattern)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const isNumber = /^\d/.test(word);
    if (!isNumber && (lower.length < 2 || stopwords.has(lower))) {
      first = false;
      continue;
    }
    const variant = isNumber ? null : canonicalVariant(lower);
    // Capitalised mid-sentence words are names in English; in German every noun is capitalised,
    // so only words with inner capitals or all caps (CNN, McDonald) count as names there.
    const capitalised = /^\p{Lu}/u.test(word);
    const name =
      !first && capitalised && (language !== 'de' || /^\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(word) || word.length <= 3);
    first = false;
    for (const part of lower.split('-')) {
      if (!part || (!isNumber && stopwords.has(part))) continue;
      const key = isNumber ? `#${part.replace(/[.,:]/g, '')}` : (variant ?? stem(part, language));
      terms.push({ key, display: word, anchor: isNumber || name || variant !== null });
      if (variant) break;
    }
  }
  return terms;
}

/**
 * German compounds: a long term also yields the known terms it starts or ends with, so
 * "Gipfeltreffen" meets "Gipfel" and "Treffen". Known = used somewhere in the comparison.
 */
export function compoundParts(key: string, vocabulary: ReadonlySet<string>): string[] {
  if (key.length < 8 || key.startsWith('#') || key.startsWith('=')) return [];
  const parts: string[] = [];
  for (let cut = 4; cut <= key.length - 4; cut++) {
    const head = key.slice(0, cut);
    const tail = key.slice(cut);
    if (vocabulary.has(head) && head.length >= 4) parts.push(head);
    if (vocabulary.has(tail) && tail.length >= 4) parts.push(tail);
  }
  return parts;
}
