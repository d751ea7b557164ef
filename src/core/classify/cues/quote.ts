// Quote: a direct quotation in one outlet where another paraphrases or leaves the words out.
import type { Cue, Sentence } from '../../model.js';
import { wordsOf } from '../lexicon/match.js';
import { type Side, type Signal, listOutlets, outletOf, sentenceSignals } from './side.js';

// German „…“ and ‚…‘, English “…” and "…", French/Swiss «…» and »…«. An opening mark with no
// closing one in the sentence quotes to its end (the segmenter may split a long quotation).
const quoteMark = /[„“"«»‚]/;
const quotePattern = /„([^“”"]+)(?:[“”"]|$)|“([^”]+)(?:”|$)|"([^"]+)(?:"|$)|«([^»]+)(?:»|$)|»([^«]+)(?:«|$)|‚([^‘’]+)[‘’]/g;

// German style puts the names of outlets and programmes in quotation marks (laut „CNN“, die
// „Tagesschau“ berichtet): such marks name a source, they do not quote anyone's words.
const acronym = /^\p{Lu}[\p{Lu}\d&.-]+$/u;
const sourceMarker = /(?:\b(?:laut|zufolge|berichte[nt]?|berichtete[n]?|meldet(?:e|en)?|schreib(?:t|en)|according to|reports?|reported|told|wrote|writes)|\b(?:Sender|Zeitung|Blatt|Magazin|Nachrichtenagentur|Agentur|newspaper|broadcaster|outlet|agency|network|channel))\s*$/iu;

/** A short quoted span that is a name (an acronym, or a title right after "laut"/"according to"). */
function isQuotedName(inner: string, before: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length === 1 && acronym.test(words[0]!)) return true;
  return words.length <= 3 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && sourceMarker.test(before.trimEnd());
}

/** Each sentence's quotations, found once: the quote, certainty and attribution cues all read them. */
const quotesCache = new WeakMap<Sentence, Signal[]>();

/** The direct quotations of a sentence (the whole sentence when it stands inside one). */
export function quotesOf(sentence: Sentence): Signal[] {
  let quotes = quotesCache.get(sentence);
  if (quotes === undefined) quotesCache.set(sentence, (quotes = findQuotes(sentence)));
  return quotes;
}

function findQuotes(sentence: Sentence): Signal[] {
  if (sentence.quoted) {
    return [{ sentence, text: sentence.text, span: { start: 0, end: sentence.text.length }, value: 'direct' }];
  }
  const found: Signal[] = [];
  // Every quotation starts at one of these marks; most sentences have none, and matchAll copies the expression.
  if (!quoteMark.test(sentence.text)) return found;
  for (const m of sentence.text.matchAll(quotePattern)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    if (inner.trim() === '') continue;
    const start = m.index + m[0].indexOf(inner);
    if (isQuotedName(inner, sentence.text.slice(0, m.index))) continue;
    found.push({ sentence, text: inner.trim(), span: { start, end: start + inner.length }, value: 'direct' });
  }
  return found;
}

/** The quotation's words, lowercased, from its sentence's words (made once per sentence): what two quotations are compared by. */
function wordsOfQuotation(q: Signal): Set<string> {
  const { lower, start, end } = wordsOf(q.sentence, q.sentence.text);
  const words = new Set<string>();
  for (let i = 0; i < lower.length; i++) if (start[i]! >= q.span.start && end[i]! <= q.span.end) words.add(lower[i]!);
  return words;
}

/**
 * Share of a quotation's distinct words another outlet must quote too for it to count as quoting
 * the same words: a partial quotation of the same passage still shares most of them.
 */
const sameQuoteShare = 0.5;

/** Whether `quoted` (another outlet's quoted words) holds at least sameQuoteShare of the quotation's words. */
function quotesToo(words: Set<string>, quoted: Set<string>): boolean {
  let shared = 0;
  for (const word of words) if (quoted.has(word)) shared++;
  return words.size > 0 && shared >= words.size * sameQuoteShare;
}

/**
 * A quotation is a cue where some other outlet does not quote those words: it paraphrases them,
 * leaves them out, or quotes other words of the same statement (one outlet quotes "not a decision
 * taken lightly", another only "still time to turn the season around": each chose its words).
 */
export function quoteCues(sides: Side[]): Cue[] {
  const quotes = sides.map((side) => sentenceSignals(side, quotesOf));
  if (quotes.every((list) => list.length === 0)) return [];
  // Each quotation's words, and each side's quoted words, found once: every quotation is held
  // against every other side.
  const wordsOfQuote = quotes.map((list) => list.map(wordsOfQuotation));
  const quotedWords = wordsOfQuote.map((list) => {
    const all = new Set<string>();
    for (const words of list) for (const word of words) all.add(word);
    return all;
  });
  const cues: Cue[] = [];
  sides.forEach((side, i) => {
    quotes[i]!.forEach((q, k) => {
      const words = wordsOfQuote[i]![k]!;
      const lacking = sides.filter((_, j) => j !== i && !quotesToo(words, quotedWords[j]!));
      if (lacking.length === 0) return;
      cues.push({
        kind: 'quote',
        articleId: side.article.id,
        text: q.text,
        note: `${outletOf(side)} quotes the words directly ('${q.text}'); ${listOutlets(lacking)} ${lacking.length > 1 ? 'paraphrase or omit them' : 'paraphrases or omits them'}.`,
        sentenceId: q.sentence.id,
        span: q.span,
        value: 'direct',
      });
    });
  });
  return cues;
}
