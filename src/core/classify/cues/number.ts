// Number: figures, dates and quantities that differ or are missing ("drei" vs "mehrere",
// "3,000" vs "about 2,800", "im August" vs "vor gut zwei Monaten").
import type { Cue, Sentence } from '../../model.js';
import { type Words, wordAt, wordsOf } from '../lexicon/match.js';
import { approximators, calendarWords, numberWords, scaleWords, vagueJoints, vagueQuantities } from '../lexicon/numbers.js';
import { type Side, type Signal, differingCues, hasValue, outletOf, sentenceSignals } from './side.js';

// Maps, not the tables' objects: a word looked up on an object finds its prototype too
// ("constructor" read as a figure), and a Map lookup is faster for each word of each sentence.
const scaleOf = new Map(Object.entries(scaleWords));
/** A number word's value as a signal value ('drei' → 'n:3'). */
const numberValueOf = new Map(Object.entries(numberWords).map(([word, figure]) => [word, `n:${figure}`]));
/**
 * The value of a word without a dash, from all three tables in one lookup, in the order they are
 * asked: a number word, else a vague quantity, else a calendar word (not the English months that
 * are also common words).
 */
const wordValueOf = new Map<string, string>([
  ...[...calendarWords].filter((word) => word !== 'may' && word !== 'march').map((word): [string, string] => [word, `d:${word}`]),
  ...[...vagueQuantities].map((word): [string, string] => [word, 'vague']),
  ...numberValueOf,
]);

/** The value of a numeric token: "35,000,000" and "35.000.000" → 35000000, "3,5 Mio." → 3500000. */
export function numericValue(token: string): string {
  const time = /^(\d{1,2})[.:](\d{2})\s?Uhr$/.exec(token);
  if (time) return `time:${time[1]}:${time[2]}`;
  const m = /^[$€£]?(\d+(?:[.,:]\d+)*)\s*(.*)$/.exec(token);
  if (!m) return token;
  const digits = m[1]!;
  const scale = scaleOf.get((m[2] ?? '').toLowerCase()) ?? 1;
  const grouped = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(digits);
  const value = grouped ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
  return Number.isFinite(value) ? `n:${value * scale}` : token;
}

function figuresOf(sentence: Sentence): Signal[] {
  const words = wordsOf(sentence, sentence.text);
  const { lower } = words;
  const found: Signal[] = [];
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    let value: string | null = null;
    if (words.kind[i] === 'number') {
      value = numericValue(wordAt(words, sentence.text, i));
      const next = lower[i + 1];
      const scale = next ? scaleOf.get(next) : undefined;
      if (scale && scale > 1000 && value.startsWith('n:')) value = `n:${Number(value.slice(2)) * scale}`;
    } else {
      // Runs for every word of every sentence: one lookup, no string unless the word is a figure.
      const dash = word.indexOf('-');
      if (dash < 0) value = wordValueOf.get(word) ?? null;
      else value = numberValueOf.get(word.slice(0, dash)) ?? (vagueQuantities.has(word) ? 'vague' : calendarWords.has(word) ? `d:${word}` : null);
    }
    if (!value) continue;
    const start = value.startsWith('n:') ? hedgedStart(words, i) : words.start[i]!;
    // A hedged figure is not the plain one: "rund 120" against "120" is a difference in certainty.
    if (start < words.start[i]!) value = `${value}~`;
    const end = words.end[i]!;
    const previous = found[found.length - 1];
    // "tens of thousands", "mehrere Hunderttausend": the vague word and the figure it blurs are one
    // quantity, reported as one unspecific quantity (a figure before a vague word is not: "in 2024
    // several ships").
    if (previous?.value === 'vague' && !value.startsWith('d:')) {
      const between = sentence.text.slice(previous.span.end, start).trim().toLowerCase();
      if (between === '' || vagueJoints.has(between)) {
        previous.span = { start: previous.span.start, end };
        previous.text = sentence.text.slice(previous.span.start, previous.span.end);
        previous.value = 'vague';
        continue;
      }
    }
    found.push({ sentence, text: sentence.text.slice(start, end), span: { start, end }, value });
  }
  return found;
}

/** Where figure `i` starts with the hedge before it, if one stands there ("more than 40"). */
function hedgedStart(words: Words, i: number): number {
  const { lower, start } = words;
  if (i >= 2 && approximators.has(`${lower[i - 2]} ${lower[i - 1]}`)) return start[i - 2]!;
  if (i >= 1 && approximators.has(lower[i - 1]!)) return start[i - 1]!;
  return start[i]!;
}

/**
 * The first three texts (quoted, each once) of the other side's figures whose values ours lack:
 * figures both sides give ('Monday' in both) are no contrast, only the other side's own are named.
 * Looks along the few figures of a side, where a Set of our values was made for every cue.
 */
function figuresNotIn(theirs: Signal[], ours: Signal[]): string[] {
  const named: string[] = [];
  for (const figure of theirs) {
    if (named.length === 3) break;
    if (hasValue(ours, figure.value)) continue;
    const quoted = `'${figure.text}'`;
    if (!named.includes(quoted)) named.push(quoted);
  }
  return named;
}

export function numberCues(sides: Side[]): Cue[] {
  const signals = sides.map((side) => sentenceSignals(side, figuresOf));
  return differingCues('number', sides, signals, (signal, side, lacking) => {
    const ours = signals[sides.indexOf(side)]!;
    const others = lacking.slice(0, 3).map((other) => {
      const theirs = figuresNotIn(signals[sides.indexOf(other)]!, ours);
      return theirs.length > 0 ? `${outletOf(other)} gives ${theirs.join(', ')}` : `${outletOf(other)} gives no such figure`;
    });
    const what = signal.value === 'vague' ? 'an unspecific quantity' : signal.value.startsWith('d:') ? 'the date' : 'the figure';
    const more = lacking.length > 3 ? `; ${lacking.length - 3} others differ too` : '';
    return `${outletOf(side)} gives ${what} '${signal.text}'; ${others.join('; ')}${more}.`;
  });
}
