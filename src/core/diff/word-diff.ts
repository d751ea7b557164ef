// The one adapter around jsdiff: a word-level diff of two sentences in storydiff's own DiffPart
// form, with inflection changes refined to characters and a bound for hostile input.
import { diffArrays } from 'diff';
import type { DiffPart } from '../model.js';
import { refineChars } from './char-refine.js';
import { isDigit, isPunctOrSymbol, isSpace, unitsOf } from '../chars.js';
import { type Token, tokenize } from './tokens.js';

export interface WordDiff {
  parts: DiffPart[];
  truncated: boolean;
}

/**
 * A replaced word counts as the same word changed (op 'modify') when what it shares at both ends
 * covers this share of the longer word: konstruktiv → konstruktiven shares 11 of 13 letters,
 * red → green shares none and stays a delete plus an insert (no letter soup).
 */
const modifyMinShared = 0.6;

function sharedEnds(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return prefix + suffix;
}

export function isInflection(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return sharedEnds(x, y) / Math.max(x.length, y.length) >= modifyMinShared;
}

function push(parts: DiffPart[], op: 'equal' | 'delete' | 'insert', text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/**
 * Replaces a run of removed words by the run of added words, pairing each removed word with the
 * next added word that is its inflection (in order, so the diff still reads left to right).
 */
function replaceRun(parts: DiffPart[], removed: Token[], added: Token[]): void {
  let next = 0;
  let pending: Token[] = [];
  for (const from of removed) {
    const k = from.kind === 'word'
      ? added.findIndex((to, i) => i >= next && to.kind === 'word' && isInflection(from.core, to.core))
      : -1;
    if (k < 0) {
      pending.push(from);
      continue;
    }
    for (const t of pending) push(parts, 'delete', t.raw);
    pending = [];
    for (const t of added.slice(next, k)) push(parts, 'insert', t.raw);
    const to = added[k]!;
    parts.push({ op: 'modify', from: from.core, to: to.core, parts: refineChars(from.core, to.core) });
    // The whitespace after a modified word belongs to the new text.
    push(parts, 'equal', to.raw.slice(to.core.length));
    next = k + 1;
  }
  for (const t of pending) push(parts, 'delete', t.raw);
  for (const t of added.slice(next)) push(parts, 'insert', t.raw);
}

/**
 * Word-level diff of two sentences. Equal parts carry the new text's spacing, so equal + insert +
 * modify.to rejoin to `b`; deletes and modify.from carry the old words.
 */
export function diffWords(a: string, b: string, opts: { maxEditLength?: number } = {}): WordDiff {
  return diffTokens(a, tokenize(a), b, tokenize(b), opts);
}

/** diffWords over tokens already made (see tokensOf), for callers that diff one sentence often. */
export function diffTokens(a: string, from: Token[], b: string, to: Token[], opts: { maxEditLength?: number } = {}): WordDiff {
  const changes = diffArrays(from, to, {
    comparator: (x: Token, y: Token) => x.core === y.core,
    ...(opts.maxEditLength === undefined ? {} : { maxEditLength: opts.maxEditLength }),
  });
  if (!changes) {
    const parts: DiffPart[] = [];
    push(parts, 'delete', a);
    push(parts, 'insert', b);
    return { parts, truncated: true };
  }
  const parts: DiffPart[] = [];
  // Tokens carry the whitespace after them; what stands before the first one is kept here.
  push(parts, 'equal', /^\s*/.exec(b)?.[0] ?? '');
  let removed: Token[] = [];
  let added: Token[] = [];
  // Old tokens consumed so far: the old word before a removed run may have had a space the new
  // one lacks ("on Monday morning." → "on Monday."); that space goes with the deletion, or the
  // old text would read "Mondaymorning".
  let oldIndex = 0;
  let lostSpace = '';
  const flush = () => {
    if (removed.length > 0 && lostSpace) push(parts, 'delete', lostSpace);
    replaceRun(parts, removed, added);
    removed = [];
    added = [];
    lostSpace = '';
  };
  for (const change of changes) {
    if (change.removed) {
      removed.push(...change.value);
      oldIndex += change.value.length;
    } else if (change.added) added.push(...change.value);
    else {
      flush();
      oldIndex += change.value.length;
      const oldLast = from[oldIndex - 1];
      const newLast = change.value[change.value.length - 1];
      if (oldLast && newLast) {
        const oldSpace = oldLast.raw.slice(oldLast.core.length);
        lostSpace = newLast.raw.slice(newLast.core.length) === '' ? oldSpace : '';
      }
      // jsdiff hands back the old tokens for equal runs; take the new ones' spacing.
      push(parts, 'equal', change.value.map((t) => t.raw).join(''));
    }
  }
  flush();
  return { parts, truncated: false };
}

// Quotes, dashes and apostrophes in their typographic and plain forms all fold to nothing, and
// separators inside numbers to one form (35,000 and 35.000 are the same figure in en and de).
// Every side of every unit is folded, so the text is scanned once by character code (chars.ts)
// rather than passed through five regular expressions; the tests keep those as the
// reference (lowercase; [.,] between digits → "."; \p{P}\p{S} → space; \s+ → one space; trim).
/** A text with punctuation, case, quote marks and spacing folded away (see isCosmeticChange). */
export function foldCosmetic(text: string): string {
  const reader = new FoldReader(text);
  const units: number[] = [];
  for (let unit = reader.next(); unit >= 0; unit = reader.next()) units.push(unit);
  // In pieces: a spread of a whole article's units would overflow the call stack.
  let out = '';
  for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
  return out;
}

/**
 * The units of a text's fold one at a time (foldCosmetic collects them), so two folds compare
 * without being built: every unit of a comparison is checked, and most differ in their first words.
 */
class FoldReader {
  private readonly lower: string;
  private p = 0;
  /** Whether a unit was read yet: a gap before the first kept character is trimmed. */
  private started = false;
  /** A space is due before the next kept character. */
  private gap = false;
  /** Units read but not returned yet (a kept character after a gap, the low half of a surrogate pair), or -1. */
  private queued = -1;
  private queuedNext = -1;

  constructor(text: string) {
    this.lower = text.normalize('NFC').toLowerCase();
  }

  /** The next UTF-16 unit of the fold, or -1 at its end. */
  next(): number {
    if (this.queued >= 0) {
      const unit = this.queued;
      this.queued = this.queuedNext;
      this.queuedNext = -1;
      return unit;
    }
    const lower = this.lower;
    while (this.p < lower.length) {
      const p = this.p;
      const cp = lower.codePointAt(p)!;
      const width = unitsOf(cp);
      this.p += width;
      const separator = (cp === 46 || cp === 44) && isDigit(lower.charCodeAt(p - 1)) && isDigit(lower.charCodeAt(p + 1));
      if (!separator && (isSpace(cp) || isPunctOrSymbol(cp))) {
        this.gap = this.started;
        continue;
      }
      // A separator, or U+0001 (which marked the figures' separators in the expressions), reads as
      // "."; a character beyond the BMP is two units.
      const first = separator || cp === 1 ? 46 : lower.charCodeAt(p);
      const second = width === 2 ? lower.charCodeAt(p + 1) : -1;
      this.started = true;
      if (this.gap) {
        this.gap = false;
        this.queued = first;
        this.queuedNext = second;
        return 32;
      }
      this.queued = second;
      return first;
    }
    return -1;
  }
}

/** True when two texts differ only in punctuation, case, typographic quotes or spacing. */
export function isCosmeticChange(a: string, b: string): boolean {
  // foldCosmetic(a) === foldCosmetic(b), read until the first difference.
  if (a === b) return true;
  const x = new FoldReader(a);
  const y = new FoldReader(b);
  for (;;) {
    const unit = x.next();
    if (unit !== y.next()) return false;
    if (unit < 0) return true;
  }
}
