// Label: different names for the same actor or thing (Kreml / Moskau / Russland, Krieg /
// Konflikt, strike / walkout). A cue only when two outlets both name the thing, differently.
import type { Cue } from '../../model.js';
import { stopwords } from '../../vocabulary/stopwords.js';
import { labelGroups, sameLabel } from '../lexicon/labels.js';
import { type Lexicon, type LexiconEntry, type LexiconMatch, compileLexicon, findLexicon, overlapping, wordsOf } from '../lexicon/match.js';
import { calendarWords } from '../lexicon/numbers.js';
import { type Side, type Signal, differingCues, outletOf } from './side.js';

/** Every variant of every group as a lexicon entry, valued by its group and the choice it names. */
const labelEntries: LexiconEntry[] = Object.entries(labelGroups).flatMap(([group, variants]) =>
  variants.map((pattern) => ({ pattern, value: `${group}:${sameLabel[pattern] ?? pattern.replace(/\*/g, '')}` })),
);

let lexicon: Lexicon | null = null;

function variantsOf(side: Side): Signal[] {
  lexicon ??= compileLexicon(labelEntries);
  const german = side.article.language === 'de';
  const signals: Signal[] = [];
  for (const sentence of side.sentences) {
    const found = findLexicon(sentence, sentence.text, lexicon);
    for (const m of found) if (namesTheThing(sentence.text, m, german)) signals.push({ sentence, text: m.text, span: m.span, value: m.value });
    for (const tail of hyphenTails(sentence)) if (!found.some((m) => overlapping(m, tail))) signals.push(tail);
  }
  return signals;
}

/**
 * Whether a lexicon match names the group's actor or thing where it stands. Each reading below is
 * one where the word is there but names something else: a place, an office's country, a compound
 * about another thing, a verb or an adjective.
 */
function namesTheThing(text: string, m: LexiconMatch, german: boolean): boolean {
  return (
    !placeNotActor(text, m.span.start, m.value) &&
    !ownerOfOffice(text, m.span, m.value) &&
    !compoundOfAnotherThing(m.text.toLowerCase(), m.value) &&
    !(german && germanNotNoun(text, m)) &&
    !otherCrisis(text, m.span.start, m.value) &&
    !otherEnglishSense(text, m.span, m.value) &&
    !firmAsAdjective(text, m.span.start, m.value)
  );
}

/** Label groups whose variants are also places: Moskau is the Kremlin's seat and a city. */
const placeGroups = new Set(['russia', 'usa']);
/**
 * Prepositions of place, alone, with an article or contracted with one: "sagte Peskow in Moskau",
 * "Quellen im Weißen Haus", "aus dem Weißen Haus", "talks in Washington", "sources in the White
 * House" say where, not who.
 */
const placePrepositions = /(?:^|[^\p{L}])(?:in|aus|nach|bei|im|vom|beim|ins|zum|to|from|at|inside)\s+(?:(?:dem|der|den|des|the)\s+)?$/iu;

/**
 * Whether a capital or country name stands as a place, not as the actor another outlet names with
 * "Kreml" or "White House": after a preposition of place, or as a dateline opening the sentence
 * ("Washington (dpa) …").
 */
function placeNotActor(text: string, start: number, value: string): boolean {
  if (!placeGroups.has(groupOf(value))) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  if (placePrepositions.test(before)) return true;
  return start === 0 && /^\p{L}+\s*\(/u.test(text);
}

/** Offices a country holds: "Außenminister der USA (und Russlands)", "Russlands Präsident", "Russia's foreign minister". */
const officeBefore = /\p{L}*(?:minister|ministerin|präsident|präsidentin|botschafter|botschafterin|gesandte|gesandter|president|ambassador|envoy|secretary|officials|diplomats)\s+(?:der|des|of(?:\s+the)?)\s+(?:[\p{L}'’]+\s+(?:und|and)\s+)?$/iu;
const officeAfter = /^\s+(?:\p{L}+\s+)?\p{L}*(?:minister|ministerin|präsident|präsidentin|botschafter|botschafterin|president|ambassador|envoy|secretary)(?![\p{L}])/iu;

/**
 * Whether a country or capital stands as the owner of an office: "die Außenminister der USA und
 * Russlands", "Russia's foreign minister". That names whose official someone is, where no outlet
 * would say "the Kremlin's" or "the White House's" minister: no choice of name, so no label.
 */
function ownerOfOffice(text: string, span: { start: number; end: number }, value: string): boolean {
  if (!placeGroups.has(groupOf(value))) return false;
  if (officeBefore.test(text.slice(Math.max(0, span.start - 40), span.start))) return true;
  const word = text.slice(span.start, span.end);
  return /(?:s|'s|’s)$/u.test(word) && officeAfter.test(text.slice(span.end, span.end + 40));
}

/** Endings German adds to a noun or an adjective without making another word: case, number, the female -in. */
const inflectionEnding = /^(?:|s|es|e|en|n|ns|ens|r|m|er|ern|em|in|innen|nen)$/;

/** The stems of the table's prefix patterns ("konzern" of "konzern*"), longest first, by value. */
let prefixStems: Map<string, string[]> | null = null;

/**
 * Whether a match of a prefix pattern is a compound whose head names another thing: the Kremlchef
 * is a person, not the Kremlin; Kriegsverbrechen are crimes, Konzernleitung the management,
 * Streikposten the pickets, "Kreml-Sprecher" the spokesman. German names a compound's thing by its
 * last part, so a label stem at the start counts only with an inflection after it (Konzerns,
 * Warnstreiks, Ministerpräsidentin).
 */
function compoundOfAnotherThing(lower: string, value: string): boolean {
  if (lower.includes(' ')) return false;
  prefixStems ??= stemsByValue();
  const stems = prefixStems.get(value);
  if (!stems) return false;
  const stem = stems.find((s) => lower.startsWith(s));
  return stem !== undefined && !inflectionEnding.test(lower.slice(stem.length));
}

function stemsByValue(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { pattern, value } of labelEntries) {
    // An exact pattern of the same value ("miliz" beside "milizen*") is no compound either.
    if (!pattern.endsWith('*') || pattern.includes(' ')) continue;
    map.set(value, [...(map.get(value) ?? []), pattern.slice(0, -1)].sort((a, b) => b.length - a.length));
  }
  return map;
}

/** Label groups with German verbs or adjectives among their variants (gesperrt, kaputt, erhöht, einfrieren). */
const germanVerbalGroups = new Set(['carFree', 'fault', 'increase', 'convicted', 'acquitted', 'deceived', 'ceasefire']);
/** Variants that are German adjectives made nouns: before a noun they are its adjective again. */
const nominalisedAdjectives = new Set(['aufständische', 'freiwillige', 'protestierende', 'reisende', 'cyberkriminelle']);

/**
 * Whether a German match of an actor's or thing's name is no noun: German capitalises every noun,
 * so a lower-case "unternehmen" is the verb ("nichts unternehmen") and "freiwilligen" an adjective
 * ("die freiwilligen Helfer"); a made noun before a capitalised word is that word's adjective
 * ("Freiwillige Feuerwehr", "Aufständische Gruppen").
 */
function germanNotNoun(text: string, m: LexiconMatch): boolean {
  const group = groupOf(m.value);
  if (germanVerbalGroups.has(group)) return false;
  if (!/^\p{Lu}/u.test(m.text)) return true;
  const choice = m.value.slice(group.length + 1);
  return nominalisedAdjectives.has(choice) && /^ \p{Lu}/u.test(text.slice(m.span.end, m.span.end + 2));
}

/**
 * Whether "crisis" names a crisis of its own ("the humanitarian crisis", "the energy crisis"), not
 * the war another outlet names: a lower-case word before it that is no function word says what
 * kind of crisis. "The crisis", "the Ukraine crisis" still name the war.
 */
function otherCrisis(text: string, start: number, value: string): boolean {
  if (value !== 'war:crisis') return false;
  return describesKind(wordBefore(text, start));
}

/** Whether a word before a noun is a lower-case content word, no function word or date: what kind of thing it is ("humanitarian crisis"). */
function describesKind(word: string | undefined): word is string {
  return word !== undefined && /^\p{Ll}/u.test(word) && !stopwords.has(word) && !calendarWords.has(word);
}

/** The word right before a span, as written, if one stands there. */
const wordBefore = (text: string, start: number): string | undefined => /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];

/** English adjective endings ("civil war", "brutal regime", "bloody war", "military regime"). */
const adjectiveLike = /(?:al|il|ic|ian|ish|ese|ern|ous|ful|ive|ary|ory|y|ed|ing|less|ant|ent|ist|ite)$/;
/** Short adjectives no ending tells: "the long war", "a bitter conflict". */
const plainAdjectives = new Set(['long', 'short', 'full', 'open', 'bitter', 'great', 'cold', 'hot', 'holy', 'total', 'fresh', 'renewed', 'new', 'old']);

/** Whether a lower-case word before a noun is a noun that says of what kind it is ("price war", "sanctions regime"). */
function nounModifier(word: string | undefined): boolean {
  return describesKind(word) && !adjectiveLike.test(word) && !plainAdjectives.has(word);
}

/**
 * English senses of table words that name no war or government: a noun before "war" or "regime"
 * says what kind ("a price war", "trade war", "the sanctions regime", "a tax regime"), where an
 * adjective leaves the thing itself ("the civil war", "the military regime"); idioms ("a war of
 * words", "conflict of interest", "invasion of privacy"); and the act of giving something ("the
 * administration of the vaccine"); a failure to act, a blame, a list; others' personnel.
 */
function otherEnglishSense(text: string, span: { start: number; end: number }, value: string): boolean {
  const after = text.slice(span.end, span.end + 24);
  switch (value) {
    case 'war:war':
      return nounModifier(wordBefore(text, span.start)) || /^\s+of\s+words\b/i.test(after);
    case 'war:conflict':
      return /^\s+of\s+interests?\b/i.test(after);
    case 'war:invasion':
      return /^\s+of\s+privacy\b/i.test(after);
    case 'government:regime':
      return nounModifier(wordBefore(text, span.start));
    case 'government:administration':
      return /^\s+of\s+\p{Ll}/u.test(after);
    // "a failure to warn residents" is something not done, "his fault" or "at fault" a blame,
    // "a breakdown of the costs" a list: none is a thing that broke.
    case 'fault:failure':
      return /^\s+to\s+\p{Ll}/u.test(after);
    case 'fault:fault':
      return /^(?:his|her|their|its|our|my|your|at|no)$/i.test(wordBefore(text, span.start) ?? '');
    case 'fault:breakdown':
      return /^\s+of\s+\p{Ll}/u.test(after);
    // "military personnel", "medical personnel" are other people than those who fight the fire.
    case 'responders:personnel':
      return /^(?:military|medical|hospital|security|police|army|defence|defense|embassy|airline|airport|school|health|care|nursing)$/i.test(wordBefore(text, span.start) ?? '');
    default:
      return false;
  }
}

/** Verbs after which "firm" says how someone stands, not what the company is: "stood firm", "remain firm". */
const stanceVerbs = /(?:^|[^\p{L}])(?:stand|stands|stood|standing|remain|remains|remained|remaining|stay|stays|stayed|staying|hold|holds|held|holding|is|was|are|were|be)\s+$/iu;
const firmAsAdjective = (text: string, start: number, value: string): boolean =>
  value === 'company:firm' && stanceVerbs.test(text.slice(Math.max(0, start - 12), start));

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
    // A longer compound names its own head's thing (see compoundOfAnotherThing).
    if (candidate && (n === word.length || (candidate.prefix && inflectionEnding.test(word.slice(n))))) return candidate.value;
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

/**
 * Groups whose words stand as a title before a name: of a person ("Regierungschef Falkenrath",
 * "head coach Steve Harland"), a firm ("der Konzern Hollerbach") or a government ("die Regierung
 * Falkenrath"). A verb before a name ("acquitted Marsh") has it as its object, and says nothing of
 * whom it names.
 */
const titleGroups = new Set(['leader', 'headOfGovernment', 'researchers', 'company', 'government', 'union']);

/**
 * The name a label word is the title of, lower case: the last word of the capitalised run right
 * after it ("coach" of "first-team coach Danny Pryce" → "pryce", "Regierungschef Falkenrath" →
 * "falkenrath"). Undefined when no name follows.
 */
function titledName(signal: Signal): string | undefined {
  if (!titleGroups.has(groupOf(signal.value))) return undefined;
  const after = /^ ((?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)?)/u.exec(signal.sentence.text.slice(signal.span.end))?.[1];
  if (after === undefined) return undefined;
  const name = after.slice(after.lastIndexOf(' ') + 1).toLowerCase().replace(/['’]s$/u, '');
  return stopwords.has(name) || calendarWords.has(name) ? undefined : name;
}

/**
 * Whether two words of one group, in two outlets, can name one thing. A word that titles a person
 * ("first-team coach Danny Pryce") names that person: against another outlet's title of another
 * person ("Assistant manager Lee Cowan") the two outlets talk of two people, not of one called two
 * ways. A bare word may name anyone the other outlet titles.
 */
function mayNameOneThing(a: Signal, b: Signal): boolean {
  const nameOfA = titledName(a);
  const nameOfB = titledName(b);
  return nameOfA === undefined || nameOfB === undefined || nameOfA === nameOfB;
}

export function labelCues(sides: Side[]): Cue[] {
  const signals = sides.map(variantsOf);
  // Most units name no actor of the table: nothing to compare.
  if (signals.every((list) => list.length === 0)) return [];
  // Another outlet names the same thing, but never with this word: a word of the group there
  // that can name what this one names.
  const namesItToo = (signal: Signal, j: number) =>
    signals[j]!.some((other) => groupOf(other.value) === groupOf(signal.value) && mayNameOneThing(signal, other));
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
