// Quote: a direct quotation in one outlet where another paraphrases or leaves the words out.
import type { Cue, Sentence } from '../../model.js';
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

function quotesOf(sentence: Sentence): Signal[] {
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

export function quoteCues(sides: Side[]): Cue[] {
  const quotes = sides.map((side) => sentenceSignals(side, quotesOf));
  const paraphrasing = sides.filter((_, i) => quotes[i]!.length === 0);
  if (paraphrasing.length === 0) return [];
  const cues: Cue[] = [];
  sides.forEach((side, i) => {
    for (const q of quotes[i]!) {
      cues.push({
        kind: 'quote',
        articleId: side.article.id,
        text: q.text,
        note: `${outletOf(side)} quotes the words directly ('${q.text}'); ${listOutlets(paraphrasing)} ${paraphrasing.length > 1 ? 'paraphrase or omit them' : 'paraphrases or omits them'}.`,
        sentenceId: q.sentence.id,
        span: q.span,
        value: 'direct',
      });
    }
  });
  return cues;
}
