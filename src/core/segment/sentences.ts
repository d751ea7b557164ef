// Sentence splitting for German and English news text. Every terminal mark before a space, and
// Intl.Segmenter's boundaries where a mark is glued to what follows, are candidates; the rules
// below keep the real ends (`a.m. The`) and drop the wrong ones (`Am 24. Nov. sagte Dr. Müller`),
// because alignment is only as good as the sentences it is given.
import { isSpace } from '../chars.js';
import type { Span } from '../model.js';
import { LIST_ENDS, MONTHS, NEVER_FINAL, OFTEN_FINAL, ORDINAL_LEADS, SENTENCE_OPENERS } from './abbreviations.js';

const CLOSERS = '"”“»«’\')]';
/** A terminal mark, closing quotes/brackets, then whitespace: every place a sentence may end. */
const CANDIDATE = /[.!?…]+["”“»«’')\]]*\s+/gu;

const CONTEXT = 600;
const CHUNK = 2000;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  const lang = language === 'en' ? 'en' : 'de';
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Splits `text` into sentences and returns their spans (trimmed of surrounding whitespace), in
 * order, non-overlapping, together covering every non-space character of `text`.
 */
export function splitSentences(text: string, language: string = 'de'): Span[] {
  // Line breaks inside a paragraph are wrapping, not sentence ends; same length keeps offsets valid.
  const flat = text.replace(/[\n\r\u2028\u2029]/g, ' ');
  const candidates = new Set<number>();
  for (const m of flat.matchAll(CANDIDATE)) candidates.add((m.index ?? 0) + m[0].length);
  if (sentenceTuning.alwaysSegmenter || GLUED_TERMINAL.test(flat)) addSegmenterBoundaries(flat, language, candidates);

  const cuts = [...candidates].filter((b) => b < flat.length && endsSentence(flat, b)).sort((x, y) => x - y);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const span = trimSpan(text, from, cut);
    if (span) spans.push(span);
    from = cut;
  }
  return spans;
}

/**
 * A terminal mark (and closers) followed by neither a space nor more marks (an ellipsis after a
 * mark counts, the segmenter does not take it for one), or by closers and another terminal mark
 * ("Mio.“…"): the only places where
 * Intl.Segmenter can propose a boundary that CANDIDATE misses and endsSentence accepts
 * (endsSentence accepts only a boundary after a terminal mark and its closers, with nothing but
 * whitespace up to it, and there CANDIDATE already matched). Most paragraphs have none, and
 * skipping the segmenter there saves most of segmenting's time.
 */
const GLUED_TERMINAL = /[.!?…]["”“»«’')\]]*[^\s.!?"”“»«’')\]]|[.!?…]["”“»«’')\]]+[.!?…]/u;

/** For tests: run Intl.Segmenter on every paragraph, to check that skipping it changes nothing. */
export const sentenceTuning = { alwaysSegmenter: false };

function addSegmenterBoundaries(flat: string, language: string, candidates: Set<number>): void {
  // Intl.Segmenter slows down superlinearly on long runs of sentences (8 s for 200k characters),
  // so it sees pieces of about CHUNK characters cut at candidate boundaries.
  const segmenter = segmenterFor(language);
  let pieceStart = 0;
  const cutsForChunks = [...candidates].sort((x, y) => x - y);
  cutsForChunks.push(flat.length);
  for (const cut of cutsForChunks) {
    if (cut - pieceStart < CHUNK && cut < flat.length) continue;
    for (const seg of segmenter.segment(flat.slice(pieceStart, cut))) {
      if (seg.index > 0) candidates.add(pieceStart + seg.index);
    }
    pieceStart = cut;
  }
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Decides whether a sentence ends before position `b` (the start of the next candidate sentence). */
function endsSentence(text: string, b: number): boolean {
  // Bounded context keeps long texts linear; no rule looks further than a paragraph's quote.
  const left = text.slice(Math.max(0, b - CONTEXT), b).trimEnd();
  const right = text.slice(b, b + CONTEXT).trimStart();
  if (!left || !right) return false;
  const closers = closerRun(left);
  const core = left.slice(0, left.length - closers.length);
  const next = firstWord(right);
  const startsLower = /^\p{Ll}/u.test(right);

  if (core.endsWith('?') || core.endsWith('!')) return !startsLower && !/^[,;:]/.test(right);
  if (core.endsWith('...') || core.endsWith('…')) {
    if (startsLower) return false;
    return !insideOpenQuote(left);
  }
  if (!core.endsWith('.')) return false;
  if (startsLower || /^[,;:)\]]/.test(right)) return false;
  // A quote closed after the full stop (`… sagte er.“`) ends the sentence whatever came before.
  if (closers && /[”“»«"']/.test(closers)) return true;

  const word = lastWord(core.slice(0, -1));
  const key = word.replace(/[\s.]/g, '.').replace(/\.+/g, '.');
  const bare = key.replace(/\./g, '');
  if (/^\d+$/.test(word)) return !isOrdinal(core, next, right);
  // "Hafenstr. 12", "St.-Georg-Str. 3": a street's abbreviation, glued to its name, before the number.
  if (/^\d/.test(right)) return !(isAbbreviation(key, bare) || /\d$/.test(word) || /(?:str|Str|pl|Pl)$/.test(bare));
  if (NEVER_FINAL.has(key) || NEVER_FINAL.has(bare)) return false;
  if (LIST_ENDS.has(key)) return true;
  if (OFTEN_FINAL.has(key) || OFTEN_FINAL.has(bare) || /^(\p{Lu}\.)+\p{Lu}$/u.test(key)) {
    return SENTENCE_OPENERS.has(next);
  }
  if (/^\p{L}$/u.test(word)) return false; // an initial (J. D. Vance) or the first half of z. B.
  if (/^(\p{L}\.)+\p{L}$/u.test(key)) return SENTENCE_OPENERS.has(next); // z.B, i.e, a.m
  return /^[\p{Lu}\p{N}"“„»«‚‘'(\[–—-]/u.test(right);
}

function isAbbreviation(key: string, bare: string): boolean {
  return NEVER_FINAL.has(key) || NEVER_FINAL.has(bare) || OFTEN_FINAL.has(key) || OFTEN_FINAL.has(bare);
}

/** `am 24. Oktober`, `der 3. Versuch`: a number with a full stop that is an ordinal, not an end. */
function isOrdinal(core: string, next: string, right: string): boolean {
  if (MONTHS.has(next.replace(/\.$/, ''))) return true;
  if (/^\d/.test(right)) return /^\d{1,2}$/.test(lastWord(core.slice(0, -1))) && /^(\d{1,2}\.|\d{4}\b)/.test(right); // 24. 12. 2024
  const before = lastWord(core.slice(0, -1).replace(/\d+$/, '').trimEnd());
  return ORDINAL_LEADS.has(before) && !SENTENCE_OPENERS.has(next);
}

/** The run of characters before `s`'s end up to whitespace, dots kept, glued initials joined. */
function lastWord(s: string): string {
  // `z. B` and `u. a` are written with a space; glue runs of one-letter dot groups back together.
  // (End-anchored patterns are tried from every position of the up to 600 characters before a
  // boundary, so the cheap look at the end decides first whether they can match at all.)
  const glued = GLUED_END.test(s.slice(-5)) ? /(?:^|\s)((?:\p{L}\.\s?)+\p{L})$/u.exec(s) : null;
  if (glued && glued[1]!.length > 1 && /\s/.test(glued[1]!) && glued[1]!.length <= 9) {
    const letters = glued[1]!.replace(/[\s.]/g, '');
    if (letters.length >= 2 && letters.length <= 4 && !/^\p{Lu}+$/u.test(letters)) return glued[1]!.replace(/\s/g, '');
  }
  let start = s.length;
  while (start > 0 && !WORD_STOP.test(s[start - 1]!)) start--;
  return s.slice(start);
}

/** What `/[^\s"“„»«‚‘'(\[]*$/u` stops at (all single UTF-16 units), for scanning back from the end. */
const WORD_STOP = /[\s"“„»«‚‘'(\[]/u;
/** The end every glued-initials match has: a letter after a dot and at most one space. */
const GLUED_END = /\.\s?\p{L}$/u;
const CLOSER_SET = new Set(CLOSERS);

/** The run of closing quotes and brackets (CLOSERS) at the end of `left`. */
function closerRun(left: string): string {
  let start = left.length;
  while (start > 0 && CLOSER_SET.has(left[start - 1]!)) start--;
  return left.slice(start);
}

function firstWord(s: string): string {
  const m = /^["“„»«‚‘'(\[]*([\p{L}\p{N}.]+)/u.exec(s);
  return m ? m[1]!.replace(/\.$/, '') : '';
}

/** Whether `left` has an opening quote that is not closed yet (German „…“, English “…”, »…«). */
function insideOpenQuote(left: string): boolean {
  let depth = 0;
  for (const ch of left) {
    if (ch === '„' || ch === '»') depth++;
    else if (ch === '“' && depth > 0) depth--;
    else if (ch === '“') depth++;
    else if (ch === '”' || ch === '«') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Display text of a raw sentence: soft hyphens removed, line-end hyphenation joined, spaces collapsed. */
export function displayText(raw: string): string {
  if (alreadyDisplayed(raw)) return raw;
  return raw
    .replace(/\u00AD/g, '')
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether displayText would return `raw` unchanged: no soft hyphen, no whitespace at either end,
 * and every whitespace run inside a single plain space. Most sentences are like that, and one
 * scan by character code spares them three regular-expression passes (every sentence is shown).
 */
function alreadyDisplayed(raw: string): boolean {
  const last = raw.length - 1;
  if (last < 0 || isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(last))) return last < 0;
  for (let k = 1; k < last; k++) {
    const code = raw.charCodeAt(k);
    if (code === 0xad) return false;
    if (isSpace(code) && (code !== 32 || isSpace(raw.charCodeAt(k + 1)))) return false;
  }
  return raw.charCodeAt(0) !== 0xad && raw.charCodeAt(last) !== 0xad;
}
