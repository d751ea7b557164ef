// Label: different names for the same actor or thing (Kreml / Moskau / Russland, Krieg /
// Konflikt, strike / walkout). A cue only when two outlets both name the thing, differently.
import type { Cue } from '../../model.js';
import { labelGroups, sameLabel } from '../lexicon/labels.js';
import { type Lexicon, type LexiconEntry, compileLexicon, findLexicon, overlapping, wordsOf } from '../lexicon/match.js';
import { type Side, type Signal, differingCues, outletOf } from './side.js';

/** Every variant of every group as a lexicon entry, valued by its group and the choice it names. */
const labelEntries: LexiconEntry[] = Object.entries(labelGroups).flatMap(([group, variants]) =>
  variants.map((pattern) => ({ pattern, value: `${group}:${sameLabel[pattern] ?? pattern.replace(/\*/g, '')}` })),
);

let lexicon: Lexicon | null = null;

function variantsOf(side: Side): Signal[] {
  lexicon ??= compileLexicon(labelEntries);
  const signals: Signal[] = [];
  for (const sentence of side.sentences) {
    const found = findLexicon(sentence, sentence.text, lexicon);
    for (const m of found) if (!placeNotActor(sentence.text, m.span.start, m.value)) signals.push({ sentence, text: m.text, span: m.span, value: m.value });
    for (const tail of hyphenTails(sentence)) if (!found.some((m) => overlapping(m, tail))) signals.push(tail);
  }
  return signals;
}

/** Label groups whose variants are also places: Moskau is the Kremlin's seat and a city. */
const placeGroups = new Set(['russia', 'usa']);
/** Prepositions of place: "sagte Peskow in Moskau", "talks in Washington" say where, not who. */
const placePrepositions = /(?:^|[^\p{L}])(?:in|aus|nach|bei|to|from|at)\s+$/iu;

/**
 * Whether a capital or country name stands as a place, not as the actor another outlet names with
 * "Kreml" or "White House": after a preposition of place, or as a dateline opening the sentence
 * ("Washington (dpa) …").
 */
function placeNotActor(text: string, start: number, value: string): boolean {
  if (!placeGroups.has(value.slice(0, value.indexOf(':')))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (placePrepositions.test(before)) return true;
  return start === 0 && /^\p{L}+\s*\(/u.test(text);
}

/** Single-word label patterns by their text: [value, whether the word may go on]. */
let singleWords: Map<string, { value: string; prefix: boolean }> | null = null;

/**
 * The label value of one lower-case word ("forscher" → "researchers:plain"), if a single-word
 * pattern of the table covers it: the longest stem of a prefix pattern the word starts with, else
 * the word itself.
 */
export function labelValueOf(word: string): string | undefined {
  singleWords ??= new Map(
    labelEntries
      .filter(({ pattern }) => !pattern.includes(' '))
      .map(({ pattern, value }): [string, { value: string; prefix: boolean }] => [pattern.replace(/\*$/, ''), { value, prefix: pattern.endsWith('*') }]),
  );
  for (let n = word.length; n >= 4; n--) {
    const candidate = singleWords.get(word.slice(0, n));
    if (candidate && (candidate.prefix || n === word.length)) return candidate.value;
  }
  return undefined;
}

/**
 * "Stadtwerke-Konzern", "Hafen-Streik": a hyphenated compound names its last part's thing, so it
 * is a label of that part's group. Only the part after the last hyphen, only single-word patterns.
 */
function hyphenTails(sentence: Side['sentences'][number]): Signal[] {
  // Most sentences have no hyphen at all: no walk over their words.
  if (!sentence.text.includes('-')) return noTails;
  const { lower, start, end } = wordsOf(sentence, sentence.text);
  let found: Signal[] | null = null;
  for (let i = 0; i < lower.length; i++) {
    const dash = lower[i]!.lastIndexOf('-');
    if (dash < 1) continue;
    const tail = lower[i]!.slice(dash + 1);
    const value = labelValueOf(tail);
    if (value === undefined) continue;
    const span = { start: start[i]!, end: end[i]! };
    (found ??= []).push({ sentence, text: sentence.text.slice(span.start, span.end), span, value });
  }
  return found ?? noTails;
}
const noTails: Signal[] = [];

const groupOf = (value: string): string => value.slice(0, value.indexOf(':'));

export function labelCues(sides: Side[]): Cue[] {
  const signals = sides.map(variantsOf);
  // Most units name no actor of the table: nothing to compare.
  if (signals.every((list) => list.length === 0)) return [];
  const groups = signals.map((list) => new Set(list.map((s) => groupOf(s.value))));
  // Another outlet names the same thing, but never with this word.
  const namesItToo = (signal: Signal, j: number) => groups[j]!.has(groupOf(signal.value));
  return differingCues(
    'label',
    sides,
    signals,
    (signal, side, differing) => {
      const group = groupOf(signal.value);
      const theirs = differing.slice(0, 3).map((other) => {
        const words = signals[sides.indexOf(other)]!.filter((s) => groupOf(s.value) === group).map((s) => `'${s.text}'`);
        return `${outletOf(other)} says ${[...new Set(words)].join(' or ')}`;
      });
      return `${outletOf(side)} calls it '${signal.text}' where ${theirs.join(' and ')}${differing.length > 3 ? ` (and ${differing.length - 3} others differ)` : ''}.`;
    },
    namesItToo,
  );
}
