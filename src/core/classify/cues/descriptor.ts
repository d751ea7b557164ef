// Label through how a person is introduced: the words an outlet puts before a name that another
// outlet of the unit also gives, or between commas after it ("Disgraced tech boss Lena Marsh" /
// "Lena Marsh, founder of Corvin", "Regierungschef Falkenrath" / "Ministerpräsident Gernot
// Falkenrath"). Who someone is called is a framing choice no table can list in advance.
import type { Cue, Sentence } from '../../model.js';
import { reportingVerbs, sourceIntroductions } from '../lexicon/attribution.js';
import { calendarWords } from '../lexicon/numbers.js';
import { type Words, isCapitalisedAt, spacesOnlyAfter as spacedAfter, wordAt, wordsOf } from '../lexicon/match.js';
import { stopwords } from '../../vocabulary/stopwords.js';
import { type Side, type Signal, differingCues, outletOf } from './side.js';

/**
 * German nouns of a person's role, as the end of a word (Finanzminister, GVD-Verhandlungsführerin,
 * Oppositionsführer, Regierungschef): German capitalises every noun, so only a word ending in one
 * is taken as the title before a name, not any noun before a place name ("Stadt Auenfels").
 */
const germanRoles = [
  'minister', 'ministerin', 'chef', 'chefin', 'präsident', 'präsidentin', 'führer', 'führerin', 'sprecher',
  'sprecherin', 'leiter', 'leiterin', 'vorsitzende', 'vorsitzender', 'direktor', 'direktorin', 'meister',
  'meisterin', 'kanzler', 'kanzlerin', 'sekretär', 'sekretärin', 'trainer', 'trainerin', 'boss', 'richter',
  'richterin', 'anwalt', 'anwältin', 'experte', 'expertin', 'gründer', 'gründerin', 'manager', 'managerin',
  'funktionär', 'funktionärin', 'politiker', 'politikerin', 'abgeordnete', 'abgeordneter', 'kandidat',
  'kandidatin', 'vorstand', 'gewerkschafter', 'gewerkschafterin', 'aktivist', 'aktivistin', 'wissenschaftler',
  'wissenschaftlerin', 'forscher', 'forscherin', 'mediziner', 'medizinerin', 'ärztin', 'arzt', 'landrat',
  'landrätin', 'bürgermeister', 'bürgermeisterin', 'rentner', 'rentnerin', 'bauer', 'bäuerin', 'landwirt',
  'landwirtin', 'anwohner', 'anwohnerin', 'lehrer', 'lehrerin', 'fahrer', 'fahrerin', 'arbeiter', 'arbeiterin',
  'schüler', 'schülerin', 'student', 'studentin',
];
/** The roles by their last three letters, so a word is checked against a few roles, not all of them. */
const rolesByEnd = new Map<string, string[]>();
for (const role of germanRoles) rolesByEnd.set(role.slice(-3), [...(rolesByEnd.get(role.slice(-3)) ?? []), role]);
/** Whether a (lower-case) word ends in a role noun. */
export function isGermanRole(word: string): boolean {
  const roles = rolesByEnd.get(word.slice(-3));
  return roles !== undefined && roles.some((role) => word.endsWith(role));
}

/** Words that end an English descriptor: reporting verbs and introductions ("said", "told", "according to"). */
const notDescriptive = new Set(
  [...reportingVerbs, ...sourceIntroductions].map((e) => e.pattern).filter((p) => !p.includes(' ')),
);

/** At most this many words before a name are its descriptor ("chief financial officer"). */
const maxDescriptorWords = 3;

/**
 * German articles and possessives: a capitalised word between one and a name is a noun that
 * describes what the name names ("die Bäckereikette Hollerbach", "der Stadt Auenfels"), where a
 * capitalised word alone may be a sentence's first adjective or a count ("Tausende Fahrgäste").
 */
const germanDeterminers = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'sein', 'seine', 'seiner', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren',
]);

/**
 * Endings of German plurals and abstract nouns: a noun after a noun is an object ("in der
 * Produktion Salmonellen gefunden"), not a name. Place names in -en (Bremen) are lost with them.
 */
const commonNounEnding = /(?:en|ung|heit|keit|ion|tät|schaft|nis|ismus)$/;

/**
 * English adjective endings: a one-word name after such a word is placed, not described ("central
 * Greyhaven", "northern Tallis", "Norwegian", "historic"): the head of a descriptor is a noun.
 */
const adjectiveEnding = /(?:al|ern|ic|ish|ian|ese|ous|ful|ive)$/;


/**
 * English verbs that take a person as their object without an -ed or -ing ending: "Ministers met
 * Tom Reed", "the board backs Steve Harland", "the court sent Lena Marsh". Before a name they say what was done to
 * the person, not who the person is.
 */
const objectVerbs = new Set([
  'met', 'meet', 'meets', 'sent', 'send', 'sends', 'hit', 'hits', 'beat', 'beats', 'led', 'lead', 'leads', 'won', 'lost',
  'saw', 'see', 'sees', 'made', 'make', 'makes', 'took', 'take', 'takes', 'gave', 'give', 'gives', 'left', 'let', 'put',
  'set', 'sue', 'sues', 'hire', 'hires', 'fire', 'fires', 'appoint', 'appoints', 'elect', 'elects', 'replace', 'replaces',
  'thank', 'thanks', 'join', 'joins', 'face', 'faces', 'blame', 'blames', 'praise', 'praises', 'accuse', 'accuses',
  'back', 'backs', 'support', 'supports', 'sack', 'sacks', 'name', 'names', 'call', 'calls', 'ask', 'asks', 'urge', 'urges',
]);
/** Words before a verb's base form: a descriptor after one is that verb ("will appoint Alan Kerr", "could replace Steve Harland"). */
const modals = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'did', 'does', 'do']);

interface Introduction {
  /** The name's last word, lower case: the person (or firm, or place) both outlets name. */
  name: string;
  /** The whole name as written, for the note ("Lena Marsh"). */
  written: string;
  /** A German noun that is no role noun ("Großbäckerei"): it may describe another thing of that name. */
  thing?: boolean;
  first: number;
  last: number;
}

/**
 * Each name of the sentence with the words before it that describe the person. English: a run of
 * two or more capitalised words (a first and a last name) after one to three words with a lower-case
 * one among them, none a function word, a reporting verb or a lower-case -ed / -ing word (a verb:
 * "praised", "including"). German: a word ending in a role noun right before the name, or before
 * one capitalised word (the first name) and the name.
 */
function introductionsIn(sentence: Sentence, german: boolean): Introduction[] {
  const text = sentence.text;
  const words = wordsOf(sentence, text);
  const { lower } = words;
  const found: Introduction[] = [];
  if (german) {
    for (let i = 0; i + 1 < lower.length; i++) {
      if (lower[i]!.length < 4 || !isCapitalisedAt(words, text, i) || !spacedAfter(words, text, i)) continue;
      let name = i + 1;
      if (!isCapitalisedAt(words, text, name) || words.kind[name] !== 'word') continue;
      const apposition = germanAppositionAfter(words, text, i);
      if (apposition) found.push(apposition);
      if (isGermanRole(lower[i]!)) {
        if (name + 1 < lower.length && isCapitalisedAt(words, text, name + 1) && spacedAfter(words, text, name) && !isGermanRole(lower[name + 1]!)) name++;
        found.push({ name: lower[name]!, written: text.slice(words.start[i + 1], words.end[name]), first: i, last: i });
        continue;
      }
      // Any other noun describes the name only after an article, and only a name that ends there:
      // "die Großbäckerei Hollerbach aus Ostwald", not a noun chain.
      const named = lower[name]!;
      const endsThere = name + 1 >= lower.length || !isCapitalisedAt(words, text, name + 1) || !spacedAfter(words, text, name);
      if (i === 0 || !germanDeterminers.has(lower[i - 1]!) || !endsThere || stopwords.has(named) || calendarWords.has(named) || commonNounEnding.test(named)) continue;
      found.push({ name: named, written: wordAt(words, text, name), first: i, last: i, thing: true });
    }
    return found;
  }
  for (let i = 0; i < lower.length; i++) {
    // The start of a run of capitalised words: the name.
    if (!isCapitalisedAt(words, text, i) || (i > 0 && isCapitalisedAt(words, text, i - 1) && spacedAfter(words, text, i - 1))) continue;
    let end = i;
    while (end + 1 < lower.length && isCapitalisedAt(words, text, end + 1) && spacedAfter(words, text, end)) end++;
    const name = lower[end]!.replace(/'s$|’s$/, '');
    // One capitalised word is a name only inside the sentence (its first word is capitalised
    // anyway), and not a weekday or month; it is described only by a noun ("car giant Halvorsen").
    const oneWord = end === i;
    if (oneWord && (i === 0 || words.kind[i] !== 'word' || stopwords.has(name) || calendarWords.has(name))) continue;
    const after = oneWord ? null : appositionAfter(words, text, end);
    const written = text.slice(words.start[i], words.end[end]).replace(/['’]s$/, '');
    if (after) found.push({ name, written, ...after });
    let first = i;
    let lowerCase = false;
    for (let k = i - 1; k >= 0 && i - k <= maxDescriptorWords && spacedAfter(words, text, k); k--) {
      const word = lower[k]!;
      const capitalised = isCapitalisedAt(words, text, k);
      if (words.kind[k] !== 'word' || stopwords.has(word) || notDescriptive.has(word)) break;
      if (!capitalised && (/(?:ed|ing)$/.test(word) || objectVerbs.has(word))) break;
      if (!capitalised) lowerCase = true;
      first = k;
    }
    const head = lower[i - 1];
    const nounHead = !oneWord || (head !== undefined && !isCapitalisedAt(words, text, i - 1) && !adjectiveEnding.test(head));
    if (first < i && lowerCase && nounHead && !(first > 0 && modals.has(lower[first - 1]!))) found.push({ name, written, first, last: i - 1 });
    i = end;
  }
  return found;
}

/**
 * A German role between commas after a first and a last name: "Dietmar Sauerwald, Fraktionschef der
 * Neuen Mitte, verlangte …", "Harald Voss, ein Diabetologe aus Bernsee". Word `i` is the first
 * name; the role is the word ending in a role noun right after the comma (an article may stand
 * before it), and it alone is the descriptor: what follows it places the role, the role names it.
 */
function germanAppositionAfter(words: Words, text: string, i: number): Introduction | null {
  const { lower, kind } = words;
  const last = i + 1;
  let role = last + 1;
  if (role >= lower.length || text.slice(words.end[last], words.start[role]) !== ', ') return null;
  if (!spacedAfter(words, text, i) || kind[last] !== 'word' || !isCapitalisedAt(words, text, last)) return null;
  // Two names, not an article's noun ("Die Polizei Berlin, …") nor a role ("Landrat Kerner, …": that role stands before).
  if (i > 0 && germanDeterminers.has(lower[i - 1]!)) return null;
  for (const k of [i, last]) if (stopwords.has(lower[k]!) || calendarWords.has(lower[k]!) || isGermanRole(lower[k]!) || lower[k]!.length < 3) return null;
  if (germanDeterminers.has(lower[role]!) && role + 1 < lower.length && spacedAfter(words, text, role)) role++;
  if (!isCapitalisedAt(words, text, role) || !isGermanRole(lower[role]!)) return null;
  return { name: lower[last]!, written: text.slice(words.start[i], words.end[last]), first: role, last: role };
}

/** Words that open a clause after a name, not a description of the person ("Marsh, who …"). */
const clauseOpeners = new Set(['who', 'which', 'whose', 'that', 'where', 'when', 'while', 'aged', 'and', 'but', 'or']);
/** At most this many words describe a person after the name ("founder of logistics software start-up Corvin"). */
const maxAppositionWords = 8;

/**
 * The words that describe a person between commas after the name (English): "Lena Marsh, founder
 * of Corvin, …", "Dana Whitlock, the union's regional secretary." Not an age ("Marsh, 36,"), a clause
 * ("Marsh, who …"), nor a run that does not end at a comma or the sentence's end.
 */
function appositionAfter(words: Words, text: string, name: number): { first: number; last: number } | null {
  const { lower } = words;
  const from = name + 1;
  if (from >= lower.length || text.slice(words.end[name], words.start[from]) !== ', ') return null;
  if (words.kind[from] !== 'word' || clauseOpeners.has(lower[from]!) || notDescriptive.has(lower[from]!)) return null;
  let last = from;
  let noun = false;
  for (let k = from; k < lower.length && k - from < maxAppositionWords; k++) {
    if (notDescriptive.has(lower[k]!) || clauseOpeners.has(lower[k]!)) return null;
    if (!isCapitalisedAt(words, text, k) && lower[k]!.length >= 3 && !stopwords.has(lower[k]!)) noun = true;
    last = k;
    const gap = k + 1 < lower.length ? text.slice(words.end[k], words.start[k + 1]) : text.slice(words.end[k]);
    if (/^[,.;:!?)]/.test(gap) || k + 1 >= lower.length) return noun ? { first: from, last } : null;
    if (!/^(?: |-|'|’)$/.test(gap) && !/^'s? $/.test(gap)) return null;
  }
  return null;
}

/**
 * English words of a role that say the same in one register: a lawyer is an attorney, a backer an
 * investor, the biggest the largest. Informal titles (boss, chief) are not here: they are the
 * choice a label reports.
 */
const plainSynonyms = new Map<string, string>([
  ['attorney', 'lawyer'], ['counsel', 'lawyer'], ['solicitor', 'lawyer'], ['barrister', 'lawyer'],
  ['backer', 'investor'], ['shareholder', 'investor'], ['biggest', 'largest'], ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'], ['physician', 'doctor'], ['medic', 'doctor'],
]);

/** A descriptor's content words: lower case, without possessive endings and function words, plain synonyms as one. */
function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).map((w) => w.replace(/['’]s?$/, ''));
  return new Set(words.filter((w) => w.length >= 3 && !stopwords.has(w)).map((w) => plainSynonyms.get(w) ?? w));
}

/** A descriptor's key: lower case, a German or English inflection ending dropped, so "Finanzministers" is "Finanzminister". */
const descriptorKey = (text: string): string => text.toLowerCase().replace(/^(?:the|a|an) /, '').replace(/(?:en|es|n|s)$/u, '');

/** The name part of a signal's value ("brandt" of "brandt:finanzminister"). */
const nameOf = (signal: Signal): string => signal.value.slice(0, signal.value.indexOf(':'));
/** The descriptor part of a signal's value ("finanzminister" of "brandt:finanzminister"). */
const keyOf = (signal: Signal): string => signal.value.slice(signal.value.indexOf(':') + 1);

/** Whether a German descriptor ends in another, a compound's head: "Verkehrsminister" of "Landesverkehrsminister". */
const isCompoundTail = (tail: string, whole: string): boolean => tail.length >= 4 && tail.length < whole.length && !tail.includes(' ') && whole.endsWith(tail);

/** Letters two nouns must share to be taken as parts of compounds about one thing ("bäckerei"). */
const sharedPartLength = 5;

/** Whether two one-word descriptors share a run of `sharedPartLength` letters. */
function sharePart(a: string, b: string): boolean {
  for (let k = 0; k + sharedPartLength <= a.length; k++) if (b.includes(a.slice(k, k + sharedPartLength))) return true;
  return false;
}

export function descriptorCues(sides: Side[]): Cue[] {
  // Each signal's introduction: the name as written, for the note, and whether it is a German non-role noun.
  const introOf = new Map<Signal, Introduction>();
  const signals = sides.map((side): Signal[] => {
    const german = side.article.language === 'de';
    const list: Signal[] = [];
    for (const sentence of side.sentences) {
      const words = wordsOf(sentence, sentence.text);
      for (const intro of introductionsIn(sentence, german)) {
        const span = { start: words.start[intro.first]!, end: words.end[intro.last]! };
        const text = sentence.text.slice(span.start, span.end);
        const signal = { sentence, text, span, value: `${intro.name}:${descriptorKey(text)}` };
        introOf.set(signal, intro);
        list.push(signal);
      }
    }
    return list;
  });
  if (signals.filter((list) => list.length > 0).length < 2) return [];
  // "Council leader" and "the leader of Greyhaven City Council", "Corvin founder" and "founder of
  // … Corvin Systems" call the person the same: a descriptor holding all the words of a shorter one
  // takes its value.
  const all = signals.flat();
  const wordsOfSignal = new Map(all.map((signal) => [signal, contentWords(signal.text)]));
  for (const signal of all) {
    for (const other of all) {
      const shorter = wordsOfSignal.get(other)!;
      const longer = wordsOfSignal.get(signal)!;
      if (other === signal || nameOf(other) !== nameOf(signal) || shorter.size === 0 || shorter.size > longer.size) continue;
      if (shorter.size === longer.size && other.value >= signal.value) continue;
      if ([...shorter].every((word) => longer.has(word))) signal.value = other.value;
    }
  }
  // "Landesverkehrsminister" and "Verkehrsminister": German writes a longer title as one word.
  for (const signal of all) {
    const tail = all.find((other) => nameOf(other) === nameOf(signal) && isCompoundTail(keyOf(other), keyOf(signal)));
    if (tail) signal.value = tail.value;
  }
  // Only an outlet that introduces the same person with other words differs; one that names them
  // bare may simply have introduced them earlier. A German noun that is no role may name another
  // thing of the same name ("Stadt Auenfels", "Verkehrsbetriebe Auenfels"): it differs only from a
  // noun it shares a part with ("Großbäckerei", "Bäckereikette"), which tells of the same thing.
  const isThing = (signal: Signal) => introOf.get(signal)!.thing === true;
  const introduces = (signal: Signal, j: number) =>
    signals[j]!.some((s) => nameOf(s) === nameOf(signal) && (!(isThing(signal) || isThing(s)) || sharePart(keyOf(s), keyOf(signal))));
  return differingCues(
    'label',
    sides,
    signals,
    (signal, side, differing) => {
      const theirs = differing.slice(0, 3).map((other) => {
        const words = signals[sides.indexOf(other)]!.filter((s) => nameOf(s) === nameOf(signal)).map((s) => `'${s.text}'`);
        return `${outletOf(other)} says ${[...new Set(words)].join(' or ')}`;
      });
      return `${outletOf(side)} introduces ${introOf.get(signal)!.written} as '${signal.text}' where ${theirs.join(' and ')}.`;
    },
    introduces,
  );
}
