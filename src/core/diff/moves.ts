// Two-text diff in which a sentence that changed its place is shown as a move (where it went, where
// it came from) instead of a deletion in one place and an unrelated insertion in another.
//
// 1. Both texts are split into sentences with the segmenter the analysis uses.
// 2. A sentence-level diff (longest common subsequence over normalised sentences) finds the
//    sentences that stay in order; the rest are deleted or inserted runs ("hunks").
// 3. A deleted and an inserted sentence in *different* hunks that are equal or nearly equal (same
//    words, a few changed) form a move; pairs within one hunk are edits in place and stay a diff.
// 4. The text between moves is diffed by word (or character) as before, so a text without moves
//    gives the same diff as diffing it whole.
import { diffArrays } from 'diff';
import { detectLanguage } from '../ingest/language.js';
import type { DiffPart, MovedPart, Span, TextDiff, TextDiffPart } from '../model.js';
import { splitSentences } from '../segment/sentences.js';
import { refineChars } from './char-refine.js';
import { diffWords } from './word-diff.js';

export interface TextDiffOptions {
  unit?: 'word' | 'char';
  /** Bound on the word diff of each stretch between moves (jsdiff's maxEditLength). */
  maxEditLength?: number;
}

/** Share of words two sentences must share (Dice over their word sets) to count as the same sentence. */
export const moveMinSimilarity = 0.75;
/** Sentences shorter than this (in words) move only when they are equal: short ones match too easily. */
const nearEqualMinWords = 4;
/** Above this many deleted × inserted sentence pairs only equal sentences are matched (cost bound). */
const maxNearPairs = 250_000;
/** Bound on the sentence-level diff; past it the texts are too different for moves to mean much. */
const maxSentenceEdits = 1_000;

interface Piece {
  /** The sentence with the whitespace before it; the pieces of a text rejoin to the text. */
  chunk: string;
  key: string;
  words: Set<string>;
  wordCount: number;
  paragraph: number;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

function pieces(text: string): Piece[] {
  const language = detectLanguage(text) === 'en' ? 'en' : 'de';
  // Paragraphs are blank-line separated; a text without blank lines has one paragraph per line.
  // Each is split on its own, so a heading or title line without a full stop stays a sentence.
  const blockPattern = /\n[ \t]*\n/.test(text) ? /[^\n](?:[^\n]|\n(?![ \t]*\n))*/g : /[^\n]+/g;
  const spans: Array<Span & { paragraph: number }> = [];
  let paragraph = 0;
  for (const m of text.matchAll(blockPattern)) {
    if (m[0].trim() === '') continue;
    paragraph++;
    for (const s of splitSentences(m[0], language)) spans.push({ start: m.index + s.start, end: m.index + s.end, paragraph });
  }
  let from = 0;
  return spans.map((span, i) => {
    const end = i === spans.length - 1 ? text.length : span.end;
    const chunk = text.slice(from, end);
    from = end;
    const words = text.slice(span.start, span.end).toLowerCase().match(wordPattern) ?? [];
    return { chunk, key: words.join(' '), words: new Set(words), wordCount: words.length, paragraph: span.paragraph };
  });
}

function dice(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

type Op = { kind: 'equal'; i: number; j: number } | { kind: 'delete'; i: number; hunk: number } | { kind: 'insert'; j: number; hunk: number };

/** How alike two sentences are: 1 when equal, else the Dice share of their words; 0 below the bar. */
function likeness(x: Piece, y: Piece): number {
  if (x.key === '' || y.key === '') return 0;
  if (x.key === y.key) return 1;
  if (x.wordCount < nearEqualMinWords || y.wordCount < nearEqualMinWords) return 0;
  const small = Math.min(x.words.size, y.words.size);
  const large = Math.max(x.words.size, y.words.size);
  if ((2 * small) / (small + large) < moveMinSimilarity) return 0;
  const score = dice(x.words, y.words);
  return score >= moveMinSimilarity ? score : 0;
}

type Del = Extract<Op, { kind: 'delete' }>;
type Ins = Extract<Op, { kind: 'insert' }>;

/** Greedy best-first pairing of deleted with inserted sentences; `allowed` says which pairs may meet. */
function pairUp(deleted: Del[], inserted: Ins[], A: Piece[], B: Piece[], allowed: (d: Del, o: Ins) => boolean, budget: { pairs: number }): Map<number, number> {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  const near = deleted.length * inserted.length <= budget.pairs;
  if (near) budget.pairs -= deleted.length * inserted.length;
  // Equal sentences are found through their key at any size; near-equal ones only within the budget.
  const byKey = new Map<string, Ins[]>();
  if (!near) for (const o of inserted) if (B[o.j]!.key !== '') byKey.set(B[o.j]!.key, [...(byKey.get(B[o.j]!.key) ?? []), o]);
  for (const d of deleted) {
    const x = A[d.i]!;
    for (const o of near ? inserted : (byKey.get(x.key) ?? [])) {
      if (!allowed(d, o)) continue;
      const score = likeness(x, B[o.j]!);
      if (score > 0) candidates.push({ i: d.i, j: o.j, score });
    }
  }
  candidates.sort((p, q) => q.score - p.score || p.j - q.j || p.i - q.i);
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (pairs.has(c.i) || taken.has(c.j)) continue;
    pairs.set(c.i, c.j);
    taken.add(c.j);
  }
  return pairs;
}

/**
 * Moves as a map from A's sentence index to B's. A sentence replaced by a like one in the same hunk
 * is an edit in place and never a move, even when a copy of it stands elsewhere (repeated text).
 */
function findMoves(ops: Op[], A: Piece[], B: Piece[]): Map<number, number> {
  const deleted = ops.filter((o): o is Del => o.kind === 'delete');
  const inserted = ops.filter((o): o is Ins => o.kind === 'insert');
  const budget = { pairs: maxNearPairs };
  const hunks = new Map<number, { d: Del[]; o: Ins[] }>();
  for (const d of deleted) (hunks.get(d.hunk) ?? hunks.set(d.hunk, { d: [], o: [] }).get(d.hunk)!).d.push(d);
  for (const o of inserted) (hunks.get(o.hunk) ?? hunks.set(o.hunk, { d: [], o: [] }).get(o.hunk)!).o.push(o);
  const editedA = new Set<number>();
  const editedB = new Set<number>();
  for (const h of hunks.values()) {
    if (h.d.length === 0 || h.o.length === 0) continue;
    for (const [i, j] of pairUp(h.d, h.o, A, B, () => true, budget)) {
      editedA.add(i);
      editedB.add(j);
    }
  }
  const free = { d: deleted.filter((d) => !editedA.has(d.i)), o: inserted.filter((o) => !editedB.has(o.j)) };
  return pairUp(free.d, free.o, A, B, (d, o) => d.hunk !== o.hunk, budget);
}

/**
 * Diff of two texts with moved sentences as moves. Without moves the parts are those of diffing
 * the texts whole; `equal`, `insert`, `modify.to` and `moved-here` parts rejoin to `b`.
 */
export function diffTexts(a: string, b: string, opts: TextDiffOptions = {}): TextDiff {
  const unit = opts.unit ?? 'word';
  let truncated = false;
  const diff = (x: string, y: string): DiffPart[] => {
    if (unit === 'char') return refineChars(x, y);
    const d = diffWords(x, y, opts.maxEditLength === undefined ? {} : { maxEditLength: opts.maxEditLength });
    truncated ||= d.truncated;
    return d.parts;
  };
  const A = pieces(a);
  const B = pieces(b);
  const changes = A.length && B.length ? diffArrays(A.map((p) => p.key), B.map((p) => p.key), { maxEditLength: maxSentenceEdits }) : undefined;
  if (!changes) return { parts: diff(a, b), moves: 0, truncated };

  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  let hunk = 0;
  let inHunk = false;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      inHunk = false;
      for (let k = 0; k < n; k++) ops.push({ kind: 'equal', i: i++, j: j++ });
      continue;
    }
    if (!inHunk) hunk++;
    inHunk = true;
    for (let k = 0; k < n; k++) ops.push(change.removed ? { kind: 'delete', i: i++, hunk } : { kind: 'insert', j: j++, hunk });
  }

  const moveOf = findMoves(ops, A, B);
  if (moveOf.size === 0) return { parts: diff(a, b), moves: 0, truncated };
  // Moves are numbered in the order of text B.
  const number = new Map<number, number>();
  [...moveOf.values()].sort((x, y) => x - y).forEach((jj, k) => number.set(jj, k + 1));
  const sourceOf = new Map([...moveOf].map(([ii, jj]) => [jj, ii] as const));

  const parts: TextDiffPart[] = [];
  let pendingA = '';
  let pendingB = '';
  const flush = () => {
    if (pendingA !== '' || pendingB !== '') parts.push(...diff(pendingA, pendingB));
    pendingA = '';
    pendingB = '';
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      pendingA += A[op.i]!.chunk;
      pendingB += B[op.j]!.chunk;
    } else if (op.kind === 'delete') {
      const to = moveOf.get(op.i);
      if (to === undefined) {
        pendingA += A[op.i]!.chunk;
        continue;
      }
      flush();
      const away: MovedPart = { op: 'moved-away', move: number.get(to)!, text: A[op.i]!.chunk, otherParagraph: B[to]!.paragraph };
      parts.push(away);
    } else {
      const from = sourceOf.get(op.j);
      if (from === undefined) {
        pendingB += B[op.j]!.chunk;
        continue;
      }
      flush();
      const x = A[from]!;
      const y = B[op.j]!;
      const here: MovedPart = { op: 'moved-here', move: number.get(op.j)!, text: y.chunk, otherParagraph: x.paragraph };
      if (x.chunk.trim() !== y.chunk.trim()) here.parts = diff(x.chunk, y.chunk);
      parts.push(here);
    }
  }
  flush();
  return { parts, moves: moveOf.size, truncated };
}
