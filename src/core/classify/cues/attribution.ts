// Attribution: who an outlet says the information comes from (a named source, an anonymous one,
// or none) and the reporting verb's connotation (sagte vs behauptete; said vs claimed).
import type { Cue, Sentence, Span } from '../../model.js';
import { anonymousSources, ownAccounts, reportingVerbs, sourceIntroductions } from '../lexicon/attribution.js';
import { alignedLabelGroups } from '../lexicon/labels.js';
import { calendarWords } from '../lexicon/numbers.js';
import {
  type Lexicon, type LexiconMatch, type Words, compileLexicon, findLexicon, isCapitalisedAt, overlapping, spacesOnlyAfter, wordAt, wordsOf,
} from '../lexicon/match.js';
import { stopwords } from '../../vocabulary/stopwords.js';
import { quotesOf } from './quote.js';
import { type Side, type Signal, differingCues, listOutlets, outletNameWords, outletOf } from './side.js';

let introductions: Lexicon | null = null;
let anonymous: Lexicon | null = null;
let verbs: Lexicon | null = null;
let own: Lexicon | null = null;

const determiners = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'von', 'the', 'a', 'an', 'of', 'from', 'estimates']);
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
/** Whom a statement was made to, not who made it: "told reporters", "sagte Journalisten". */
const audiences = new Set(['reporters', 'reporter', 'journalists', 'journalisten', 'journalistinnen', 'press', 'presse', 'media', 'medien', 'news', 'shareholders', 'investors', 'lawmakers', 'delegates', 'supporters']);

/** The source's name after an introducing phrase: the capitalised words that follow it. */
function sourceAfter(sentence: Sentence, end: number, german: boolean): { text: string; endAt: number; key: string } | null {
  const words = wordsOf(sentence, sentence.text);
  const count = words.lower.length;
  let i = words.start.findIndex((start) => start >= end);
  if (i < 0) return null;
  const first = i;
  while (i < count && determiners.has(words.lower[i]!)) i++;
  const names: string[] = [];
  let joints = 0;
  let last = i;
  // Four capitalised words at most, and the words that join them ("Fire and Forestry Service").
  for (; last < count && names.length < 4 + joints; last++) {
    const capital = isCapitalised(wordAt(words, sentence.text, last));
    if (!capital && (german || names.length === 0 || !joinsName(words, sentence.text, last))) break;
    names.push(wordAt(words, sentence.text, last));
    if (!capital) joints++;
    // A name ends at punctuation: "laut CNN, Rubios Team …" names CNN, not "CNN Rubios Team".
    if (/^[,;:.!?)\]]/.test(sentence.text.slice(words.end[last]))) {
      last++;
      break;
    }
  }
  if (names.length > 0 && notSpeakers.has(names[0]!.toLowerCase())) return null;
  if (names.length === 0) {
    // German capitalises every noun: a lower-case word after the introduction names nobody.
    if (german || i >= count || words.kind[i] !== 'word') return null;
    // "told to go", "according to her", "told reporters": a function word right after the
    // introduction, or the audience, is no source ("according to the fire service" is one).
    if ((i === first && stopwords.has(words.lower[i]!)) || audiences.has(words.lower[i]!)) return null;
    names.push(wordAt(words, sentence.text, i));
    last = i + 1;
    // "according to federal records", "court documents": the source is the phrase's noun, up to
    // three lower-case words with nothing but spaces between.
    // A participle ends it: "according to figures released by the council" cites the figures.
    while (last < count && names.length < 3 && words.kind[last] === 'word' && !stopwords.has(words.lower[last]!) && !/(?:ed|ing)$/.test(words.lower[last]!) && !isCapitalised(wordAt(words, sentence.text, last)) && /^ +$/.test(sentence.text.slice(words.end[last - 1], words.start[last]))) {
      names.push(wordAt(words, sentence.text, last));
      last++;
    }
  }
  return { text: '', endAt: words.end[last - 1]!, key: sourceKey(names[names.length - 1]!) };
}

/** Lower-case words inside an English name: "Norland Fire and Forestry Service", "Department for Transport". */
const nameJoints = new Set(['and', 'of', 'for']);

/**
 * Whether lower-case word `i` continues an English name that has begun: a joint of a name's parts
 * ("Fire and Forestry Service") or a role before a person's name ("Ridgeview resident Tanya
 * Birch"), each only with spaces around it and a capitalised word after it.
 */
function joinsName(words: Words, text: string, i: number): boolean {
  if (i + 1 >= words.lower.length || words.kind[i] !== 'word' || !isCapitalisedAt(words, text, i + 1)) return false;
  if (!spacesOnlyAfter(words, text, i - 1) || !spacesOnlyAfter(words, text, i)) return false;
  const word = words.lower[i]!;
  return nameJoints.has(word) || (!englishFunctionWords.has(word) && !stopwords.has(word) && !/(?:ed|ly)$/.test(word));
}

/** A genitive -s after a stem of three letters or more ("Peskows", "Kremls"), and a possessive 's. */
const genitiveS = /(?<=\p{L}{3})s$/u;
const possessiveS = /'s$|’s$/;

/**
 * A source's key: genitive -s (Peskows, des Kremls, Unternehmens|angaben) names the same source as
 * the bare name. Every word of a sentence another outlet's source is looked up in gets a key
 * (sourceFactsOf), and most words end in no "s": they are their own key without running the patterns.
 */
function sourceKey(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('s') ? lower.replace(genitiveS, '').replace(possessiveS, '') : lower;
}

/**
 * Whether the words after a reporting verb name who speaks. A capitalised word right after it does
 * (sagte Peskow). After an article, German allows both a subject (teilte das Umweltamt mit, sagte
 * die Sprecherin) and an object (nannte das Gespräch konstruktiv), so the noun must end in the
 * head of an institution or a speaking role (compounds included: Umweltamt, Polizeisprecherin).
 */
const speakerHeads = /(?:amt|ämter|behörde|polizei|feuerwehr|ministerium|minister|ministerin|sprecher|sprecherin|regierung|verwaltung|gericht|staatsanwaltschaft|gewerkschaft|verband|konzern|unternehmen|bürgermeister|bürgermeisterin|präsident|präsidentin|kanzler|kanzlerin|leiter|leiterin|chef|chefin|direktor|direktorin|vorsitzende|vorsitzender|experte|expertin|dienst|agentur|institut|klinik|kommission|senat|rat|stadt|gemeinde|betreiber|veranstalter|ermittler|staatsanwalt|staatsanwältin|anwalt|anwältin|kreml|weiße haus)$/u;

function namesSpeaker(after: string): boolean {
  const text = after.trimStart();
  const article = /^(?:der|die|das|des|dem|den)\s+(\p{Lu}[\p{L}-]*)/u.exec(text);
  if (article) return speakerHeads.test(article[1]!.toLowerCase());
  // "officials said Monday", "teilte am Dienstag mit": a day says when, not who.
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase();
  if (first !== undefined && notSpeakers.has(first)) return false;
  return isCapitalised(text);
}

/**
 * Whether the introduction `m` stands for a source on its own: a phrase naming findings, estimates,
 * information or a survey ("nach ersten Erkenntnissen", "laut einer neuen Umfrage"; not "laut" or
 * "according to", which need a name), with no name after it and no other reading of its words.
 */
function unnamedFindings(
  sentence: Sentence,
  m: LexiconMatch,
  owned: readonly LexiconMatch[],
  anon: readonly LexiconMatch[],
  compounds: readonly Signal[],
): boolean {
  const phrase = m.text.toLowerCase();
  const findings = (phrase.startsWith('nach ') && !phrase.startsWith('nach angaben')) || /umfrage|survey|poll/.test(phrase);
  if (!findings) return false;
  const span = m.span;
  return ![...owned, ...anon, ...compounds].some((x) => overlapping(x, { span }) || (x.span.start >= span.end && introducesDirectly(sentence.text.slice(span.end, x.span.start))));
}

/** Whether an English reporting verb at `start` follows what was said: a comma, a colon, a dash or a closing quotation mark, or opens the text. */
function afterWhatWasSaid(text: string, start: number): boolean {
  return start === 0 || /[,:;"”’'—–]\s*$/.test(text.slice(Math.max(0, start - 4), start));
}

/** Only spaces and articles between an introduction and the source it introduces. */
function introducesDirectly(between: string): boolean {
  return between
    .trim()
    .split(/\s+/)
    .every((word) => word === '' || determiners.has(word.toLowerCase()) || word.toLowerCase() === 'aus' || countWords.has(word.toLowerCase()));
}
/** How many unnamed sources an introduction names: "according to two people familiar", "laut mehreren Insidern". */
const countWords = new Set(['two', 'three', 'several', 'some', 'zwei', 'drei', 'mehrere', 'mehreren']);

/**
 * The named source an introduction or a reporting verb gives, if any. `compounds` are the sources
 * named inside one word (compoundSources): where one stands, it is the reading ("Laut
 * NDR-Informationen" names the NDR, not a source called "NDR-Informationen").
 */
function namedSource(
  sentence: Sentence,
  m: LexiconMatch,
  owned: readonly LexiconMatch[],
  anon: readonly LexiconMatch[],
  compounds: readonly Signal[],
  german: boolean,
): Signal | null {
  // "nach eigenen Angaben" is no introduction of a name that follows ("Angaben knapp").
  if (owned.some((o) => m.span.start >= o.span.start && m.span.start < o.span.end)) return null;
  // English puts the speaker after the verb only after what was said ("…," said Marsh; ", said
  // Marsh, …"): in "Prosecutors said Marsh inflated the figures" the name opens the reported
  // clause, and the speaker stands before the verb.
  if (!german && m.value !== 'source' && !afterWhatWasSaid(sentence.text, m.span.start)) return null;
  // "teilte am Montag die Polizei mit", "said on Monday the council": the day first, then who.
  const skip = m.value !== 'source' ? whenAfter(sentence.text.slice(m.span.end)) : 0;
  const source = sourceAfter(sentence, m.span.end + skip, german);
  if (!source) return null;
  const span = { start: m.span.start, end: source.endAt };
  if (anon.some((a) => a.span.start >= span.start && a.span.start < span.end)) return null;
  if (compounds.some((c) => overlapping(c, { span }))) return null;
  // "nach Informationen aus Regierungskreisen" introduces the unnamed source, which keeps it.
  if (anon.some((a) => a.span.start >= m.span.end && introducesDirectly(sentence.text.slice(m.span.end, a.span.start)))) return null;
  const isVerb = m.value !== 'source';
  // A verb followed by a lower-case word ("sagte er", "said that") names nobody.
  if (isVerb && !namesSpeaker(sentence.text.slice(m.span.end + skip))) return null;
  return { sentence, text: sentence.text.slice(span.start, span.end), span, value: `named:${source.key}` };
}

/** The matches that stand outside every quotation (most sentences quote nobody: the list itself). */
function outsideQuotes(matches: readonly LexiconMatch[], quotes: readonly Signal[]): readonly LexiconMatch[] {
  if (quotes.length === 0 || matches.length === 0) return matches;
  return matches.filter((m) => !quotes.some((q) => overlapping(q, m)));
}

function signalsOf(side: Side): Signal[] {
  introductions ??= compileLexicon(sourceIntroductions);
  anonymous ??= compileLexicon(anonymousSources);
  verbs ??= compileLexicon(reportingVerbs);
  own ??= compileLexicon(ownAccounts);
  const signals: Signal[] = [];
  const german = side.article.language === 'de';
  for (const sentence of side.sentences) {
    const owned = findLexicon(sentence, sentence.text, own);
    for (const m of owned) signals.push({ sentence, text: m.text, span: m.span, value: 'own-account' });
    // Words inside a direct quotation are the speaker's: "I have told Halvorsen's management" names
    // no source of the outlet's, nor does a quoted "sources say".
    const quotes = quotesOf(sentence);
    const listed = outsideQuotes(findLexicon(sentence, sentence.text, anonymous), quotes);
    const unlisted = circles(sentence, listed);
    const anon = unlisted.length === 0 ? listed : [...listed, ...unlisted].sort((x, y) => x.span.start - y.span.start);
    const verbMatches = outsideQuotes(findLexicon(sentence, sentence.text, verbs), quotes).filter((m) => !takesNotReports(sentence.text, m));
    const introduced = outsideQuotes(findLexicon(sentence, sentence.text, introductions), quotes);
    for (const m of anon) {
      // "according to people familiar", "laut Insidern": the introduction is part of the cue.
      const intro = introduced.find((i) => i.span.end <= m.span.start && introducesDirectly(sentence.text.slice(i.span.end, m.span.start)));
      // "police sources say", "Insiders claim": a reporting verb right after the source is its cue too.
      const verb = verbMatches.find((v) => v.span.start > m.span.end && /^ +$/.test(sentence.text.slice(m.span.end, v.span.start)));
      const end = verb ? verb.span.end : m.span.end;
      const span = intro ? { start: intro.span.start, end } : { start: unnamedSourceStart(sentence, m), end };
      signals.push({ sentence, text: sentence.text.slice(span.start, span.end), span, value: 'anonymous' });
    }
    // The introductions, then the reporting verbs, may each name a source.
    const compounds = compoundSources(sentence);
    for (const m of introduced) {
      const named = namedSource(sentence, m, owned, anon, compounds, german);
      if (named) signals.push(named);
      // "nach ersten Erkenntnissen ein Leck": findings, estimates or information of nobody named
      // are an attribution all the same (to an unnamed source), told by the phrase alone.
      else if (unnamedFindings(sentence, m, owned, anon, compounds)) signals.push({ sentence, text: m.text, span: m.span, value: 'findings' });
    }
    // Spokespeople by role ("wie eine Kreissprecherin bestätigte") are read as such, not as a name.
    const spokes = spokespeople(sentence);
    for (const m of verbMatches) {
      if (m.value !== 'neutral' && m.value !== 'loaded') continue;
      // "sagte Peskow" names the speaker after the verb; "Whitlock said", "Die Polizei teilte mit" before it.
      const named = namedSource(sentence, m, owned, anon, compounds, german) ?? speakerBefore(sentence, m, [...anon, ...(spokes ?? [])], german);
      if (named) signals.push(named);
    }
    for (const m of verbMatches) {
      if (m.value === 'loaded') signals.push({ sentence, text: m.text, span: m.span, value: `loaded:${m.text.toLowerCase()}` });
    }
    signals.push(...compounds);
    // Admissions, spokespeople, then ", so der Minister", where no reading above has their words.
    for (const extra of [separatedAdmissions(sentence), spokes, german ? soAttribution(sentence, anon) : null]) {
      // Checked against the readings before this list only: an admission and its speaker overlap.
      const before = signals.length;
      for (const signal of extra ?? []) if (!signals.some((x, k) => k < before && x.sentence === sentence && overlapping(x, signal))) signals.push(signal);
    }
  }
  return ownReporting(side, signals);
}

/** What one claims in the sense of taking it, not of saying it: "claimed responsibility", "the fire claimed two lives". */
const claimedThings = new Set(['responsibility', 'credit', 'victory', 'lives', 'life', 'compensation', 'damages', 'asylum', 'benefits', 'refunds', 'title', 'seat', 'seats']);

/**
 * Whether a "claim" verb takes something rather than reports a statement: its object, within two
 * words (a number or "the" may stand between), is a thing claimed. Such a verb colours nothing
 * and names no source.
 */
function takesNotReports(text: string, m: LexiconMatch): boolean {
  if (!m.text.toLowerCase().startsWith('claim')) return false;
  const next = text.slice(m.span.end).toLowerCase().match(/^\s+(?:(?:the|its|their|his|her|\p{N}+|two|three|several)\s+)?(\p{L}+)/u);
  return next !== null && claimedThings.has(next[1]!);
}

/**
 * The outlet's own reporting ("Nach Informationen unserer Zeitung", "Nach Rundschau-Informationen"
 * in the Rundschau, "The Courier understands"): a source of a kind of its own, so two outlets that
 * each cite their own reporting differ in nothing, and neither "cites the other instead".
 */
function ownReporting(side: Side, signals: Signal[]): Signal[] {
  if (signals.length === 0) return signals;
  const outletWords = outletKeysOf(side);
  for (const signal of signals) {
    const named = signal.value.startsWith('named:') ? signal.value.slice(6) : null;
    const byOutlet = named !== null && outletWords.has(named.replace(/s$/, ''));
    if (byOutlet || (signal.value === 'findings' && /^ (?:unserer|dieser) (?:zeitung|redaktion)\b/.test(signal.sentence.text.slice(signal.span.end, signal.span.end + 30).toLowerCase()))) {
      signal.value = 'own-reporting';
    }
  }
  return signals;
}

/** The words of a side's outlet name without a plural -s, read once per article (every unit of it asks). */
const outletKeysCache = new WeakMap<object, Set<string>>();
function outletKeysOf(side: Side): Set<string> {
  let keys = outletKeysCache.get(side.article);
  if (!keys) outletKeysCache.set(side.article, (keys = new Set(outletNameWords(side).map((w) => w.replace(/s$/, '')))));
  return keys;
}

/**
 * German admissions, whose particle ends the clause: "Zwar räumen die Forscher ein, dass …", "gab
 * der Sprecher zu", "räumte ein, dass". The lexicon holds the joined forms (eingeräumt, zugegeben).
 * "gab zu bedenken" and "gab zu viel aus" have no particle at the clause's end: no admission.
 */
const admissionVerbs = new Map<string, { particle: string; verb: string }>([
  ...['räumt', 'räumen', 'räumte', 'räumten'].map((form) => [form, { particle: 'ein', verb: 'einräumen' }] as const),
  ...['gibt', 'geben', 'gab', 'gaben'].map((form) => [form, { particle: 'zu', verb: 'zugeben' }] as const),
]);
/** How far a particle may stand from its verb, in words. */
const maxClauseWords = 12;

function separatedAdmissions(sentence: Sentence): Signal[] | null {
  const text = sentence.text;
  const words = wordsOf(sentence, text);
  const { lower, start, end } = words;
  let found: Signal[] | null = null;
  for (let i = 0; i < lower.length; i++) {
    const admission = admissionVerbs.get(lower[i]!);
    if (admission === undefined) continue;
    for (let k = i + 1; k < lower.length && k <= i + maxClauseWords; k++) {
      // The clause ends where punctuation follows a word, or at "dass" / "und".
      const clauseEnds = k + 1 === lower.length || /[,;:.!?]/.test(text.slice(end[k]!, start[k + 1]!));
      if (lower[k] === 'dass' || lower[k] === 'und') break;
      if (!clauseEnds) continue;
      if (lower[k] === admission.particle) {
        const span = { start: start[i]!, end: end[k]! };
        (found ??= []).push({ sentence, text: text.slice(span.start, span.end), span, value: `loaded:${admission.verb}` });
        // With no subject before the verb ("Zwar räumen die Forscher ein", not "Der Sprecher gab
        // den Fehler zu") the speaker stands between verb and particle: the admission names them
        // as another outlet's "Die Forscher sagen" does.
        let speaker = i + 1;
        while (speaker < k && determiners.has(lower[speaker]!)) speaker++;
        const noSubject = lower.slice(0, i).every((w) => stopwords.has(w));
        if (noSubject && speaker < k && isCapitalisedAt(words, text, speaker) && !stopwords.has(lower[speaker]!)) {
          found.push({ sentence, text: wordAt(words, text, speaker), span: { start: start[speaker]!, end: end[speaker]! }, value: `named:${sourceKey(lower[speaker]!)}` });
        }
      }
      break;
    }
  }
  return found;
}

/** A spokesperson, named by role: "wie eine Kreissprecherin bestätigte", "a council spokesman said". */
const spokesperson = /(?:sprecher(?:in|innen)?|^spokes(?:man|woman|person|people|men|women))$/;
/** Whether the word may be a spokesperson: a cheap test before the expression, for every word. */
const mayBeSpokesperson = (word: string): boolean => word.length >= 8 && (word.startsWith('spokes') || word.includes('sprecher', word.length - 13));
/** Words ending in -sprecher that name no one speaking for an institution. */
const notSpokespeople = /^(?:für|ver|laut|frei)sprecher/;

/**
 * Spokespeople as the source they speak for: an outlet that cites "eine Kreissprecherin" attributes
 * what another states plainly or gives to the Landratsamt. Keyed by the role without its feminine
 * ending (Polizeisprecherin = Polizeisprecher).
 */
function spokespeople(sentence: Sentence): Signal[] | null {
  const { lower, start, end } = wordsOf(sentence, sentence.text);
  let found: Signal[] | null = null;
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    if (!mayBeSpokesperson(word) || !spokesperson.test(word) || notSpokespeople.test(word)) continue;
    const span = { start: start[i]!, end: end[i]! };
    const words = wordsOf(sentence, sentence.text);
    // "ein Sprecher des Polizeipräsidiums Oberland", "a spokeswoman for the council": the article
    // and whom the spokesperson speaks for are part of how the source is told.
    if (i > 0 && spokesArticles.has(lower[i - 1]!) && spacesOnlyAfter(words, sentence.text, i - 1)) span.start = start[i - 1]!;
    span.end = end[spokesForEnd(words, sentence.text, i)]!;
    const key = word.replace(/(?:in|innen)$/, '').replace(/(?:man|woman|person|people|men|women)$/, 'person');
    (found ??= []).push({ sentence, text: sentence.text.slice(span.start, span.end), span, value: `named:${key}` });
  }
  return found;
}

/** Articles before a spokesperson: "ein Sprecher", "a spokesman". */
const spokesArticles = new Set(['ein', 'eine', 'einer', 'der', 'die', 'a', 'an', 'the']);
/** Words after a spokesperson that say whom they speak for: "des Ministeriums", "der Stadt", "for the council". */
const spokesFor = new Set(['des', 'der', 'for']);

/**
 * The last word of whom the spokesperson at word `i` speaks for: the genitive or "for" phrase right
 * after the role, up to its capitalised words ("des Polizeipräsidiums Oberland", "for the Norland
 * Fire Service"; English also one lower-case noun, "for the council"), or `i` itself.
 */
function spokesForEnd(words: Words, text: string, i: number): number {
  const { lower } = words;
  let k = i + 1;
  if (k >= lower.length || !spokesFor.has(lower[k]!) || !spacesOnlyAfter(words, text, i)) return i;
  const english = lower[k] === 'for';
  k++;
  if (english && lower[k] === 'the' && k + 1 < lower.length && spacesOnlyAfter(words, text, k - 1)) k++;
  if (k >= lower.length || !spacesOnlyAfter(words, text, k - 1)) return i;
  if (!isCapitalisedAt(words, text, k)) return english && words.kind[k] === 'word' && !stopwords.has(lower[k]!) ? k : i;
  let last = k;
  while (last + 1 < lower.length && last - k < 3 && isCapitalisedAt(words, text, last + 1) && spacesOnlyAfter(words, text, last)) last++;
  return last;
}

/** What a German compound names its source with: "Polizei|angaben", "NDR-|Informationen". */
const compoundHeads = ['angaben', 'informationen'];
/** What a German compound names unnamed sources with: "Regierungs|kreisen", "Branchen|kreise". */
const circleHeads = ['kreisen', 'kreise'];
/** Kreise that are places, not circles of people: Landkreise, Stadtkreise, Wahlkreise, Kirchenkreise. */
const districts = /^(?:land|stadt|wahl|kirchen|gemeinde|verwaltungs)kreis/;
/** The German articles, which a circle of sources goes without. */
const articles = new Set(['der', 'die', 'das', 'des', 'dem', 'den']);

/**
 * The first of `heads` the word ends in after at least `minStem` other letters, if any. A loop, not
 * heads.find with an arrow: it runs for every word of every sentence, and an arrow over the word
 * was a new closure per word.
 */
function headOf(word: string, heads: readonly string[], minStem: number): string | undefined {
  for (const head of heads) if (word.length >= head.length + minStem && word.endsWith(head)) return head;
  return undefined;
}

/** The nouns an unnamed source is called by, which the word before them says more about. */
const sourceNouns = new Set(['source', 'sources', 'quelle', 'quellen', 'insider', 'insiders']);

/**
 * Where the cue of the unnamed source `m` begins: at the preposition of a circle ("Aus
 * Verhandlungskreisen"), or at the words that say whose source it is ("a police source", "security
 * sources"): "police sources" is not "sources".
 */
function unnamedSourceStart(sentence: Sentence, m: LexiconMatch): number {
  const start = circlePrepositionStart(sentence, m.span.start);
  if (start !== m.span.start || !sourceNouns.has(m.text.toLowerCase())) return start;
  const words = wordsOf(sentence, sentence.text);
  const { lower, start: starts } = words;
  const i = starts.indexOf(m.span.start);
  const joined = (a: number) => spacesOnlyAfter(words, sentence.text, a);
  if (i < 1 || !joined(i - 1) || stopwords.has(lower[i - 1]!) || !/^\p{L}/u.test(lower[i - 1]!)) return start;
  const article = i >= 2 && joined(i - 2) && (lower[i - 2] === 'a' || lower[i - 2] === 'an') ? i - 2 : i - 1;
  return starts[article]!;
}

/** The length of a day right after a reporting verb ("am Montag ", "on Tuesday ", "gestern "), or 0. */
function whenAfter(after: string): number {
  const m = /^\s*(?:(?:am|on|last|this)\s+)?(\p{L}+)\s+/u.exec(after);
  return m && calendarWords.has(m[1]!.toLowerCase()) ? m[0].length : 0;
}

/** Words a run of capitalised words before a reporting verb may start with that name nobody ("Am Montag", "Yesterday"). */
const notSpeakers = new Set([...calendarWords, 'am', 'on']);

/**
 * The speaker named right before a reporting verb: the run of capitalised words that ends at it,
 * with only spaces between ("Union leader Dana Whitlock said", "Studienleiterin Miriam Rehberg
 * sagte", "Die Polizei teilte mit"). A leading article, a weekday or another function word is left
 * out; a pronoun ("Sie sagte") or an unnamed source ("Officials said", read as such) names nobody.
 */
function speakerBefore(sentence: Sentence, m: LexiconMatch, unnamed: ReadonlyArray<{ span: Span }>, german: boolean): Signal | null {
  const words = wordsOf(sentence, sentence.text);
  const verb = words.start.indexOf(m.span.start);
  const spacedBefore = (k: number) => spacesOnlyAfter(words, sentence.text, k - 1);
  let first = verb;
  for (;;) {
    if (first > 0 && spacedBefore(first) && isCapitalisedAt(words, sentence.text, first - 1)) first--;
    // "The Department for Transport said": a joint inside an English name, between capitals.
    else if (!german && first > 1 && first < verb && nameJoints.has(words.lower[first - 1]!) && spacedBefore(first) && spacedBefore(first - 1) && isCapitalisedAt(words, sentence.text, first - 2)) first -= 2;
    else break;
  }
  while (first < verb && (stopwords.has(words.lower[first]!) || notSpeakers.has(words.lower[first]!) || determiners.has(words.lower[first]!))) first++;
  // English names institutions in lower case: "…, police said", "the company said". One noun (not
  // a pronoun or function word) right before the verb, after "the" or opening its clause.
  if (first === verb && !german && verb > 0 && spacedBefore(verb)) {
    const noun = verb - 1;
    const opens = noun === 0 || !spacedBefore(noun) || words.lower[noun - 1] === 'the';
    if (opens && words.kind[noun] === 'word' && words.lower[noun]!.length >= 3 && !stopwords.has(words.lower[noun]!) && !/(?:ed|ly)$/.test(words.lower[noun]!)) {
      first = words.lower[noun - 1] === 'the' && spacedBefore(noun) ? noun - 1 : noun;
    }
    if (first === verb) first = institutionPhraseBefore(words, sentence.text, verb) ?? verb;
  }
  if (first === verb) return null;
  // "Some residents on Larch Creek Road said", "Anwohner in der Rosenstraße sagten": the capitals
  // name where the speakers live, and the speakers are the noun before the place.
  const place = placeBefore(words, sentence.text, first, german);
  if (place !== null) {
    const span = { start: words.start[place]!, end: m.span.end };
    if (unnamed.some((a) => overlapping(a, { span }))) return null;
    return { sentence, text: sentence.text.slice(span.start, span.end), span, value: `named:${sourceKey(words.lower[place]!)}` };
  }
  // German case says who is told: "… dem Sender gesagt haben", "den Journalisten sagte" name the
  // audience (dative or accusative), never the speaker.
  if (german && first > 0 && objectArticles.has(words.lower[first - 1]!)) return null;
  const span = { start: words.start[first]!, end: m.span.end };
  if (unnamed.some((a) => overlapping(a, { span }))) return null;
  return { sentence, text: sentence.text.slice(span.start, span.end), span, value: `named:${sourceKey(words.lower[verb - 1]!)}` };
}

/** Prepositions that place people somewhere: "residents on Ridge Road", "Anwohner in der Altstadt". */
const placePrepositions = new Set(['on', 'in', 'at', 'near', 'along', 'around', 'across', 'outside', 'inside', 'an', 'auf', 'bei', 'aus', 'nahe']);
const placeArticles = new Set(['the', ...articles]);

/**
 * When the capitalised words from `first` are a place after a preposition ("on Larch Creek Road",
 * "in der Rosenstraße") and a noun stands before the preposition ("residents", "Anwohner"), that
 * noun's index: the people who spoke. Else null.
 */
function placeBefore(words: Words, text: string, first: number, german: boolean): number | null {
  let k = first - 1;
  if (k >= 0 && placeArticles.has(words.lower[k]!)) k--;
  if (k < 1 || !placePrepositions.has(words.lower[k]!)) return null;
  const noun = k - 1;
  const word = words.lower[noun]!;
  if (words.kind[noun] !== 'word' || word.length < 3 || stopwords.has(word) || englishFunctionWords.has(word)) return null;
  // A German noun is capitalised; an English one is not ("Police in Leeds said" names the police by its capital).
  return german === isCapitalisedAt(words, text, noun) || (!german && noun === 0) ? noun : null;
}

/** German articles that no subject takes: dative and accusative. */
const objectArticles = new Set(['dem', 'einem', 'den', 'einen']);

/** Words that open an English noun phrase naming an institution or an office: "the returning officer", "its health board". */
const institutionArticles = new Set(['the', 'its', 'their']);
/**
 * English function words, which no name of an institution holds. Not the stopword list, which also
 * holds news nouns (*fire*, *home*, *office*) that such names are made of.
 */
const englishFunctionWords = new Set([
  'the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'and', 'or', 'but', 'nor', 'he', 'she',
  'it', 'they', 'we', 'you', 'i', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'that', 'this', 'these', 'those', 'who',
  'which', 'whom', 'whose', 'what', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'not', 'also',
  'then', 'there', 'here', 'as', 'than', 'so', 'if', 'when', 'while', 'other', 'others', 'some', 'all', 'both', 'each', 'many',
  'much', 'more', 'most', 'such', 'only', 'own', 'same', 'very', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
  'must', 'did', 'does', 'do', 'now', 'later', 'earlier', 'again', 'still', 'yet', 'just', 'even', 'about', 'after', 'before',
]);
/** At most this many lower-case words between the article and the verb ("the county fire service said"). */
const maxInstitutionWords = 3;

/**
 * The start of an English source named in lower case by a phrase of two or three words, opening
 * its clause with "the" (or "its", "their") right before the reporting verb: "…, the returning
 * officer said", "The fire service said", ", the local council confirmed". Every word is a
 * lower-case content word, the last a noun (no -ed, -ing or -ly), and the article opens the
 * sentence or follows punctuation, so an object ("told the court said") is not read as a source.
 */
function institutionPhraseBefore(words: Words, text: string, verb: number): number | null {
  const { lower, kind } = words;
  const head = lower[verb - 1]!;
  if (/(?:ed|ing|ly)$/.test(head)) return null;
  for (let k = verb - 1; k >= 0 && verb - k <= maxInstitutionWords; k--) {
    const word = lower[k]!;
    if (kind[k] !== 'word' || isCapitalisedAt(words, text, k) || word.length < 3 || englishFunctionWords.has(word) || /ly$/.test(word)) return null;
    if (k < verb - 1 && !spacesOnlyAfter(words, text, k)) return null;
    const article = k - 1;
    if (article < 0 || !institutionArticles.has(lower[article]!) || !spacesOnlyAfter(words, text, article)) continue;
    if (verb - k < 2) continue;
    const opens = article === 0 || /[,;:(–—]\s*$/.test(text.slice(words.end[article - 1], words.start[article]));
    return opens ? article : null;
  }
  return null;
}

/**
 * German ", so der Minister", ", so Müller": the source named after "so" that follows a comma, a
 * common way to close a paraphrase. Only after a comma and before a capitalised word (an article
 * may stand between), so "so viele" or "und so weiter" name nobody.
 */
function soAttribution(sentence: Sentence, anon: readonly LexiconMatch[]): Signal[] | null {
  const words = wordsOf(sentence, sentence.text);
  let found: Signal[] | null = null;
  for (let i = 1; i + 1 < words.lower.length; i++) {
    if (words.lower[i] !== 'so' || !/,\s*$/.test(sentence.text.slice(words.end[i - 1], words.start[i]))) continue;
    const source = sourceAfter(sentence, words.end[i]!, true);
    if (!source) continue;
    // At the sentence's end it closes a paraphrase; inside it ("Bis 2030, so der Plan, soll …") only
    // a speaker's role or a person's name (two capitalised words) is a source.
    const closes = /^\s*(?:[.!?;:"“”»«]|$)/.test(sentence.text.slice(source.endAt));
    const named = sentence.text.slice(words.end[i]!, source.endAt).trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
    if (!closes && !named && !speakerHeads.test(source.key)) continue;
    const span = { start: words.start[i]!, end: source.endAt };
    if (anon.some((a) => overlapping(a, { span }))) continue;
    (found ??= []).push({ sentence, text: sentence.text.slice(span.start, span.end), span, value: `named:${source.key}` });
  }
  return found;
}

/** Prepositions that place a source in its circle: "aus Verhandlungskreisen", "in Koalitionskreisen". */
const circlePrepositions = new Set(['aus', 'in']);

/**
 * Where the cue of the unnamed source at `start` begins: at its preposition when it is a circle
 * ("Aus Verhandlungskreisen heißt es": the circle is told as a place the news comes from).
 */
function circlePrepositionStart(sentence: Sentence, start: number): number {
  const { lower, start: starts } = wordsOf(sentence, sentence.text);
  const i = starts.indexOf(start);
  if (i < 1 || headOf(lower[i]!, circleHeads, 0) === undefined || !circlePrepositions.has(lower[i - 1]!)) return start;
  return starts[i - 1]!;
}

/**
 * "aus Branchenkreisen", "in Koalitionskreisen": unnamed sources whatever the circle (the lexicon
 * lists the plain word and a few circles), found by the compound's ending.
 */
function circles(sentence: Sentence, listed: readonly LexiconMatch[]): LexiconMatch[] {
  const { lower, start, end } = wordsOf(sentence, sentence.text);
  const found: LexiconMatch[] = [];
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    if (headOf(word, circleHeads, 4) === undefined || districts.test(word)) continue;
    // "in den Landkreisen", "die Kreise": a circle the news comes from takes no article
    // ("aus Regierungskreisen", "aus gut unterrichteten Kreisen").
    if (i > 0 && articles.has(lower[i - 1]!)) continue;
    const span = { start: start[i]!, end: end[i]! };
    if (listed.some((m) => overlapping(m, { span }))) continue;
    found.push({ text: sentence.text.slice(span.start, span.end), span, value: 'anonymous' });
  }
  return found;
}

/**
 * German names a source inside one word: "nach Polizeiangaben", "laut Unternehmensangaben",
 * "nach NDR-Informationen", "Behördenangaben zufolge". Keyed like a name after an introduction
 * (genitive -s dropped), so "nach Angaben der Polizei" in another outlet is the same source.
 */
function compoundSources(sentence: Sentence): Signal[] {
  const { lower, start, end } = wordsOf(sentence, sentence.text);
  const found: Signal[] = [];
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    const head = headOf(word, compoundHeads, 3);
    if (head === undefined) continue;
    let span: { start: number; end: number };
    if (i > 0 && (lower[i - 1] === 'nach' || lower[i - 1] === 'laut')) span = { start: start[i - 1]!, end: end[i]! };
    else if (lower[i + 1] === 'zufolge') span = { start: start[i]!, end: end[i + 1]! };
    else continue;
    const key = sourceKey(word.slice(0, word.length - head.length).replace(/-$/, ''));
    found.push({ sentence, text: sentence.text.slice(span.start, span.end), span, value: `named:${key}` });
  }
  return found;
}

/** Words of a source's cue that name no source: the introductions' and reporting verbs' own words. */
let notNameWords: Set<string> | null = null;

/** A source's name words: lower case, four letters or more, possessive dropped, no function word, verb or introduction. */
function sourceNameWords(text: string): string[] {
  notNameWords ??= new Set([...sourceIntroductions, ...reportingVerbs].flatMap((e) => e.pattern.split(' ')));
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length >= 4 && !stopwords.has(w) && !notNameWords!.has(w) && !audiences.has(w));
}

/**
 * The forms a source's name word takes: itself, its genitive (Kremls, Peskows), and the names
 * of its label group (Kreml / Moskau / Russland, White House / Washington), which name one actor.
 */
function nameForms(word: string): string[] {
  let forms = nameFormsByWord.get(word);
  if (!forms) {
    // Bounded like the other per-word caches: a hostile comparison of millions of distinct words.
    if (nameFormsByWord.size > 50_000) nameFormsByWord.clear();
    nameFormsByWord.set(word, (forms = formsOfName(word)));
  }
  return forms;
}
const nameFormsByWord = new Map<string, string[]>();

function formsOfName(word: string): string[] {
  const bare = sourceKey(word);
  const forms = [bare, `${bare}s`];
  for (const variants of Object.values(alignedLabelGroups)) {
    const hit = variants.some((v) => (v.endsWith('*') ? bare.startsWith(v.slice(0, -1)) : v === bare));
    if (hit) forms.push(...variants.filter((v) => !v.includes(' ')).map((v) => v.replace(/\*$/, '')));
  }
  return forms;
}

/** Whether a text names a spokesperson (Polizeisprecherin, a spokesman for the council). */
const mentionsSpokesperson = (text: string): boolean => /sprecher|spokes(?:man|woman|person|people)/iu.test(text);

/**
 * Whether the other side gives this named source too, in other words: one of its sentences holds
 * a name word of the source ("Janet Rudd", "the trust", "Sheriff", "Moskau" for "Kreml") and a
 * reporting verb or an introduction. "the trust said" and "North Carrow Health Trust said", "Joanna
 * Pike said" and "said incident commander Joanna Pike", "nach Angaben des Kremls" and "Moskau
 * nannte" are one source named two ways, not a different attribution. A sentence that also names
 * another source ("according to police, while organisers put the number at …") sets a second voice
 * against this one, where this outlet gives it alone: that stays a difference.
 */
function namesSameSource(signal: Signal, other: Side, otherSignals: readonly Signal[]): boolean {
  if (!signal.value.startsWith('named:')) return false;
  const forms = nameFormsOf(signal);
  if (forms.size === 0) return false;
  const bySpokesperson = mentionsSpokesperson(signal.text);
  return other.sentences.some((sentence) => {
    const facts = sourceFactsOf(sentence);
    // A spokesperson against the body itself ("ein Sprecher des Verbands" / "der Verband verweist")
    // is how close the outlet gets to who spoke: kept as a difference.
    if (facts.bySpokesperson !== bySpokesperson || !facts.reports) return false;
    if (!someIn(forms, sourceKeysOf(sentence, facts))) return false;
    const namesAnother = otherSignals.some((x) => x.sentence === sentence && x.value.startsWith('named:') && !nameWordsOf(x).some((w) => forms.has(w) || forms.has(sourceKey(w))));
    return !namesAnother;
  });
}

/** Whether any of `values` is in `set`: a loop, not a spread into an array for every pair of sides. */
function someIn(values: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const value of values) if (set.has(value)) return true;
  return false;
}

// A unit of twenty outlets asks about every pair of its sides: what a signal or a sentence yields
// is worked out once, not once per other side. A signal's name words depend on its text alone,
// and the same source ("sagte Peskow", "police said") is cited unit after unit: they are kept by
// text, bounded like the other per-word caches.
const nameFormsCache = new Map<string, Set<string>>();
const nameWordsCache = new Map<string, string[]>();
const sourceFactsCache = new WeakMap<Sentence, SourceFacts>();

/** What namesSameSource asks of a sentence of the other side, whatever the source looked for. */
interface SourceFacts {
  /** Whether it names a spokesperson. */
  bySpokesperson: boolean;
  /** Whether it reports: a reporting verb or an introduction. */
  reports: boolean;
  /** Its words and their source keys, made at the first look (sourceKeysOf). */
  keys: Set<string> | null;
}

/** The signal's source name words in all their forms (nameForms). */
function nameFormsOf(signal: Signal): Set<string> {
  let forms = nameFormsCache.get(signal.text);
  if (!forms) {
    if (nameFormsCache.size > 50_000) nameFormsCache.clear();
    nameFormsCache.set(signal.text, (forms = new Set(nameWordsOf(signal).flatMap(nameForms))));
  }
  return forms;
}

function nameWordsOf(signal: Signal): string[] {
  let words = nameWordsCache.get(signal.text);
  if (!words) {
    if (nameWordsCache.size > 50_000) nameWordsCache.clear();
    nameWordsCache.set(signal.text, (words = sourceNameWords(signal.text)));
  }
  return words;
}

/** A sentence's SourceFacts, worked out once: the same sentence is asked about for every source of the other sides. */
function sourceFactsOf(sentence: Sentence): SourceFacts {
  let facts = sourceFactsCache.get(sentence);
  if (!facts) {
    verbs ??= compileLexicon(reportingVerbs);
    introductions ??= compileLexicon(sourceIntroductions);
    const reports = findLexicon(sentence, sentence.text, verbs).length > 0 || findLexicon(sentence, sentence.text, introductions).length > 0;
    sourceFactsCache.set(sentence, (facts = { bySpokesperson: mentionsSpokesperson(sentence.text), reports, keys: null }));
  }
  return facts;
}

/**
 * A sentence's words and their source keys, made when a source is first looked up in it: most
 * sentences asked about name no spokesperson where the source does (or the other way round), or
 * report nothing, and their words are never needed.
 */
function sourceKeysOf(sentence: Sentence, facts: SourceFacts): Set<string> {
  if (facts.keys === null) {
    const keys = new Set<string>();
    for (const w of wordsOf(sentence, sentence.text).lower) {
      keys.add(w);
      keys.add(sourceKey(w));
    }
    facts.keys = keys;
  }
  return facts.keys;
}

export function attributionCues(sides: Side[]): Cue[] {
  const signals = sides.map(signalsOf);
  // Each side's named sources, found once when a note first asks: a note names those of every
  // lacking side, and a unit of twenty outlets has a note for nearly every one.
  const named = new Map<Side, string[]>();
  const namedBy = (side: Side): string[] => {
    let sources = named.get(side);
    if (!sources) {
      sources = signals[sides.indexOf(side)]!.filter((x) => x.value.startsWith('named:')).map((x) => `'${x.text}'`);
      named.set(side, sources);
    }
    return sources;
  };
  return differingCues('attribution', sides, signals, (signal, side, lacking) => {
    const others = listOutlets(lacking);
    const plural = lacking.length > 1;
    const theirSources = lacking.flatMap(namedBy);
    if (signal.value.startsWith('named:') && theirSources.length > 0) {
      return `${outletOf(side)} attributes this to '${signal.text}'; ${others} ${plural ? 'cite' : 'cites'} ${[...new Set(theirSources)].join(', ')} instead.`;
    }
    if (signal.value === 'own-account') {
      return `${outletOf(side)} gives this as the party's own account ('${signal.text}'); ${others} ${plural ? 'state' : 'states'} it without saying whose figure or view it is.`;
    }
    if (signal.value === 'anonymous') {
      return `${outletOf(side)} relies on an unnamed source ('${signal.text}'); ${others} ${plural ? 'do' : 'does'} not.`;
    }
    if (signal.value === 'own-reporting') {
      return `${outletOf(side)} gives this as its own reporting ('${signal.text}'); ${others} ${plural ? 'do' : 'does'} not say where it comes from.`;
    }
    if (signal.value === 'findings') {
      return `${outletOf(side)} cites findings or a survey without saying whose ('${signal.text}'); ${others} ${plural ? 'do' : 'does'} not.`;
    }
    if (signal.value.startsWith('loaded:')) {
      return `${outletOf(side)} reports the statement with the loaded verb '${signal.text}', which colours it; ${others} ${plural ? 'do' : 'does'} not use it.`;
    }
    return `${outletOf(side)} attributes this to a named source ('${signal.text}'); ${others} ${plural ? 'name' : 'names'} no such source.`;
  }, (signal, j) => !namesSameSource(signal, sides[j]!, signals[j]!));
}
