// Tone: evaluative words one outlet uses and another does not (konstruktiv, Rückschlag, snub).
import type { Cue, Sentence, Span } from '../../model.js';
import { type Lexicon, type LexiconMatch, type Words, compileLexicon, findLexicon, isCapitalisedAt, overlapping, spacesOnlyAfter, wordsOf } from '../lexicon/match.js';
import { afinnEntries, plainTerms } from '../lexicon/sentiment.js';
import { toneCompoundHeads, toneEntries } from '../lexicon/tone.js';
import { quotesOf } from './quote.js';
import { type Side, type Signal, differingCues, listOutlets, outletOf } from './side.js';

let hand: Lexicon | null = null;
let afinn: Lexicon | null = null;
let plain: Lexicon | null = null;

/**
 * The hand lexicon's words are framing by choice: they count as strong as AFINN's strongest but
 * one, so a plain "lost" is not reported against an outlet that wrote "thrashing".
 */
const handStrength = 4;

/** The strongest tone word a side uses, per polarity (0: none). */
interface Strength {
  favourable: number;
  unfavourable: number;
}

/**
 * A side's tone signals, and in `strength` the strongest word it uses per polarity ('+', '-').
 * The hand lexicon's words are compared word by word (konstruktiv against Differenzen); AFINN's
 * general vocabulary by polarity and strength: "defeat" (-2) in one outlet and "lost" (-3) in
 * another tell a match the same way, "catastrophic" (-4) against "damage" (-3) does not. Word by
 * word, AFINN's words were a fifth of all tone cues on the fixtures.
 */
function signalsOf(side: Side, strength: Strength, carriedOnly: Set<Signal>): Signal[] {
  hand ??= compileLexicon(toneEntries);
  afinn ??= compileLexicon(afinnEntries);
  const own: Signal[] = [];
  const carried: Signal[] = [];
  // A carried signal is a word the side has, so another side's same word is no difference, but not
  // a tone of the side's own: no cue is made of it (`carriedOnly`). `notOwn` says so of a word in
  // indirect speech or in its literal sense.
  const add = (sentence: Sentence, signal: Signal, sign: string, level: number, notOwn = false) => {
    // A general word inside a direct quotation is the speaker's register ("'We respect the jury's
    // work'", "'a good man'"), not the outlet's tone. A hand-listed framing word stays the
    // outlet's choice even quoted: quoting „Geiselhaft“ where another outlet writes "the
    // accusation of blackmail" puts the loaded word before its readers.
    const speakers = signal.value.includes(general) && quotesOf(sentence).some((q) => isStatement(q) && overlapping(q, signal));
    if (speakers || notOwn) {
      carried.push(signal);
      carriedOnly.add(signal);
    } else own.push(signal);
    // A word the outlet does not use as its own judges nothing for it: it sets no strength another
    // side's word is held to.
    if (notOwn || signal.value.startsWith('not ')) return;
    if (sign === '+') strength.favourable = Math.max(strength.favourable, level);
    else strength.unfavourable = Math.max(strength.unfavourable, level);
  };
  for (const sentence of side.sentences) {
    const found = findLexicon(sentence, sentence.text, hand);
    // AFINN is English; in a German text its words are false friends ("die", "hurt").
    if (side.article.language === 'de') {
      const heads = compoundHeads(sentence);
      // A noun that is a tone word itself keeps its own signal rather than joining the adjective's.
      const toneWords = heads.length === 0 ? found : [...found, ...heads];
      for (const m of found) {
        if (!isHeritage(sentence, m)) add(sentence, withNoun(sentence, toneSignal(sentence, m), toneWords), m.value[0]!, handStrength, isInIndirectSpeech(sentence, m));
      }
      for (const m of heads) {
        if (!found.some((h) => overlapping(h, m))) add(sentence, m, toneCompoundHeads[m.value]!, handStrength);
      }
      continue;
    }
    const generalMatches = findLexicon(sentence, sentence.text, afinn);
    const joined: LexiconMatch[] = [];
    for (const m of found) {
      if (isNoToneWhereItStands(sentence, m)) continue;
      const signal = toneSignal(sentence, m);
      const before = generalMatches.find((g) => isJoinedBefore(sentence, g, m, signal));
      if (before === undefined) add(sentence, signal, m.value[0]!, handStrength);
      else {
        // "a painful blow", "a crushing setback": one evaluative phrase, one cue, by the listed word.
        joined.push(before);
        const span = { start: before.span.start, end: signal.span.end };
        add(sentence, { ...signal, text: sentence.text.slice(span.start, span.end), span }, m.value[0]!, handStrength);
      }
    }
    for (const m of generalMatches) {
      // The hand lexicon's reading of a word comes first (AFINN's matches never overlap each other).
      if (joined.includes(m) || found.some((h) => overlapping(h, m)) || isNoToneWhereItStands(sentence, m)) continue;
      const signal = toneSignal(sentence, m, true);
      // A general word negated says what the event lacked ("posed no danger", "if no better offer
      // is made"): a fact, which another outlet tells with another word or none.
      if (!signal.value.startsWith('not ')) add(sentence, signal, m.value[0]!, Number(m.value.slice(1, m.value.indexOf(':'))), isUltimatum(sentence, m));
    }
  }
  // The outlet's own words first: differingCues reports a value at its first signal, and a value
  // the side only quotes is then reported nowhere.
  return carried.length === 0 ? own : [...own, ...carried];
}

/**
 * Words a quotation needs to be someone's statement: a shorter one set in the outlet's own
 * sentence is a fragment the outlet picked to show ('called the decision "hard"', 'gushed about
 * his "hard work and commitment"'), often in scare quotes, and its words are the outlet's choice.
 */
const statementWords = 5;

const isStatement = (quote: Signal): boolean => quote.span.end - quote.span.start === quote.sentence.text.length || quote.text.split(/\s+/).length >= statementWords;

/**
 * Whether the general word `g` stands right before the listed word `m` with its polarity, unnegated
 * ("painful blow"): the two are one phrase.
 */
function isJoinedBefore(sentence: Sentence, g: LexiconMatch, m: LexiconMatch, signal: Signal): boolean {
  if (g.value[0] !== m.value[0] || signal.value.startsWith('not ') || g.span.end >= m.span.start) return false;
  return /^ +$/.test(sentence.text.slice(g.span.end, m.span.start)) && negationBefore(sentence, g.span.start) === null;
}

/** An English lexicon word that, where it stands, is no evaluative choice: each reading says why. */
function isNoToneWhereItStands(sentence: Sentence, m: LexiconMatch): boolean {
  return isInPlainTerm(sentence, m) || isInName(sentence, m) || isInjuryHurt(sentence, m) || isSufferedInjury(sentence, m) || isHeritage(sentence, m);
}

/** Nouns of an injury or an illness, the object that makes "suffered" report the harm itself. */
const injuries = new Set([
  'burn', 'burns', 'injury', 'injuries', 'wound', 'wounds', 'cuts', 'bruises', 'bruising', 'fracture', 'fractures', 'broken',
  'stroke', 'concussion', 'inhalation', 'heart',
]);
/** Words "suffered" and its injury may stand apart by: "suffered minor burns to his hands", "suffered a broken leg". */
const injuryReach = 3;

/**
 * "suffered" with an injury is the harm, a fact ("a firefighter suffered burns to his hands"), told
 * so by every outlet that reports it; "suffered a humiliating thrashing" still frames.
 */
function isSufferedInjury(sentence: Sentence, m: LexiconMatch): boolean {
  if (!m.text.toLowerCase().startsWith('suffer')) return false;
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(m.span.start);
  for (let i = at + 1; at >= 0 && i <= at + injuryReach && i < words.lower.length; i++) if (injuries.has(words.lower[i]!)) return true;
  return false;
}

/**
 * Nouns of old places and buildings: "historic" before one dates it ("die historische Altstadt",
 * "a historic building"), it praises nothing. German ones also as the head of a compound
 * ("Fachwerkhaus"), with an inflection; English ones whole, or plural.
 */
const heritageHeadsDe = ['altstadt', 'innenstadt', 'stadtkern', 'ortskern', 'zentrum', 'gebäude', 'bauwerk', 'kirche', 'brücke', 'bahnhof', 'viertel', 'gemäuer', 'fassade', 'haus', 'häuser', 'gasse', 'platz'];
const heritageNounsEn = new Set(['building', 'centre', 'center', 'district', 'quarter', 'church', 'bridge', 'site', 'town', 'village', 'core', 'house', 'street', 'square']);
/** What may follow a German head: an inflection. */
const heritageEnding = /^(?:|e|n|en|er|es|s|ern)$/;

/** Whether the word is "historic"/"historisch…" before a noun of an old place or building. */
function isHeritage(sentence: Sentence, m: LexiconMatch): boolean {
  if (m.value !== '+:historic' && m.value !== '+:historisch*') return false;
  const words = wordsOf(sentence, sentence.text);
  const next = words.end.indexOf(m.span.end) + 1;
  if (next <= 0 || next >= words.lower.length || !spacesOnlyAfter(words, sentence.text, next - 1)) return false;
  const noun = words.lower[next]!;
  if (heritageNounsEn.has(noun) || (noun.endsWith('s') && heritageNounsEn.has(noun.slice(0, -1)))) return true;
  return heritageHeadsDe.some((head) => {
    const at = noun.lastIndexOf(head);
    return at >= 0 && heritageEnding.test(noun.slice(at + head.length));
  });
}

/** Whether the word stands in a fixed term that names a thing ("riot police", "violent disorder"). */
function isInPlainTerm(sentence: Sentence, m: LexiconMatch): boolean {
  plain ??= compileLexicon(plainTerms);
  return findLexicon(sentence, sentence.text, plain).some((t) => overlapping(t, m));
}

/** Share of a sentence's longer words that are capitalised from which it is set in title case (a headline). */
const titleCaseShare = 0.7;

/**
 * A capitalised word inside the sentence next to another capitalised word is part of a name:
 * "the Progress Party", "Hope Street", "the Crisis Group". Not the sentence's first word
 * ("Struggling Marlow Town dismissed…"), and not in a headline set in title case, where every
 * word is capitalised.
 */
function isInName(sentence: Sentence, m: LexiconMatch): boolean {
  const text = sentence.text;
  const words = wordsOf(sentence, text);
  const at = words.start.indexOf(m.span.start);
  if (at < 1 || !isCapitalisedAt(words, text, at) || /[.!?:;"“„«»]\s*$/.test(text.slice(0, m.span.start))) return false;
  const last = words.end.indexOf(m.span.end);
  const capitalisedNeighbour =
    (spacesOnlyAfter(words, text, at - 1) && isCapitalisedAt(words, text, at - 1) && at - 1 > 0) ||
    (last >= 0 && last + 1 < words.lower.length && spacesOnlyAfter(words, text, last) && isCapitalisedAt(words, text, last + 1));
  if (!capitalisedNeighbour) return false;
  let long = 0;
  let capitalised = 0;
  for (let i = 0; i < words.lower.length; i++) {
    if (words.lower[i]!.length < 4 || words.kind[i] !== 'word') continue;
    long++;
    if (isCapitalisedAt(words, text, i)) capitalised++;
  }
  return capitalised < long * titleCaseShare;
}

/** Forms of "be" and "get" that make "hurt" a passive: the injury itself ("nobody was hurt"). */
const passiveAuxiliaries = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got', 'gets', 'getting']);

/**
 * "hurt" after a passive auxiliary is the injury ("no one was hurt", "two people were hurt"), a
 * fact that another outlet tells as "injured"; "the strike will hurt the economy" still frames.
 */
function isInjuryHurt(sentence: Sentence, m: LexiconMatch): boolean {
  if (m.text.toLowerCase() !== 'hurt') return false;
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(m.span.start);
  return at > 0 && passiveAuxiliaries.has(words.lower[at - 1]!);
}

/** The first and last word of the clause word `at` stands in: punctuation between two words bounds it. */
function clauseOf(words: Words, text: string, at: number): [number, number] {
  const bound = (i: number) => /[,;:.!?()–—„“”"«»]/.test(text.slice(words.end[i]!, words.start[i + 1]!));
  let first = at;
  while (first > 0 && !bound(first - 1)) first--;
  let last = at;
  while (last + 1 < words.lower.length && !bound(last)) last++;
  return [first, last];
}

/**
 * Konjunktiv I forms that are no indicative of any person a news text narrates in: the grammar of
 * indirect speech ("Russland sei zu ernsthaften Gesprächen bereit, betonte Peskow").
 */
const indirectSpeechVerbs = new Set(['sei', 'seien', 'habe', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'wisse', 'möge']);

/**
 * A German tone word in a clause of indirect speech is the speaker's, told in the speaker's words
 * as a quotation is ("Man sei enttäuscht", "eine Regierung, die sich nicht einmal einigen könne"):
 * carried, not the outlet's tone. Only the clause: "Die Firma schiebt die Schuld auf einen
 * Zulieferer, dessen Ware verunreinigt gewesen sei" blames in the outlet's own clause.
 */
function isInIndirectSpeech(sentence: Sentence, m: LexiconMatch): boolean {
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(m.span.start);
  if (at < 0) return false;
  const [first, last] = clauseOf(words, sentence.text, at);
  for (let i = first; i <= last; i++) if (indirectSpeechVerbs.has(words.lower[i]!)) return true;
  return false;
}

/** English conditions that make a threat its content: "threatened to publish the data unless paid". */
const conditions = new Set(['unless', 'if']);

/**
 * A threat told as an ultimatum is the fact reported, in its literal sense: "the group threatened to
 * publish the files unless it is paid". Another outlet that tells the ultimatum otherwise leaves out
 * no tone. "Furious bosses are threatening strikes" still colours; so does German "drohte", which
 * reports a demand as a threat where another outlet writes "kündigte an".
 */
function isUltimatum(sentence: Sentence, m: LexiconMatch): boolean {
  // Every general match of every English sentence asks: the word first, then where it stands.
  if (!m.text.toLowerCase().startsWith('threaten')) return false;
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(m.span.start);
  if (at < 0 || words.lower[at + 1] !== 'to') return false;
  for (let i = at + 2; i < words.lower.length; i++) if (conditions.has(words.lower[i]!)) return true;
  return false;
}

/** A closing quotation mark and a comma before a word: the reporting verb's place ("„…“, drohte sie"). */
const reportingVerbPosition = /[“”"»«]\s*,\s*$/;

/** German adjective endings: "kräftiges", "heftige", "schweren". */
const germanAdjectiveEnding = /(?:e|en|er|es|em)$/;

/**
 * A German adjective's signal with the noun it qualifies ("kräftiges Plus", "heftige Kritik"):
 * the phrase is the framing a reader sees, and the value stays the adjective's. Only a lower-case
 * word with an adjective's ending right before a capitalised word (German capitalises its nouns).
 */
function withNoun(sentence: Sentence, signal: Signal, toneWords: ReadonlyArray<{ span: Span }>): Signal {
  const words = wordsOf(sentence, sentence.text);
  const last = words.end.indexOf(signal.span.end);
  const next = last + 1;
  if (last < 0 || next >= words.lower.length || words.kind[next] !== 'word' || !germanAdjectiveEnding.test(words.lower[last]!)) return signal;
  if (isCapitalisedAt(words, sentence.text, last) || !isCapitalisedAt(words, sentence.text, next) || !spacesOnlyAfter(words, sentence.text, last)) return signal;
  // Right after a quotation the word is the verb that reports it („…“, jubelte Lea Sommer): the
  // capitalised word after it is its subject.
  if (reportingVerbPosition.test(sentence.text.slice(0, signal.span.start))) return signal;
  const noun = { span: { start: words.start[next]!, end: words.end[next]! } };
  if (toneWords.some((t) => overlapping(t, noun))) return signal;
  const span = { start: signal.span.start, end: noun.span.end };
  return { ...signal, text: sentence.text.slice(span.start, span.end), span };
}

// German compounds headed by an evaluative noun (toneCompoundHeads): "Verkehrschaos" frames as
// "Chaos" does and counts as the same word (the value is the lexicon's stem). Only words long
// enough to be compounds are tried.
/** The heads by their last two letters' codes, so a word is checked against one or two heads. */
const headsByEnd = new Map<number, string[]>();
for (const head of Object.keys(toneCompoundHeads)) {
  const key = head.charCodeAt(head.length - 2) * 65536 + head.charCodeAt(head.length - 1);
  headsByEnd.set(key, [...(headsByEnd.get(key) ?? []), head]);
}

/** Whether word[end..] is an inflection a head may take: nothing, -e, -s, -n, -en or -es. */
function isHeadEnding(word: string, end: number): boolean {
  const rest = word.length - end;
  if (rest === 0) return true;
  const last = word[word.length - 1];
  if (rest === 1) return last === 'e' || last === 's' || last === 'n';
  return rest === 2 && word[end] === 'e' && (last === 'n' || last === 's');
}

/**
 * The evaluative head the word ends in (before an inflection), after a hyphen or at least three
 * letters, if any. This runs for every long word of every German sentence in a unit: the head is
 * looked up by the two letters where it would end, with no string made.
 */
function toneHeadOf(word: string): string | undefined {
  for (let end = word.length; end >= word.length - 2; end--) {
    if (!isHeadEnding(word, end)) continue;
    const heads = headsByEnd.get(word.charCodeAt(end - 2) * 65536 + word.charCodeAt(end - 1));
    if (heads === undefined) continue;
    for (const head of heads) {
      const at = end - head.length;
      if ((at >= 3 || (at >= 1 && word[at - 1] === '-')) && word.startsWith(head, at)) return head;
    }
  }
  return undefined;
}

function compoundHeads(sentence: Sentence): Signal[] {
  const { lower, start, end } = wordsOf(sentence, sentence.text);
  let found: Signal[] | null = null;
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    if (word.length < 9) continue;
    const head = toneHeadOf(word);
    if (head === undefined) continue;
    const span = { start: start[i]!, end: end[i]! };
    (found ??= []).push({ sentence, text: sentence.text.slice(span.start, span.end), span, value: head });
  }
  return found ?? noSignals;
}

const noSignals: Signal[] = [];

/** The value of an AFINN word's signal: this, its polarity and its strength ('general-3'). */
const general = 'general';

/** A match as a signal: a hand-made entry by its word, an AFINN word by polarity and strength. */
function toneSignal(sentence: Sentence, m: LexiconMatch, isGeneral = false): Signal {
  const value = isGeneral ? `${general}${m.value.slice(0, m.value.indexOf(':'))}` : m.value.slice(2).replace(/\*/g, '');
  const negation = negationBefore(sentence, m.span.start);
  // "keinen Rückschlag" / "no setback" says the opposite of the bare word: its own value,
  // and the cue text shows the negation so the note does not misquote the outlet.
  if (negation) {
    const span = { start: negation.start, end: m.span.end };
    return { sentence, text: sentence.text.slice(span.start, span.end), span, value: `not ${value}` };
  }
  // German negates a main clause at its end: "Eine Einigung gab es dort nicht", "Konstruktiv war
  // das Gespräch nicht". The cue runs from the word to its negation.
  const after = negationClosingClause(sentence, m.span.end);
  if (after === null) return { sentence, text: m.text, span: m.span, value };
  const span = { start: m.span.start, end: after };
  return { sentence, text: sentence.text.slice(span.start, span.end), span, value: `not ${value}` };
}

const clauseFinalNegations = new Set(['nicht', 'nie', 'niemals', 'keineswegs']);

/** The end of a negation that closes the clause the word at `end` stands in (German), or null. */
function negationClosingClause(sentence: Sentence, end: number): number | null {
  const text = sentence.text;
  const words = wordsOf(sentence, text);
  let i = words.end.indexOf(end);
  if (i < 0) return null;
  // Walk to the clause's last word: punctuation between two words closes it.
  for (; i + 1 < words.lower.length; i++) if (/[,;:.!?()–—]/.test(text.slice(words.end[i], words.start[i + 1]))) break;
  if (words.end[i] === end || !clauseFinalNegations.has(words.lower[i]!)) return null;
  // Only a main clause ends so: "…, weil es keine Einigung gab" ends in its verb.
  return words.end[i]!;
}

// "weniger dramatisch", "less dramatic" soften the word as a negation turns it.
const negations = new Set([
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nicht', 'nie', 'niemals', 'ohne', 'weniger', 'no', 'not',
  'never', 'without', 'less',
]);

/** A negation among the two words before the match, if any. */
function negationBefore(sentence: Sentence, start: number): { start: number } | null {
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(start);
  for (let i = at - 1; i >= 0 && i >= at - 2; i--) if (negations.has(words.lower[i]!)) return { start: words.start[i]! };
  return null;
}

export function toneCues(sides: Side[]): Cue[] {
  const strength = sides.map((): Strength => ({ favourable: 0, unfavourable: 0 }));
  const carriedOnly = new Set<Signal>();
  const signals = sides.map((side, i) => signalsOf(side, strength[i]!, carriedOnly));
  // A general word is missing from a side only when that side uses no tone word of its polarity
  // at least as strong.
  const comparable = (signal: Signal, other: number): boolean => {
    const { value } = signal;
    if (!value.startsWith(general)) return true;
    const { favourable, unfavourable } = strength[other]!;
    return (value[general.length] === '+' ? favourable : unfavourable) < Number(value.slice(general.length + 1));
  };
  const cues = differingCues(
    'tone',
    sides,
    signals,
    (signal, side, lacking) =>
      `${outletOf(side)} uses the evaluative ${signal.text.includes(' ') ? 'words' : 'word'} '${signal.text}'; ${listOutlets(lacking)} ${lacking.length > 1 ? 'do' : 'does'} not.`,
    comparable,
  );
  if (carriedOnly.size === 0) return cues;
  // A cue made of a carried signal is no tone of the outlet's: dropped (same sentence, same span).
  const placeOf = (sentenceId: string | undefined, span: Span | undefined) => `${sentenceId}:${span?.start}:${span?.end}`;
  const carried = new Set([...carriedOnly].map((q) => placeOf(q.sentence.id, q.span)));
  return cues.filter((cue) => !carried.has(placeOf(cue.sentenceId, cue.span)));
}
