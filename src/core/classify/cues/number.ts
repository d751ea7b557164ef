// Number: figures, dates and quantities that differ or are missing ("drei" vs "mehrere",
// "3,000" vs "about 2,800", "im August" vs "vor gut zwei Monaten").
import { isSpace } from '../../chars.js';
import type { Cue, Sentence } from '../../model.js';
import { englishMonths } from '../../months.js';
import { type Words, isCapitalisedAt, wordAt, wordsOf } from '../lexicon/match.js';
import {
  ambiguousSeasons, approximators, calendarWords, figureArticles, figureSuffixes, monthNames, numberWords, scaleWords, seasonLeads,
  seasonLeadsBeforeArticle, seasons, spanEdges, spanModifiers, spanOrderWords, spanParts, timeSpans, timeWords, vagueJoints,
  vagueQuantities,
} from '../lexicon/numbers.js';
import { type Side, type Signal, differingCues, hasValue, outletOf, sentenceSignals } from './side.js';

/** 12 significant digits: 1.1 × 1e6 is 1100000.0000000002 in floating point, and must equal 1,100,000. */
const rounded = (figure: number): number => (Number.isInteger(figure) ? figure : Number(figure.toPrecision(12)));

// Maps, not the tables' objects: a word looked up on an object finds its prototype too
// ("constructor" read as a figure), and a Map lookup is faster for each word of each sentence.
const scaleOf = new Map(Object.entries(scaleWords));
const suffixOf = new Map(Object.entries(figureSuffixes));
const spanModifierOf = new Map(Object.entries(spanModifiers));
const spanPartOf = new Map(Object.entries(spanParts));
/** A number word's figure ('drei' → 3). */
const numberOf = new Map(Object.entries(numberWords));
/** A number word's value as a signal value ('drei' → 'n:3'). */
const numberValueOf = new Map([...numberOf].map(([word, figure]) => [word, `n:${figure}`]));
/** A vague quantity's value: 'vague' without a magnitude ('mehrere'), 'vague:1000' with one ('Tausende'). */
const vagueValue = (magnitude: number): string => (magnitude === 1 ? 'vague' : `vague:${rounded(magnitude)}`);
const vagueValueOf = new Map(Object.entries(vagueQuantities).map(([word, magnitude]) => [word, vagueValue(magnitude)]));
/**
 * The value of a word without a dash, from all the tables in one lookup, in the order they are
 * asked: a number word, else a vague quantity, else a calendar word (not the English months that
 * are also common words) or a vague time. A season ('s:') and a span of time ('r:') are dates only
 * with the words before them, which `figuresOf` reads when the word is one (rare), not for every word.
 */
const wordValueOf = new Map<string, string>([
  ...Object.entries(timeSpans).map(([word, key]): [string, string] => [word, `r:${key}`]),
  ...Object.entries(seasons).map(([word, key]): [string, string] => [word, `s:${key}`]),
  ...Object.entries(timeWords).map(([word, key]): [string, string] => [word, `d:${key}`]),
  ...[...calendarWords].filter((word) => word !== 'may' && word !== 'march').map((word): [string, string] => [word, `d:${word}`]),
  ...vagueValueOf,
  ...numberValueOf,
]);

const englishTens = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const englishUnits = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));

/** "twenty-three" → 'n:23' (the word lower case, its dash at `dash`); null for any other word. */
function englishTensAndUnit(word: string, dash: number): string | null {
  const tens = englishTens.get(word.slice(0, dash));
  const unit = tens === undefined ? undefined : englishUnits.get(word.slice(dash + 1));
  return unit === undefined ? null : `n:${tens! + unit}`;
}

const germanUnits: Array<[string, number]> = [['eins', 1], ['ein', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9]];
const germanBelow20 = new Map<string, number>([...germanUnits, ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19]]);
const germanTens = new Map(Object.entries({ zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 }));

/**
 * German writes a number of words as one: "dreiundzwanzig", "zweihundert", "dreitausendfünfhundert".
 * The word's value as 'n:…' when the whole word reads as a number from 21 up, else null (the
 * single number words are in the tables; "Einsatz" or "Achtung" read as no number).
 */
function germanNumberValue(word: string): string | null {
  // A cheap test first: this runs for every word without a table entry. Past the tables, a number
  // word holds "und" before its tens ("dreiundzwanzig") or a hundred or a thousand.
  if (word.length < 9) return null;
  const tens = word.endsWith('zig') || word.endsWith('ßig');
  if (tens ? !word.includes('und') : !word.includes('hundert') && !word.includes('tausend')) return null;
  const value = germanThousands(word);
  return value === null || value <= 20 ? null : `n:${value}`;
}

/** 1–99 as one German word ("sieben", "siebzehn", "siebenundzwanzig"), or null. */
function germanBelow100(word: string): number | null {
  const small = germanBelow20.get(word) ?? germanTens.get(word);
  if (small !== undefined) return small;
  const und = word.indexOf('und');
  if (und <= 0) return null;
  const unit = germanUnits.find(([w]) => w === word.slice(0, und) && w !== 'eins')?.[1];
  const tens = germanTens.get(word.slice(und + 3));
  return unit === undefined || tens === undefined ? null : tens + unit;
}

/** 1–999 ("zweihundertfünfzig", "hundert"), or null. */
function germanBelow1000(word: string): number | null {
  const at = word.indexOf('hundert');
  if (at < 0) return germanBelow100(word);
  const head = word.slice(0, at);
  const hundreds = head === '' ? 1 : germanUnits.find(([w]) => w === head && w !== 'eins')?.[1];
  if (hundreds === undefined) return null;
  const rest = word.slice(at + 7);
  const tail = rest === '' ? 0 : germanBelow100(rest);
  return tail === null ? null : hundreds * 100 + tail;
}

/** 1–999,999 ("dreitausendfünfhundert", "zwölftausend"), or null. */
function germanThousands(word: string): number | null {
  const at = word.indexOf('tausend');
  if (at < 0) return germanBelow1000(word);
  const head = word.slice(0, at);
  const thousands = head === '' ? 1 : germanBelow1000(head);
  if (thousands === null) return null;
  const rest = word.slice(at + 7);
  const tail = rest === '' ? 0 : germanBelow1000(rest);
  return tail === null ? null : thousands * 1000 + tail;
}

/** The value of a numeric token: "35,000,000" and "35.000.000" → 35000000, "3,5 Mio." → 3500000. */
export function numericValue(token: string): string {
  // "12.30 Uhr", "23 Uhr": a time of day, with or without its minutes.
  const time = /^(\d{1,2})(?:[.:](\d{2}))?\s?Uhr$/.exec(token);
  if (time) return `time:${time[1]}:${time[2] ?? '00'}`;
  const m = /^[$€£]?(\d+(?:[.,:]\d+)*)\s*(.*)$/.exec(token);
  if (!m) return token;
  const digits = m[1]!;
  const scale = scaleOf.get((m[2] ?? '').toLowerCase()) ?? 1;
  const grouped = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(digits);
  const value = grouped ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
  return Number.isFinite(value) ? `n:${rounded(value * scale)}` : token;
}

/** Whether only whitespace stands between word `a` and the later word `b`: "zwei Dutzend", not "zwei, Dutzend". */
function spaced(words: Words, text: string, a: number, b: number): boolean {
  for (let p = words.end[a]!; p < words.start[b]!; p++) if (!isSpace(text.charCodeAt(p))) return false;
  return true;
}

/** A signal's figure: 24 for 'n:24~' and for 'vague:24', 1 for 'vague' and for what is not a figure. */
function magnitudeOf(value: string): number {
  return value.startsWith('n:') || value.startsWith('vague:') ? (sizeOf(value) ?? 1) : 1;
}

/**
 * Nouns a number after which is part of a name, not a figure: "Kreisstraße 17", "Linie 4", "Gleis
 * 3", "Route 9", "Flight 370", "Ward 12", "Nr. 5". Two outlets naming the road differ in no figure.
 */
const namedByNumber = /(?:straße|strasse|str|weg|platz|allee|linie|gleis|halle|terminal|bahnsteig|zimmer|station|nr|no|street|road|route|highway|interstate|flight|bus|line|platform|gate|ward|room|hall|pier|runway|bahn|autobahn|bundesstraße)$/;
function namesByNumber(words: Words, text: string, i: number): boolean {
  if (i === 0) return false;
  const before = words.lower[i - 1]!;
  if (!namedByNumber.test(before) || !isCapitalisedAt(words, text, i - 1)) return false;
  // Only a space, or a "." after an abbreviation ("Nr. 5", "Str. 12"), between noun and number.
  return /^\.? $/.test(text.slice(words.end[i - 1], words.start[i]));
}

function figuresOf(sentence: Sentence): Signal[] {
  const text = sentence.text;
  const words = wordsOf(sentence, text);
  const { lower } = words;
  const found: Signal[] = [];
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    let value: string | null = null;
    /** The figure's first and last word: "a dozen", "zwei Dutzend", "letzte Woche" are one figure. */
    let first = i;
    let last = i;
    const special = specialFigureAt(words, text, i);
    if (special !== null) {
      const hedge = special.hedgeable ? hedgeBefore(words, i) : null;
      const span = { start: hedge?.start ?? words.start[special.first ?? i]!, end: words.end[special.last]! };
      found.push({ sentence, text: text.slice(span.start, span.end), span, value: hedge ? `${special.value}${hedge.mark}` : special.value });
      i = special.last;
      continue;
    }
    if (words.kind[i] === 'number' && namesByNumber(words, text, i)) continue;
    if (words.kind[i] === 'number') {
      const token = wordAt(words, text, i);
      // "bis Ende 2028", "in 2024": a year says when, so it is a date, not a figure.
      value = isYear(token) ? `d:${token}` : numericValue(token);
    } else {
      // Runs for every word of every sentence: one lookup, no string unless the word is a figure.
      const dash = word.indexOf('-');
      if (dash < 0) value = wordValueOf.get(word) ?? germanNumberValue(word) ?? germanDurationValue(word);
      else {
        // "twenty-three" is 23; "three-mile", "five-year" give the figure before the dash.
        value = englishTensAndUnit(word, dash) ?? numberValueOf.get(word.slice(0, dash)) ?? vagueValueOf.get(word) ?? (calendarWords.has(word) ? `d:${word}` : null);
        // "mid-March", "early-June": a part of a month, as a date of its own.
        const month = word.slice(dash + 1);
        if (value === null && monthNames.has(month) && monthParts.has(word.slice(0, dash))) value = `d:${word}`;
      }
      if (value === null) continue;
      if (value.startsWith('s:')) {
        value = isSeasonDate(words, text, i) ? `d:${value.slice(2)}` : null;
        // "kommenden Frühjahr", "next spring": the word that places the season is part of its text.
        if (value !== null && seasonPlacers.has(lower[i - 1]!)) first = i - 1;
      } else if (monthNames.has(word) && value.startsWith('d:') && yearAfter(words, text, i)) {
        // "April 2027" is one date, not a month and a figure.
        last = i + 1;
        value = `${value}-${lower[i + 1]}`;
      } else if (value.startsWith('r:')) {
        first = placedSpanStart(words, text, i);
        value = first < 0 ? null : spanValue(lower, first, i, value.slice(2));
      }
    }
    if (!value) continue;
    if (value.startsWith('n:') && last === i) {
      // "a dozen", "eine Million": the article is the multiplier's figure.
      if (i > 0 && scaleOf.has(word) && figureArticles.has(lower[i - 1]!) && spaced(words, text, i - 1, i)) first = i - 1;
      last = multipliedEnd(words, text, i);
      if (last > i) value = `n:${rounded(multiplied(words, i, last, Number(value.slice(2))))}`;
    }
    // "fünf Prozent", "24 Monate", "mehrere Stunden": the unit is part of how the figure is told
    // (digits carry "Prozent" and "Euro" in their token already; words and durations do not).
    const count = value.startsWith('n:') || value.startsWith('vague');
    if (count && last + 1 < lower.length && figureUnits.has(lower[last + 1]!) && spaced(words, text, last, last + 1)) last++;
    // "thousands more", "2,000 more jobs": the quantity is told as an addition.
    if (count && lower[last + 1] === 'more' && spaced(words, text, last, last + 1)) last++;
    const hedge = value.startsWith('n:') || value.startsWith('time:') ? hedgeBefore(words, first) : null;
    // "a 48-hour strike" and "a two-day strike", "24 Monate" and "zwei Jahre": one length of time.
    if (value.startsWith('n:')) {
      const hours = hoursPerUnit(words, text, i, last);
      if (hours !== null) value = `dur:${rounded(Number(value.slice(2)) * hours)}h`;
    }
    let start = hedge?.start ?? words.start[first]!;
    const startWord = hedge ? words.start.indexOf(start) : first;
    if (count) {
      // "vor wenigen Jahren", "vor gut zwei Monaten", "two weeks ago": a duration told back from now.
      if (durationUnits.has(lower[last]!) && startWord > 0 && lower[startWord - 1] === 'vor' && spaced(words, text, startWord - 1, startWord)) start = words.start[startWord - 1]!;
      else if (durationUnits.has(lower[last]!) && lower[last + 1] === 'ago' && spaced(words, text, last, last + 1)) last++;
      // "geht in die Millionen", "ran into the thousands": a magnitude reached, not a figure.
      else if (value.startsWith('vague') && startWord >= 2 && magnitudeLeads.has(`${lower[startWord - 2]} ${lower[startWord - 1]}`) && spaced(words, text, startWord - 2, startWord - 1) && spaced(words, text, startWord - 1, startWord)) {
        start = words.start[startWord - 2]!;
      }
    }
    // A hedged figure is not the plain one: "rund 120" against "120" is a difference in certainty.
    if (hedge) value = `${value}${hedge.mark}`;
    const end = words.end[last]!;
    i = last;
    const previous = found[found.length - 1];
    // "tens of thousands", "mehrere Hunderttausend": the vague word and the figure it blurs are one
    // quantity, reported as one unspecific quantity of both magnitudes (a figure before a vague word
    // is not: "in 2024 several ships").
    if (previous?.value.startsWith('vague') && !value.startsWith('d:')) {
      const between = text.slice(previous.span.end, start).trim().toLowerCase();
      if (between === '' || vagueJoints.has(between)) {
        previous.span = { start: previous.span.start, end };
        previous.text = text.slice(previous.span.start, previous.span.end);
        // "some 40 people" is about 40, a hedged figure; "several thousand" stays vague.
        const hedging = previous.value === 'vague' && between === '' && (value.startsWith('n:') || value.startsWith('dur:')) && hedgingVague.has(words.lower[first - 1] ?? '');
        previous.value = hedging ? `${value.replace(/~>?$/, '')}~` : vagueValue(rounded(magnitudeOf(previous.value) * magnitudeOf(value)));
        continue;
      }
    }
    found.push({ sentence, text: text.slice(start, end), span: { start, end }, value });
  }
  return found;
}

/** Letters that make the figure before them an ordinal: "11th", "22nd" (a place, not a count). */
const ordinalSuffixes = new Set(['st', 'nd', 'rd', 'th']);
const isShortFigure = (token: string): boolean => /^\d{1,2}$/.test(token);
/** A count a share is written in: "11 of 17", "1 in 5". */
const isCount = (token: string): boolean => /^\d{1,3}$/.test(token);

/** A figure of its own kind at word `i`, up to word `last`; `hedgeable` when "about" may blur it. */
interface SpecialFigure {
  /** The figure's first word when words before `i` belong to it ("since 2014"). */
  first?: number;
  last: number;
  value: string;
  hedgeable: boolean;
}

/**
 * A result, a place, a time of day or a share at word `i`, which are figures of their own: "3-0"
 * (two short figures joined by a dash) is one score, not a 3 and a 0; "11th" is a place, and "up
 * to" before it a movement, not a hedge; "4.10am" is a time; "one in four", "a third", "jeder
 * Vierte" are shares. Null for any other word (most words: one lookup or a character test).
 */
function specialFigureAt(words: Words, text: string, i: number): SpecialFigure | null {
  const { lower } = words;
  if (words.kind[i] !== 'number') {
    // Runs for every word: one lookup rejects the words that start no figure of these kinds.
    if (!figureStarts.has(lower[i]!)) return null;
    return monthDayAt(words, text, i) ?? monthPartAt(words, text, i) ?? halfHourAt(words, text, i) ?? shareWordsAt(lower, i, words, text);
  }
  const token = wordAt(words, text, i);
  // "since 2014", "seit 2014": a year as the start of a period, not the year itself.
  if (isYear(token) && i > 0 && (lower[i - 1] === 'since' || lower[i - 1] === 'seit') && spaced(words, text, i - 1, i)) {
    return { first: i - 1, last: i, value: `since:${token}`, hedgeable: false };
  }
  if (i + 1 >= lower.length) return null;
  const between = text.slice(words.end[i]!, words.start[i + 1]!);
  const next = lower[i + 1]!;
  // "1. März 2027", "12 March": a day of a month is one date (the year, if given, with it).
  if (isDay(token) && (between === '. ' || between === ' ') && (between === ' ' ? englishMonths : monthNames).has(next)) {
    return { last: yearAfter(words, text, i + 1) ? i + 2 : i + 1, value: `d:${next}-${Number(token)}`, hedgeable: false };
  }
  // "between 45 and 55", "zwischen 45 und 55": a range is one figure.
  if (i > 0 && rangeOpeners.has(lower[i - 1]!) && (next === 'and' || next === 'und') && words.kind[i + 2] === 'number') {
    if (spaced(words, text, i - 1, i) && spaced(words, text, i, i + 1) && spaced(words, text, i + 1, i + 2)) {
      return { first: i - 1, last: i + 2, value: `range:${numericValue(token)}-${numericValue(wordAt(words, text, i + 2))}`, hedgeable: false };
    }
  }
  if (isShortFigure(token)) {
    if (words.kind[i + 1] === 'number' && (between === '-' || between === '–') && isShortFigure(next)) return { last: i + 1, value: `score:${token}-${next}`, hedgeable: false };
    if (between === '' && ordinalSuffixes.has(next)) return { last: i + 1, value: `rank:${token}`, hedgeable: false };
  }
  const clock = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(token);
  // "4am", "4.10am", "10 pm"; a spaced "am" is German as often ("3 am Flughafen").
  if (clock && ((between === '' && next === 'am') || ((between === '' || between === ' ') && next === 'pm'))) {
    const hour = (Number(clock[1]) % 12) + (next === 'pm' ? 12 : 0);
    return { last: i + 1, value: `time:${hour}:${clock[2] ?? '00'}`, hedgeable: true };
  }
  // "3:15 a.m.", "11:40 p.m.": the dotted forms, as one time with the "3.15am" of another outlet.
  const dotted = clock && clock[2] !== undefined ? /^ ?([ap])\.m\./i.exec(text.slice(words.end[i])) : null;
  if (clock && dotted) {
    const hour = (Number(clock[1]) % 12) + (dotted[1]!.toLowerCase() === 'p' ? 12 : 0);
    let last = i;
    while (last + 1 < lower.length && words.start[last + 1]! < words.end[i]! + dotted[0].length) last++;
    return { last, value: `time:${hour}:${clock[2]}`, hedgeable: true };
  }
  // "14:35": hours and minutes by a colon are a time of day (a score takes a dash, a ratio no two digits).
  if (clock && token.includes(':') && Number(clock[1]) <= 23 && Number(clock[2]) <= 59) {
    return { last: i, value: `time:${Number(clock[1])}:${clock[2]}`, hedgeable: true };
  }
  // "1 in 5", "11 of 17": a share in digits.
  if (isCount(token) && (next === 'in' || next === 'of' || next === 'von') && i + 2 < lower.length && isCount(lower[i + 2]!)) {
    if (spaced(words, text, i, i + 1) && spaced(words, text, i + 1, i + 2)) return { last: i + 2, value: shareValue(Number(token), Number(lower[i + 2])), hedgeable: true };
  }
  return null;
}

const isYear = (token: string): boolean => /^(?:19|20)\d\d$/.test(token);
/** Whether word `k + 1` is a year joined to word `k` by spaces: "März 2027", "1. März 2027". */
const yearAfter = (words: Words, text: string, k: number): boolean =>
  k + 1 < words.lower.length && isYear(words.lower[k + 1]!) && spaced(words, text, k, k + 1);
/** A day of a month as written in digits: 1 to 31. */
const isDay = (token: string): boolean => /^(?:[1-9]|[12]\d|3[01])$/.test(token);
/** Words that open a range closed by "and"/"und": "between 45 and 55". */
const rangeOpeners = new Set(['between', 'zwischen']);
/** Parts of a year or a month named with "of", keyed as the German ones: "the end of 2028" is "Ende 2028". */
const yearPartsWithOf = new Map([['end', 'ende'], ['start', 'anfang'], ['beginning', 'anfang'], ['middle', 'mitte']]);
/** Parts of a month written before it, with the key they compare by: "Mitte Dezember", "early March". */
const monthPartWords = new Map([
  ['anfang', 'anfang'], ['mitte', 'mitte'], ['ende', 'ende'], ['early', 'early'], ['mid', 'mid'], ['late', 'late'],
]);
/** Units of a duration: a figure of them after "vor" or before "ago" says when. */
const durationUnits = new Set([
  'monate', 'monaten', 'jahre', 'jahren', 'wochen', 'tage', 'tagen', 'stunden', 'minuten',
  'months', 'years', 'weeks', 'days', 'hours', 'minutes',
]);
/** Words after a number of years that make it an age. */
const ages = new Set(['alt', 'alte', 'alter', 'alten', 'altes', 'old']);

/** Hours in a unit of time, by its word (plural after a figure, singular in "48-hour", "two-day"). */
const unitHours = new Map<string, number>([
  ...['minuten', 'minutes', 'minute'].map((w): [string, number] => [w, 1 / 60]),
  ...['stunden', 'hours', 'hour'].map((w): [string, number] => [w, 1]),
  ...['tage', 'tagen', 'days', 'day'].map((w): [string, number] => [w, 24]),
  ...['wochen', 'weeks', 'week'].map((w): [string, number] => [w, 168]),
  ...['monate', 'monaten', 'months', 'month'].map((w): [string, number] => [w, 730]),
  ...['jahre', 'jahren', 'years', 'year'].map((w): [string, number] => [w, 8760]),
]);

/**
 * The hours in one unit of the length of time the figure from word `i` to `last` tells, or null
 * when it tells none: its last word is a unit ("48 hours", "zwei Jahre"), its own word carries one
 * after a dash ("two-day"), or one follows its digits after a dash ("48-hour"). An age is no
 * length of time here ("a 36-year-old", "ein 71 Jahre alter Mann"): another outlet gives it as "36".
 */
function hoursPerUnit(words: Words, text: string, i: number, last: number): number | null {
  // "ein 71 Jahre alter Mann", "47 years old": an age, as "(71)" and "71-jährig" are elsewhere.
  if (last > i) return ages.has(words.lower[last + 1] ?? '') ? null : (unitHours.get(words.lower[last]!) ?? null);
  const word = words.lower[i]!;
  const dash = word.indexOf('-');
  if (dash > 0) return unitHours.get(word.slice(dash + 1)) ?? null;
  if (words.kind[i] === 'word') return germanDurationHours(word);
  // "48-hour", "48-stündiger"; not "36-year-old" nor "71-jährige", which are ages.
  const after = /^-(?:(minute|hour|day|week|month|year)\b(?!-old|s? old)|(minütig|stündig|tägig|wöchig|monatig))/.exec(text.slice(words.end[i]!, words.end[i]! + 16).toLowerCase());
  if (!after) return null;
  return after[1] ? unitHours.get(after[1])! : adjectiveHours.get(after[2]!)!;
}

/** German adjectives of a length of time, by their unit ("zweitägig", "48-stündig"); "-jährig" is left out, as ages use it. */
const adjectiveHours = new Map<string, number>([['minütig', 1 / 60], ['stündig', 1], ['tägig', 24], ['wöchig', 168], ['monatig', 730]]);
const durationAdjective = /^(\p{L}+?)(minütig|stündig|tägig|wöchig|monatig)(?:e|er|en|em|es)?$/u;

/** "zweitägiger", "dreiwöchige": the number a German adjective of a length of time starts with, as 'n:…', else null. */
function germanDurationValue(word: string): string | null {
  if (word.length < 8 || !word.includes('ig')) return null;
  const match = durationAdjective.exec(word);
  if (!match) return null;
  const head = match[1]!;
  const value = head === 'ein' ? 1 : (numberOf.get(head) ?? germanThousands(head));
  return value === null || value === undefined ? null : `n:${value}`;
}

/** The hours in the unit of a German adjective of a length of time ("zweitägiger" → 24), else null. */
function germanDurationHours(word: string): number | null {
  if (!word.includes('ig')) return null;
  const match = durationAdjective.exec(word);
  return match ? adjectiveHours.get(match[2]!)! : null;
}

/**
 * Units told with a figure: "fünf Prozent", "zero percent", "24 Monate", "two years". A duration's
 * value is its length in hours (hoursPerUnit), so "24 Monate" is "zwei Jahre".
 */
const figureUnits = new Set(['prozent', 'percent', 'euro', 'dollar', 'pfund', 'pounds', ...durationUnits]);
/** Words before a vague magnitude that make it one reached: "in die Millionen", "into the thousands". */
const magnitudeLeads = new Set(['in die', 'into the', 'in the']);

/** Whether word `i` is a month: "May" and "March" only capitalised as written (else a verb). */
function isMonthAt(words: Words, text: string, i: number): boolean {
  const word = words.lower[i]!;
  if (monthNames.has(word)) return true;
  return englishMonths.has(word) && text.charCodeAt(words.start[i]!) <= 90;
}

/** "Mitte Dezember", "early March", "Ende Mai 2027", "Ende 2028": a part of a month or a year, as a date of its own. */
function monthPartAt(words: Words, text: string, i: number): SpecialFigure | null {
  // "the end of 2028", "the start of March": an English part named with "of".
  const ofPart = yearPartsWithOf.get(words.lower[i]!);
  if (ofPart !== undefined && words.lower[i + 1] === 'of' && i + 2 < words.lower.length && spaced(words, text, i, i + 1) && spaced(words, text, i + 1, i + 2)) {
    const yearOrMonth = (words.kind[i + 2] === 'number' && isYear(words.lower[i + 2]!)) || isMonthAt(words, text, i + 2);
    if (yearOrMonth) return { last: i + 2, value: `d:${ofPart}-${words.lower[i + 2]}`, hedgeable: false };
  }
  const part = monthPartWords.get(words.lower[i]!);
  if (part === undefined || i + 1 >= words.lower.length || !spaced(words, text, i, i + 1)) return null;
  // "Ende 2028", "late 2023": a part of a year.
  if (words.kind[i + 1] === 'number' && isYear(words.lower[i + 1]!)) return { last: i + 1, value: `d:${part}-${words.lower[i + 1]}`, hedgeable: false };
  if (!isMonthAt(words, text, i + 1)) return null;
  const month = words.lower[i + 1]!;
  const withYear = yearAfter(words, text, i + 1);
  return { last: withYear ? i + 2 : i + 1, value: `d:${part}-${month}${withYear ? `-${words.lower[i + 2]}` : ''}`, hedgeable: false };
}

/** The hours of the German clock in words: "halb sechs" is 5.30. */
const clockHours = new Map<string, number>([
  ['eins', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9],
  ['zehn', 10], ['elf', 11], ['zwölf', 12],
]);

/** "halb sechs", "halb 6": half an hour before the hour, as a time of day. */
function halfHourAt(words: Words, text: string, i: number): SpecialFigure | null {
  const { lower } = words;
  if (lower[i] !== 'halb' || i + 1 >= lower.length || !spaced(words, text, i, i + 1)) return null;
  const next = lower[i + 1]!;
  const hour = clockHours.get(next) ?? (words.kind[i + 1] === 'number' && /^(?:[1-9]|1[0-2])$/.test(next) ? Number(next) : undefined);
  return hour === undefined ? null : { last: i + 1, value: `time:${hour - 1}:30`, hedgeable: true };
}

/**
 * "March 12", "May 3, 2027": an English month written before its day, as one date. "May" and
 * "March" only capitalised as written (else they are a verb).
 */
function monthDayAt(words: Words, text: string, i: number): SpecialFigure | null {
  const { lower } = words;
  const month = lower[i]!;
  if (!englishMonths.has(month) || i + 1 >= lower.length || words.kind[i + 1] !== 'number' || !isMonthAt(words, text, i)) return null;
  const day = lower[i + 1]!;
  if (!isDay(day) || !spaced(words, text, i, i + 1)) return null;
  const between = i + 2 < lower.length ? text.slice(words.end[i + 1]!, words.start[i + 2]!) : '';
  const withYear = (between === ', ' || between === ' ') && isYear(lower[i + 2] ?? '');
  return { last: withYear ? i + 2 : i + 1, value: `d:${month}-${Number(day)}`, hedgeable: false };
}
/** Vague words that hedge a figure right after them ("some 40"), rather than blur its magnitude. */
const hedgingVague = new Set(['some']);
/** Parts of a month written before it with a dash: "mid-March", "early-June". */
const monthParts = new Set(['mid', 'early', 'late', 'end']);
/** Words that place a season in time, kept in its text: "kommenden Frühjahr", "next spring". */
const seasonPlacers = new Set([
  'kommenden', 'nächsten', 'letzten', 'vergangenen', 'vorigen', 'diesen', 'dieses', 'next', 'last', 'this', 'early', 'late',
]);

/** A share as its percentage, so "one in four", "a quarter" and "jeder Vierte" agree. */
const shareValue = (part: number, whole: number): string => `share:${rounded(Math.round((1000 * part) / whole) / 10)}`;

/** Words that name a share of a whole: "a third", "zwei Drittel", "half". */
const fractionNouns = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['tenth', 10], ['hälfte', 2], ['drittel', 3], ['viertel', 4], ['fünftel', 5], ['zehntel', 10],
]);
/** What counts the parts before a fraction noun or "in": "a" and "one" are one part. */
const partWords = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['ein', 1], ['eine', 1], ['einer', 1], ['die', 1], ['two', 2], ['three', 3], ['zwei', 2], ['drei', 3],
]);
/** "jeder Vierte", "jede fünfte": one in as many as the ordinal says. */
const everyWords = new Set(['jeder', 'jede', 'jedes', 'jeden', 'jedem']);
const ordinalWords = new Map<string, number>([
  ['zweite', 2], ['dritte', 3], ['vierte', 4], ['fünfte', 5], ['sechste', 6], ['zehnte', 10],
]);

/** Every word that may start a share or a half multiplier: one lookup rejects all other words. */
const shareStarts = new Set([...everyWords, 'half', 'der', 'die', ...figureArticles, ...numberOf.keys(), ...partWords.keys()]);

/** Every word a special figure written in words may start with: one lookup rejects all other words. */
const figureStarts = new Set([...englishMonths, ...monthPartWords.keys(), ...yearPartsWithOf.keys(), 'halb', ...shareStarts]);

function shareWordsAt(lower: string[], i: number, words: Words, text: string): SpecialFigure | null {
  const word = lower[i]!;
  const next = lower[i + 1];
  if (next === undefined || !shareStarts.has(word)) return null;
  const joined = (b: number) => spaced(words, text, b - 1, b);
  if (everyWords.has(word)) {
    const whole = ordinalWords.get(next.replace(/n$/, ''));
    return whole !== undefined && joined(i + 1) ? { last: i + 1, value: shareValue(1, whole), hedgeable: true } : null;
  }
  // "half of the votes", "der Hälfte": a half without a counting word.
  if ((word === 'half' && next === 'of') || ((word === 'der' || word === 'die') && next === 'hälfte' && joined(i + 1))) {
    return { last: word === 'half' ? i : i + 1, value: shareValue(1, 2), hedgeable: true };
  }
  // "half a million", "eine halbe Million": half the multiplier.
  const halfOf = (b: number) => (b < lower.length && joined(b) ? scaleOf.get(lower[b]!) : undefined);
  if (word === 'half' && next === 'a' && joined(i + 1)) {
    const scale = halfOf(i + 2);
    if (scale !== undefined) return { last: i + 2, value: `n:${rounded(scale / 2)}`, hedgeable: true };
  }
  if (figureArticles.has(word) && (next === 'halbe' || next === 'halben') && joined(i + 1)) {
    const scale = halfOf(i + 2);
    if (scale !== undefined) return { last: i + 2, value: `n:${rounded(scale / 2)}`, hedgeable: true };
  }
  // "Eleven of 17", "four of the seven", "zwei von drei": a share in counts.
  const count = numberOf.get(word) ?? partWords.get(word);
  if (count !== undefined && count <= 100 && (next === 'of' || next === 'von') && joined(i + 1) && i + 2 < lower.length && joined(i + 2)) {
    const at = (lower[i + 2] === 'the' || lower[i + 2] === 'den') && i + 3 < lower.length && joined(i + 3) ? i + 3 : i + 2;
    const whole = numberOf.get(lower[at]!) ?? (isCount(lower[at]!) ? Number(lower[at]) : undefined);
    if (whole !== undefined && whole > count && whole <= 1000) return { last: at, value: shareValue(count, whole), hedgeable: true };
  }
  const parts = partWords.get(word);
  if (parts === undefined) return null;
  const whole = fractionNouns.get(next);
  // "die Hälfte" is half; "die" before any other fraction noun is an article of it ("die drei Viertel").
  if (whole !== undefined && joined(i + 1) && (word !== 'die' || whole === 2)) return { last: i + 1, value: shareValue(parts, whole), hedgeable: true };
  // "one in four", "two in three" (numbers in words).
  if (next === 'in' && word !== 'a' && word !== 'an' && word !== 'die' && joined(i + 1) && i + 2 < lower.length && joined(i + 2)) {
    const of = numberOf.get(lower[i + 2]!);
    if (of !== undefined && of <= 20) return { last: i + 2, value: shareValue(parts, of), hedgeable: true };
  }
  return null;
}

/**
 * The last word of the figure at `i` with the multipliers after it: a magnitude letter right after
 * the digits ("£1.2m", "500k"), then scale words ("zwei Dutzend", "two hundred thousand", "3 Mio").
 */
function multipliedEnd(words: Words, text: string, i: number): number {
  const { lower } = words;
  let last = i;
  if (words.kind[i] === 'number' && i + 1 < lower.length && words.start[i + 1] === words.end[i] && suffixOf.has(lower[i + 1]!)) {
    // A lone "m" or "k" is a magnitude only on money ("£1.2m"): "a 30m yacht" is metres long.
    if (lower[i + 1]!.length > 1 || isMoney(text, words.start[i]!)) last++;
  }
  while (last + 1 < lower.length && scaleOf.has(lower[last + 1]!) && spaced(words, text, last, last + 1)) last++;
  return last;
}

/** Whether a currency sign starts the figure at `start` or stands right before it. */
const isMoney = (text: string, start: number): boolean => /[£$€¥]/.test(text.slice(Math.max(0, start - 1), start + 1));

/** The figure `figure` of word `i` times the multipliers after it up to word `last` (see multipliedEnd). */
function multiplied(words: Words, i: number, last: number, figure: number): number {
  for (let k = i + 1; k <= last; k++) figure *= scaleOf.get(words.lower[k]!) ?? suffixOf.get(words.lower[k]!)!;
  return figure;
}

/**
 * Whether the season at `i` is a date: after a word that makes it one ("im Sommer", "this
 * spring"), or after "the"/"den" that follows one ("in the summer", "über den Winter").
 */
function isSeasonDate(words: Words, text: string, i: number): boolean {
  const { lower } = words;
  if (i === 0 || !spaced(words, text, i - 1, i)) return false;
  const before = lower[i - 1]!;
  if (seasonLeads.has(before)) return true;
  if ((before !== 'the' && before !== 'den') || i < 2 || !spaced(words, text, i - 2, i - 1)) return false;
  const lead = lower[i - 2]!;
  return seasonLeadsBeforeArticle.has(lead) && (!ambiguousSeasons.has(lower[i]!) || lead === 'in');
}

/**
 * The first word of the date that the span of time at `i` closes, or -1 when nothing places it:
 * "letzte Woche", "Anfang dieser Woche", "earlier this week", "Ende der Woche", "the end of the
 * month"; not "eine Woche", "a week", nor "the last week" (an order: see spanOrderWords).
 */
function placedSpanStart(words: Words, text: string, i: number): number {
  const { lower } = words;
  if (i === 0 || !spaced(words, text, i - 1, i)) return -1;
  if (spanModifierOf.has(lower[i - 1]!)) {
    if (i < 2 || !spaced(words, text, i - 2, i - 1)) return i - 1;
    if (spanOrderWords.has(lower[i - 2]!)) return -1;
    return spanEdges.has(lower[i - 2]!) ? i - 2 : i - 1;
  }
  // "Ende der Woche", "Anfang des Monats"; "end of the month".
  let part = -1;
  if (lower[i - 1] === 'der' || lower[i - 1] === 'des') part = i - 2;
  else if (lower[i - 1] === 'the' && lower[i - 2] === 'of') part = i - 3;
  if (part < 0 || !spanPartOf.has(lower[part]!)) return -1;
  for (let k = part; k < i; k++) if (!spaced(words, text, k, k + 1)) return -1;
  return part;
}

/** The key of a placed span ('d:letzte woche', 'd:ende woche'): what places it and the span, not the edge. */
function spanValue(lower: string[], first: number, i: number, span: string): string {
  const modifier = spanModifierOf.get(lower[i - 1]!);
  return modifier ? `d:${modifier} ${span}` : `d:${spanPartOf.get(lower[first]!)} ${span}`;
}

/** The hedge before figure `i`, if one stands there: where it starts and its mark ('~' an estimate, '~>' a floor). */
function hedgeBefore(words: Words, i: number): { start: number; mark: string } | null {
  const { lower, start } = words;
  if (i >= 2) {
    const side = approximators.get(`${lower[i - 2]} ${lower[i - 1]}`);
    if (side !== undefined) return { start: degreeBefore(words, i - 2), mark: `~${side}` };
  }
  const side = i >= 1 ? approximators.get(lower[i - 1]!) : undefined;
  return side === undefined ? null : { start: degreeBefore(words, i - 1), mark: `~${side}` };
}

/** Words that say how far a floor or a ceiling is passed: "weit über 100", "well over 40", "deutlich mehr als". */
const degreeWords = new Set(['weit', 'deutlich', 'erheblich', 'well', 'far', 'significantly', 'slightly', 'leicht']);

/** Where a hedge starting at word `h` starts with the degree word before it, if one stands there. */
function degreeBefore(words: Words, h: number): number {
  return h >= 1 && degreeWords.has(words.lower[h - 1]!) ? words.start[h - 1]! : words.start[h]!;
}

/**
 * The first three texts (quoted, each once) of the other side's figures to set against ours:
 * figures both sides give ('Monday' in both) are no contrast, only the other side's own are named.
 * A date is set against dates; a figure against the figures alike to it (alikeFigures), so a note
 * says "gives 'rund 40'", not "gives 'rund 40', 'etwa 480'" for 41 branches against 480 staff, and
 * "gives no such figure" where the other side's figures count other things.
 * Looks along the few figures of a side, where a Set of our values was made for every cue.
 */
function figuresNotIn(signal: Signal, theirs: Signal[], ours: Signal[], dates: boolean): string[] {
  const own: Signal[] = [];
  for (const figure of theirs) {
    // A date is contrasted with dates, a figure with figures: not "gives the date 'Sunday';
    // the other gives 'six'".
    if (isDate(figure.value) !== dates || hasValue(ours, figure.value)) continue;
    own.push(figure);
  }
  const named: string[] = [];
  for (const figure of dates ? own : alikeFigures(signal, own)) {
    if (named.length === 3) break;
    const quoted = `'${figure.text}'`;
    if (!named.includes(quoted)) named.push(quoted);
  }
  return named;
}

/**
 * Of the other side's figures, those a reader would set against ours: of the same kind (a rate of
 * 4.50 percent against "five" votes, or 41 years against a dozen people, is no contrast), then those that count the same
 * thing when any does (the word after the figure: "41 Filialen" / "rund 40 Filialen", "Sechs von
 * ihnen" / "mehrere von ihnen"), else those of about the same size (within a factor of ten; a
 * vague "mehrere", and a share told in words, are of any size).
 */
function alikeFigures(signal: Signal, theirs: Signal[]): Signal[] {
  const ours = traitsOf(signal);
  const sameKind = theirs.filter((figure) => {
    const other = traitsOf(figure).kind;
    return other === ours.kind || other === 'either' || ours.kind === 'either';
  });
  if (ours.counted !== null) {
    const sameThing = sameKind.filter((figure) => sameCountedWord(ours.counted!, traitsOf(figure).counted));
    if (sameThing.length > 0) return sameThing;
  }
  // A share's size is a percentage, not a count: "almost a third" may answer "About 950 of 2,970".
  const size = ours.kind === 'either' ? null : ours.size;
  if (size === null) return sameKind;
  return sameKind.filter((figure) => {
    const other = traitsOf(figure);
    return other.kind === 'either' || other.size === null || aboutAsLarge(size, signal.value, other.size, figure.value);
  });
}

/** What a note reads of a figure to match it with another outlet's: its kind, what it counts, its size. */
interface FigureTraits {
  kind: 'percent' | 'duration' | 'count' | 'either';
  counted: string | null;
  size: number | null;
}

/**
 * A figure's traits, read once: in a unit of twenty outlets each figure is set against the
 * figures of every other side, cue after cue.
 */
const traitsCache = new WeakMap<Signal, FigureTraits>();
function traitsOf(figure: Signal): FigureTraits {
  let traits = traitsCache.get(figure);
  if (!traits) traitsCache.set(figure, (traits = { kind: figureKind(figure), counted: countedWord(figure), size: sizeOf(figure.value) }));
  return traits;
}

/**
 * Whether two sizes are of one order: within a factor of ten, or, for a vague quantity of a
 * magnitude ("Tausende", "in die Millionen"), from a tenth of it to a thousand times it (tens of
 * thousands are thousands, 15 million is "in die Millionen").
 */
function aboutAsLarge(a: number, aValue: string, b: number, bValue: string): boolean {
  if (a === b) return true;
  if (a <= 0 || b <= 0) return false;
  const ratio = b / a;
  if (aValue.startsWith('vague:')) return ratio >= 0.1 && ratio < 1000;
  if (bValue.startsWith('vague:')) return ratio > 0.001 && ratio <= 10;
  return ratio >= 0.1 && ratio <= 10;
}

/**
 * What a figure measures, as far as its words tell: a share in percent ("6.2 percent", "40 %", "um
 * 3 Prozent"), a duration ("41 Jahre", "gut zwei Stunden", "jahrelang"), or a count; a share told in
 * words ("a third", "Five of the nine") may stand against a percent or a count.
 */
function figureKind(figure: Signal): 'percent' | 'duration' | 'count' | 'either' {
  if (figure.value.startsWith('share:')) return 'either';
  // "since 2008" tells how long, as "18 years" does.
  if (figure.value.startsWith('since:') || figure.value.startsWith('dur:')) return 'duration';
  const text = figure.text.toLowerCase();
  const after = figure.sentence.text.slice(figure.span.end, figure.span.end + 12).toLowerCase();
  if (/%|per ?cent|prozent/.test(text) || /^\s*(?:%|per ?cent|prozent)/.test(after)) return 'percent';
  const lastWord = /[\p{L}]+$/u.exec(text)?.[0] ?? '';
  if (isDurationWord(lastWord) || /^-(?:year|month|week|day|hour|minute)\b/.test(after)) return 'duration';
  return 'count';
}

/** German units of time in the singular, which no figure but "ein" takes ("ein Jahr"); unitHours has the rest. */
const germanSingularUnits = new Set(['jahr', 'monat', 'woche', 'tag', 'stunde']);

/** A unit of time, one or many ("week" in "seven-week", "Stunden"), or a duration told in one word ("jahrelang"). */
const isDurationWord = (word: string): boolean => unitHours.has(word) || germanSingularUnits.has(word) || /.lang$/.test(word);

/** Words between a figure and what it counts ("Thousands of people", "sechs von ihnen"). */
const countedSkips = new Set(['of', 'the', 'von', 'der', 'die', 'das', 'den', 'dem', 'des']);

/** The word after the figure that says what it counts, lower case ("Filialen" in "41 Filialen"), or null at the clause's end. */
function countedWord(figure: Signal): string | null {
  const text = figure.sentence.text;
  const words = wordsOf(figure.sentence, text);
  let i = words.start.findIndex((start) => start >= figure.span.end);
  if (i < 0 || /[,;:.!?]/.test(text.slice(figure.span.end, words.start[i]))) return null;
  while (i < words.lower.length - 1 && countedSkips.has(words.lower[i]!)) i++;
  return words.kind[i] === 'word' ? words.lower[i]! : null;
}

/** The same counted thing: the same word, or the same first five letters (Filiale / Filialen, officer / officers). */
function sameCountedWord(a: string, b: string | null): boolean {
  return b !== null && (a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)));
}

/** Kinds of value that carry a size after their colon. */
const sizedValues = new Set(['n', 'vague', 'range', 'share', 'dur']);

/** A figure's size from its value ('n:41', 'n:40~', 'vague:1000', 'range:3-5', 'dur:48h'), or null when it has none ('vague', a score, a place). */
function sizeOf(value: string): number | null {
  const colon = value.indexOf(':');
  if (colon < 0 || !sizedValues.has(value.slice(0, colon))) return null;
  const figure = parseFloat(value.slice(colon + 1));
  return Number.isFinite(figure) ? figure : null;
}

/** Dates and times of day, as against figures and quantities. */
const isDate = (value: string): boolean => value.startsWith('d:') || value.startsWith('time:');

export function numberCues(sides: Side[]): Cue[] {
  const signals = sides.map((side) => sentenceSignals(side, figuresOf));
  return differingCues('number', sides, signals, (signal, side, lacking) => {
    const ours = signals[sides.indexOf(side)]!;
    const date = isDate(signal.value);
    const time = signal.value.startsWith('time:');
    const others = lacking.slice(0, 3).map((other) => {
      const theirs = figuresNotIn(signal, signals[sides.indexOf(other)]!, ours, date);
      return theirs.length > 0 ? `${outletOf(other)} gives ${theirs.join(', ')}` : `${outletOf(other)} gives no such ${time ? 'time' : date ? 'date' : 'figure'}`;
    });
    const what = signal.value.startsWith('vague')
      ? 'an unspecific quantity'
      : time ? 'the time' : date ? 'the date' : signal.value.startsWith('score:') ? 'the score' : signal.value.startsWith('rank:') ? 'the place' : 'the figure';
    const more = lacking.length > 4 ? `; ${lacking.length - 3} others differ too` : lacking.length === 4 ? '; 1 other differs too' : '';
    return `${outletOf(side)} gives ${what} '${signal.text}'; ${others.join('; ')}${more}.`;
  });
}
