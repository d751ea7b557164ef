// Finds lexicon entries (single words or short phrases) in a sentence's word tokens.
// An entry word ending in `*` matches by prefix, so one German stem covers its inflections
// (konstruktiv* → konstruktive, konstruktiven); other words match whole, case-insensitively.
import { type Token, tokensOf } from '../../diff/tokens.js';
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

/**
 * The keys of every lexicon compiled so far, so a sentence's words are checked against all of
 * them once (`hits`) and each lexicon then looks only at words some entry can start at.
 */
const anyExact = new Set<string>();
const anyPrefix = new Set<string>();
let compiledCount = 0;

export function compileLexicon(entries: LexiconEntry[]): Lexicon {
  const exact = new Map<string, Compiled[]>();
  const prefix = new Map<string, Compiled[]>();
  for (const entry of entries) {
    const words = entry.pattern.split(' ').map((w) => ({ text: w.replace(/\*$/, ''), prefix: w.endsWith('*') }));
    const first = words[0]!;
    const compiled = { words, value: entry.value };
    const table = first.prefix ? prefix : exact;
    const key = first.prefix ? first.text.slice(0, 3) : first.text;
    table.set(key, [...(table.get(key) ?? []), compiled]);
    (first.prefix ? anyPrefix : anyExact).add(key);
  }
  compiledCount++;
  return { exact, prefix };
}

interface Words {
  tokens: Token[];
  lower: string[];
  heads: string[];
  /** Per word, whether an entry of any compiled lexicon may start there; made for `hitsFor` lexicons. */
  hits?: Uint8Array;
  hitsFor?: number;
}

const wordCache = new WeakMap<object, Words>();

/**
 * Word and number tokens of a text, cached per sentence object because every cue kind reads them;
 * `heads` are the first three letters of each lowercase word, the prefix table's key.
 */
export function wordsOf(owner: object, text: string): { tokens: Token[]; lower: string[]; heads: string[] } {
  let cached = wordCache.get(owner);
  if (!cached) {
    const tokens = tokensOf(owner, text).filter((t) => t.kind !== 'punct');
    const lower = tokens.map((t) => t.core.toLowerCase());
    cached = { tokens, lower, heads: lower.map((w) => (w.length >= 3 ? w.slice(0, 3) : '')) };
    wordCache.set(owner, cached);
  }
  return cached;
}

function wordMatches(token: string, word: { text: string; prefix: boolean }): boolean {
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

/** Every entry occurrence in the text, longest phrase first at each position, without overlaps. */
export function findLexicon(owner: object, text: string, lexicon: Lexicon): LexiconMatch[] {
  const words: Words = wordsOf(owner, text);
  const { tokens, lower, heads } = words;
  if (words.hitsFor !== compiledCount) {
    words.hits = Uint8Array.from(lower, (w, i) => (anyExact.has(w) || (w.length >= 3 && anyPrefix.has(heads[i]!)) ? 1 : 0));
    words.hitsFor = compiledCount;
  }
  const hits = words.hits!;
  const found: LexiconMatch[] = [];
  for (let i = 0; i < lower.length; i++) {
    if (hits[i] === 0) continue;
    const w = lower[i]!;
    // Runs for every word of every sentence: no intermediate arrays, so no garbage per token.
    let best: Compiled | null = longest(lexicon.exact.get(w), lower, i, null);
    if (w.length >= 3) best = longest(lexicon.prefix.get(heads[i]!), lower, i, best);
    if (!best) continue;
    const first = tokens[i]!;
    const last = tokens[i + best.words.length - 1]!;
    const span = { start: first.start, end: last.start + last.core.length };
    found.push({ text: text.slice(span.start, span.end), span, value: best.value });
    i += best.words.length - 1;
  }
  return found;
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
