// Finds lexicon entries (single words or short phrases) in a sentence's word tokens.
// An entry word ending in `*` matches by prefix, so one German stem covers its inflections
// (konstruktiv* → konstruktive, konstruktiven); other words match whole, case-insensitively.
import { scanTokens } from '../../diff/tokens.js';
import type { Span } from '../../model.js';

export interface LexiconEntry {
  /** Space-separated words, lowercase; `*` at a word's end matches any ending. */
  pattern: string;
  /** What the entry means, e.g. 'reported' for soll/angeblich/reportedly. */
  value: string;
}

export interface Lexicon {
  exact: Map<string, Compiled[]>;
  /** Prefix entries by their first three letters, so a token only checks a handful. */
  prefix: Map<string, Compiled[]>;
  /** This lexicon's bit in the masks of `exactStarts` and `prefixStarts3`/`prefixStarts4`. */
  bit: number;
}

interface Compiled {
  words: Array<{ text: string; prefix: boolean }>;
  value: string;
}

export interface LexiconMatch {
  text: string;
  span: Span;
  value: string;
}

/** Whether two matches or signals share a character: the reading found first keeps it. */
export const overlapping = (a: { span: Span }, b: { span: Span }): boolean => a.span.start < b.span.end && b.span.start < a.span.end;

/**
 * For each key of every lexicon compiled so far, a mask of the lexicons with an entry starting
 * there. A sentence's words are looked up here once (`entryMasksOf`), and each lexicon then visits only
 * the words whose mask has its bit: eight lexicons read every sentence, and most words start an
 * entry of none or of one. Past 32 lexicons bits repeat; a mask only says where an entry may start,
 * the lexicon's own tables decide.
 */
const exactStarts = new Map<string, number>();
/**
 * Prefix entries by a slot of their stem's first three letters (a stem of three) or four (a longer
 * stem), so a word's head is no new string. Four letters, because German words share three so often
 * ("ver", "ent", "sch") that a three-letter filter sent one word in eight to the prefix tables (four
 * letters: one in thirty). Keys sharing a slot only widen the filter.
 */
const prefixStarts3 = new Int32Array(4096);
const prefixStarts4 = new Int32Array(4096);

/** A slot for a word's first three letters, from their character codes. */
const slot3 = (word: string): number => ((word.charCodeAt(0) * 31 + word.charCodeAt(1)) * 31 + word.charCodeAt(2)) & 4095;
/** A slot for a word's first four letters. */
const slot4 = (word: string): number => (slot3(word) * 31 + word.charCodeAt(3)) & 4095;
let compiledCount = 0;

export function compileLexicon(entries: LexiconEntry[]): Lexicon {
  const exact = new Map<string, Compiled[]>();
  const prefix = new Map<string, Compiled[]>();
  const bit = 1 << compiledCount % 32;
  for (const entry of entries) {
    const words = entry.pattern.split(' ').map((w) => ({ text: w.replace(/\*$/, ''), prefix: w.endsWith('*') }));
    const first = words[0]!;
    const compiled = { words, value: entry.value };
    const table = first.prefix ? prefix : exact;
    const key = first.prefix ? first.text.slice(0, 3) : first.text;
    table.set(key, [...(table.get(key) ?? []), compiled]);
    if (first.prefix) {
      // A stem shorter than three letters has no head a word's three letters can equal: it never matched.
      const stem = first.text;
      if (stem.length === 3) prefixStarts3[slot3(stem)] = prefixStarts3[slot3(stem)]! | bit;
      else if (stem.length > 3) prefixStarts4[slot4(stem)] = prefixStarts4[slot4(stem)]! | bit;
    } else exactStarts.set(key, (exactStarts.get(key) ?? 0) | bit);
  }
  compiledCount++;
  return { exact, prefix, bit };
}

/**
 * The word and number tokens of a text, as parallel lists by word index: where each stands, its
 * kind and its lowercase form. Lists rather than token objects, and no strings but the lowercase
 * words: every cue kind reads every sentence, and only a few words are ever needed as written
 * (`wordAt`).
 */
export interface Words {
  start: number[];
  /** The end of the word (its last character + 1). */
  end: number[];
  kind: Array<'number' | 'word'>;
  lower: string[];
}

interface CachedWords extends Words {
  /** Per word, the mask of lexicons an entry of which may start there; made for `entryMasksFor` lexicons. */
  entryMasks?: Int32Array;
  /** The entry masks of all words ORed: a lexicon without its bit here finds nothing in the sentence. */
  sentenceMask?: number;
  entryMasksFor?: number;
}

const wordCache = new WeakMap<object, CachedWords>();

/**
 * The text lowercased as a whole, when each word's lowercase form is the same span of it: one new
 * string per sentence instead of two per word (a slice, then its lowercase). That holds unless
 * lowercasing changes the length (İ becomes i + a combining dot) or a Σ stands in the text (its
 * lowercase, σ or final ς, depends on the letters around it, which a word alone does not have).
 */
function lowercaseByPosition(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !text.includes('\u03a3') ? lower : null;
}

/** The words of a text, cached per sentence object (see Words). */
export function wordsOf(owner: object, text: string): Words {
  let cached = wordCache.get(owner);
  if (!cached) {
    const words: CachedWords = { start: [], end: [], kind: [], lower: [] };
    const lowerText = lowercaseByPosition(text);
    scanTokens(text, (start, end, kind) => {
      if (kind === 'punct') return;
      words.start.push(start);
      words.end.push(end);
      words.kind.push(kind);
      words.lower.push(lowerText !== null ? lowerText.slice(start, end) : text.slice(start, end).toLowerCase());
    });
    wordCache.set(owner, (cached = words));
  }
  return cached;
}

/** Word `i` of the text as written. */
export const wordAt = (words: Words, text: string, i: number): string => text.slice(words.start[i], words.end[i]);

/** Whether word `i` starts with a capital: a character test for ASCII, the Unicode class beyond. */
export function isCapitalisedAt(words: Words, text: string, i: number): boolean {
  const code = text.charCodeAt(words.start[i]!);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(wordAt(words, text, i));
}

/** Whether only spaces (one or more) stand between word `a` and word `a + 1`: "Dana Whitlock", not "Dana, Whitlock". */
export const spacesOnlyAfter = (words: Words, text: string, a: number): boolean => /^ +$/.test(text.slice(words.end[a], words.start[a + 1]));

/** Per word, the lexicons (as a mask of their bits) an entry of which may start at it. */
function entryMasksOf(lower: string[]): Int32Array {
  const masks = new Int32Array(lower.length);
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    let mask = exactStarts.get(w) ?? 0;
    if (w.length >= 3) mask |= prefixStarts3[slot3(w)]!;
    if (w.length >= 4) mask |= prefixStarts4[slot4(w)]!;
    masks[i] = mask;
  }
  return masks;
}

function wordMatches(token: string, word: { text: string; prefix: boolean }): boolean {
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

/**
 * The result of most searches: eight lexicons search every sentence, and most find nothing.
 * Readonly by type, not frozen: loops over a frozen array leave the fast path for arrays.
 */
const noMatches: readonly LexiconMatch[] = [];

/** Every entry occurrence in the text, longest phrase first at each position, without overlaps. */
export function findLexicon(owner: object, text: string, lexicon: Lexicon): readonly LexiconMatch[] {
  const words: CachedWords = wordsOf(owner, text);
  const lower = words.lower;
  if (words.entryMasksFor !== compiledCount) {
    const masks = entryMasksOf(lower);
    let sentenceMask = 0;
    for (let i = 0; i < masks.length; i++) sentenceMask |= masks[i]!;
    words.entryMasks = masks;
    words.sentenceMask = sentenceMask;
    words.entryMasksFor = compiledCount;
  }
  const bit = lexicon.bit;
  // Most of the eight lexicons have no entry starting anywhere in a sentence: no walk over its words.
  if ((words.sentenceMask! & bit) === 0) return noMatches;
  const masks = words.entryMasks!;
  let found: LexiconMatch[] | null = null;
  for (let i = 0; i < lower.length; i++) {
    // Runs for every word of every sentence, per lexicon: a bit test, no lookups and no garbage.
    if ((masks[i]! & bit) === 0) continue;
    const w = lower[i]!;
    let best: Compiled | null = longest(lexicon.exact.get(w), lower, i, null);
    if (w.length >= 3) best = longest(lexicon.prefix.get(w.slice(0, 3)), lower, i, best);
    if (!best) continue;
    const span = { start: words.start[i]!, end: words.end[i + best.words.length - 1]! };
    (found ??= []).push({ text: text.slice(span.start, span.end), span, value: best.value });
    i += best.words.length - 1;
  }
  return found ?? noMatches;
}

function longest(candidates: Compiled[] | undefined, lower: string[], i: number, best: Compiled | null): Compiled | null {
  if (!candidates) return best;
  for (const entry of candidates) {
    const n = entry.words.length;
    if (i + n > lower.length || (best && best.words.length >= n)) continue;
    let all = true;
    for (let k = 0; k < n && all; k++) all = wordMatches(lower[i + k]!, entry.words[k]!);
    if (all) best = entry;
  }
  return best;
}
