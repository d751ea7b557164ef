// Certainty: hedges and modality in one outlet where another states the same thing plainly.
import type { Cue, Sentence } from '../../model.js';
import { reportingVerbs } from '../lexicon/attribution.js';
import { certaintyEntries, certaintyMeaning } from '../lexicon/certainty.js';
import { numberWords, vagueQuantities } from '../lexicon/numbers.js';
import { type Lexicon, type LexiconMatch, type Words, compileLexicon, findLexicon, isCapitalisedAt, overlapping, wordsOf } from '../lexicon/match.js';
import { germanMonths } from '../../months.js';
import { stopwords } from '../../vocabulary/stopwords.js';
import { quotesOf } from './quote.js';
import { type Side, type Signal, differingCues, listOutlets, outletOf } from './side.js';

let lexicon: Lexicon | null = null;

function signalsOf(side: Side): Signal[] {
  lexicon ??= compileLexicon(certaintyEntries);
  const signals: Signal[] = [];
  for (const sentence of side.sentences) {
    // A hedge inside a direct quotation is the speaker's, not the outlet's ("„Ich habe keine
    // Zeit“" is no reported speech, "'We may have to close'" no hedge of the reporter's).
    const quotes = quotesOf(sentence);
    for (const m of findLexicon(sentence, sentence.text, lexicon)) {
      if (quotes.some((q) => overlapping(q, m))) continue;
      if (isNoHedgeWhereItStands(sentence, m)) continue;
      // Konjunktiv forms are German grammar; "rate" or "sei" in English text mean something else.
      if (m.value !== 'reported-speech' || side.article.language !== 'en') signals.push({ sentence, text: m.text, span: m.span, value: m.value });
    }
    if (side.article.language === 'de') {
      for (const verb of konjunktivByPosition(sentence)) {
        if (!quotes.some((q) => overlapping(q, verb)) && !signals.some((x) => x.sentence === sentence && overlapping(x, verb))) signals.push(verb);
      }
    }
  }
  return withoutCarryingGrammar(signals);
}

/** A lexicon word that, where it stands, hedges nothing of the outlet's: each reading says why. */
function isNoHedgeWhereItStands(sentence: Sentence, match: LexiconMatch): boolean {
  return (
    isSubstituteInfinitive(sentence, match.span) ||
    isPlannedSollen(sentence, match.span) ||
    isVerbFirstSollen(match) ||
    isConditional(sentence, match) ||
    isPastInability(sentence, match) ||
    isNotInferringWohl(sentence, match) ||
    isMonthMay(sentence, match)
  );
}

/** Whether a signal is a word that hedges (angeblich, möglicherweise, could), not grammar and not a claim of proof. */
const isHedgeWord = (signal: Signal): boolean => signal.value !== 'reported-speech' && signal.value !== 'asserted';

/**
 * Konjunktiv in a sentence that also hedges with a word is the grammar that carries the hedge
 * ("das möglicherweise getroffen worden sei"): one hedge, told by the word, not a second one.
 */
function withoutCarryingGrammar(signals: Signal[]): Signal[] {
  if (!signals.some((s) => s.value === 'reported-speech') || !signals.some(isHedgeWord)) return signals;
  return signals.filter((s) => s.value !== 'reported-speech' || !signals.some((h) => h.sentence === s.sentence && isHedgeWord(h)));
}

/** Forms of "haben" that take a modal's infinitive in place of its participle ("hätte … sollen"). */
const perfectAuxiliaries = new Set(['hätte', 'hätten', 'hat', 'haben', 'hatte', 'hatten']);
/** Infinitives that make the perfect of a hearsay "sollen" ("gesagt haben sollen"). */
const perfectInfinitives = new Set(['haben', 'sein', 'werden', 'worden']);

/**
 * "sollen" closing a clause after a form of "haben" and an infinitive is the modal's infinitive
 * standing in for its participle: "Das Treffen hätte am Donnerstag stattfinden sollen" says what
 * was planned, not what is reported. Hearsay "soll"/"sollen" ("soll gesagt haben", "wie Quellen
 * gesagt haben sollen") still hedges.
 */
function isSubstituteInfinitive(sentence: Sentence, span: { start: number; end: number }): boolean {
  const text = sentence.text;
  if (text.slice(span.start, span.end).toLowerCase() !== 'sollen' || !closesClause(text.slice(span.end))) return false;
  const words = wordsOf(sentence, text);
  const at = words.start.indexOf(span.start);
  // "gesagt haben sollen", "gewesen sein sollen": the perfect of hearsay, a hedge.
  if (at < 1 || perfectInfinitives.has(words.lower[at - 1]!)) return false;
  for (let i = at - 2; i >= 0; i--) {
    // Back to the clause's start only: "Er sagte, das Treffen hätte …" reads its own clause.
    if (/[,;:]/.test(text.slice(words.end[i]!, i + 1 < words.start.length ? words.start[i + 1]! : span.start))) return false;
    if (perfectAuxiliaries.has(words.lower[i]!)) return true;
  }
  return false;
}

/**
 * "could not" / "couldn't" is the past of "cannot" ("a party that could not accept the result",
 * "they couldn't afford to close"): what was not possible, stated, not a hedge. "could not have
 * known" weighs a possibility and stays one; "could not verify" is read whole by the lexicon.
 */
function isPastInability(sentence: Sentence, match: LexiconMatch): boolean {
  if (match.text.toLowerCase() !== 'could') return false;
  const after = sentence.text.slice(match.span.end);
  return /^(?:\s+not|n['’]t)\b/i.test(after) && !/^(?:\s+not|n['’]t)\s+have\b/i.test(after);
}

/**
 * "soll"/"sollen"/"sollte sich" opening the sentence puts the verb first: a question ("Soll die
 * Stadt die Kosten tragen?") or a condition ("Sollte sich der Verdacht bestätigen, …"), not
 * hearsay, which puts the modal second ("Der Fahrer soll …", "Am Abend soll …").
 */
const isVerbFirstSollen = (match: LexiconMatch): boolean => match.span.start === 0 && /^soll(?:en|te sich)?$/i.test(match.text);

/**
 * "May" with a capital inside a sentence is the month or a name ("joined in May", "Theresa May"),
 * and at its start before a figure the month ("May 12 was …"); the modal is lower case there.
 */
function isMonthMay(sentence: Sentence, match: LexiconMatch): boolean {
  if (match.text !== 'May') return false;
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(match.span.start);
  return at > 0 || (at === 0 && words.kind[1] === 'number');
}

/** Words before "wohl" that make it no inference: the noun ("zum Wohl", "das Wohl") and the emphatic "sehr wohl". */
const wohlBefore = new Set(['sehr', 'zum', 'das', 'dem', 'des']);

/**
 * "wohl" hedges as an inference ("Der Zug fällt wohl aus"), but not as the noun ("zum Wohl der
 * Kinder", capitalised inside a sentence), nor in "sehr wohl" (indeed), "wohl aber" (but indeed)
 * or "wohl oder übel" (like it or not).
 */
function isNotInferringWohl(sentence: Sentence, match: LexiconMatch): boolean {
  if (match.text.toLowerCase() !== 'wohl') return false;
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(match.span.start);
  if (at < 0) return false;
  if (at > 0 && isCapitalisedAt(words, sentence.text, at)) return true;
  const next = words.lower[at + 1];
  return wohlBefore.has(words.lower[at - 1] ?? '') || next === 'aber' || next === 'oder';
}

/** Konjunktiv II forms of the list, the mood of a condition as much as of reported speech. */
const conditionalForms = new Set(['hätten', 'wäre', 'würden']);
/** Words that open a clause of condition or comparison: "falls … zurückgenommen würden", "als wäre nichts geschehen". */
const conditionOpeners = new Set(['falls', 'wenn', 'sofern', 'soweit', 'als']);

/**
 * A Konjunktiv II in a clause of condition ("…, falls die Kürzungen nicht zurückgenommen würden")
 * or comparison ("als wäre nichts geschehen") states a condition, not what someone said.
 */
function isConditional(sentence: Sentence, match: LexiconMatch): boolean {
  if (!conditionalForms.has(match.text.toLowerCase())) return false;
  const words = wordsOf(sentence, sentence.text);
  const at = words.start.indexOf(match.span.start);
  if (at < 0) return false;
  const first = clauseAround(words, sentence.text, at).first;
  return conditionOpeners.has(words.lower[first]!) || (at > 0 && words.lower[at - 1] === 'als');
}

/** Whether the text after a word closes its clause: punctuation or the end of the sentence. */
const closesClause = (after: string): boolean => /^\s*(?:[,;:.!?)–—]|$)/.test(after);

/** The first and last word of the clause around word `at`: back to and on to the nearest clause punctuation. */
function clauseAround(words: Words, text: string, at: number): { first: number; last: number } {
  let first = at;
  while (first > 0 && !/[,;:()–—]/.test(text.slice(words.end[first - 1]!, words.start[first]!))) first--;
  let last = at;
  while (last + 1 < words.lower.length && !/[,;:.!?()–—]/.test(text.slice(words.end[last]!, words.start[last + 1]!))) last++;
  return { first, last };
}

/**
 * "soll"/"sollen" that states a plan, a schedule, a purpose or an instruction, not hearsay. The
 * infinitive is the clause's last word (verb second) or the word before the modal (verb last).
 * - A passive infinitive ("… installiert werden", "durchgesetzt werden soll", "Durchgesetzt werden
 *   soll die Sperrung"): hearsay about a deed done to someone is told in the perfect passive ("soll
 *   … getötet worden sein").
 * - An active infinitive is a plan only with a sign of one (see isPlanClause), since "Er soll
 *   Millionen verdienen" is hearsay as much as "Er soll Millionen verdient haben"; the perfect is
 *   always hearsay.
 */
function isPlannedSollen(sentence: Sentence, span: { start: number; end: number }): boolean {
  const text = sentence.text;
  const word = text.slice(span.start, span.end).toLowerCase();
  if (word !== 'soll' && word !== 'sollen') return false;
  const words = wordsOf(sentence, text);
  const at = words.start.indexOf(span.start);
  if (at < 0) return false;
  const clause = clauseAround(words, text, at);
  // Verb last ("… installiert werden soll"): the infinitive stands right before the modal.
  const verbLast = closesClause(text.slice(span.end));
  const infinitive = verbLast ? at - 1 : clause.last;
  const from = verbLast ? clause.first : at + 1;
  if (infinitive < from) return false;
  if (isPassive(words, text, infinitive, from)) return true;
  // The passive put first, the modal second: "Durchgesetzt werden soll die Sperrung mit Pollern."
  if (!verbLast && at - 2 === clause.first && isPassive(words, text, at - 1, clause.first, at - 2 === 0)) return true;
  if (isPerfectInfinitive(words, text, infinitive, from)) return false;
  return isPlanClause(words, text, clause.first, infinitive);
}

/**
 * Whether word `infinitive` is the "werden" of a passive: after a participle ("installiert werden",
 * "abgerissen werden"), at or after word `from`. After an adjective ("schwächer werden") it is a
 * change of state, which a forecast hedges as much as "soll … nachlassen". A capital says the word
 * before is a noun ("Präsident werden"), unless it opens the sentence (`capitalAllowed`).
 */
function isPassive(words: Words, text: string, infinitive: number, from: number, capitalAllowed = false): boolean {
  const before = infinitive - 1;
  if (before < from || words.lower[infinitive] !== 'werden' || (!capitalAllowed && isCapitalisedAt(words, text, before))) return false;
  return /(?:t|ge\p{L}+en)$/u.test(words.lower[before]!);
}

/** "gekappt haben", "ausgetreten sein", "getroffen worden sein": the perfect, which tells what happened. */
function isPerfectInfinitive(words: Words, text: string, infinitive: number, from: number): boolean {
  const verb = words.lower[infinitive]!;
  const before = infinitive - 1;
  if ((verb !== 'haben' && verb !== 'sein') || before < from || isCapitalisedAt(words, text, before)) return false;
  return /(?:t|en)$/.test(words.lower[before]!);
}

/**
 * Infinitives that say what a plan, a timetable or a measure is for: things that are scheduled
 * ("soll im Mai öffnen", "soll in Budapest stattfinden"), come into force ("soll ab April gelten")
 * or serve a purpose ("sollen den Wegfall ausgleichen"). Hearsay is told about deeds and states
 * ("soll … verdienen", "soll … sein"), seldom with these.
 */
const planInfinitives = new Set([
  'stattfinden', 'beginnen', 'starten', 'anlaufen', 'losgehen', 'öffnen', 'eröffnen', 'schließen', 'enden', 'auslaufen',
  'entstehen', 'gelten', 'greifen', 'vorliegen', 'erfolgen', 'folgen', 'weitergehen', 'ersetzen', 'ausgleichen',
  'auffangen', 'kompensieren', 'entlasten', 'sorgen', 'dienen', 'helfen', 'ermöglichen', 'verhindern', 'verbessern',
  'fahren', 'verkehren', 'umsteigen', 'inkrafttreten',
]);

/**
 * People an instruction or an advice is given to ("Kunden sollen die Ware nicht essen", "Anwohner
 * sollen Fenster geschlossen halten"): with "sollen" and an active infinitive, they are told what
 * to do, not reported to have done it.
 */
const addressees = new Set([
  'kunden', 'kundinnen', 'verbraucher', 'verbraucherinnen', 'fahrgäste', 'reisende', 'passagiere', 'pendler', 'anwohner',
  'anwohnerinnen', 'bewohner', 'bewohnerinnen', 'bürger', 'bürgerinnen', 'schüler', 'schülerinnen', 'eltern', 'autofahrer',
  'radfahrer', 'fußgänger', 'patienten', 'patientinnen', 'besucher', 'besucherinnen', 'urlauber', 'mieter', 'nutzer', 'betroffene',
]);

const months = [...germanMonths].join('|');
const timeWords = `${months}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|frühjahr|frühling|sommer|herbst|winter|jahresende|jahresmitte|jahresbeginn|jahreswechsel|monatsende|ende|mitte|anfang|beginn|sofort|kommend\\p{L}*|nächst\\p{L}*|\\d`;
/**
 * A time ahead, the mark of a schedule: "ab April", "bis Ende des Monats", "im Juni", "im kommenden
 * Jahr", "künftig", "in zwei Wochen", a year ("2027") unless "seit" makes it the past. Read only
 * where the infinitive is no perfect (hearsay about the past has times too: "soll im Mai … gefahren
 * sein"). "am Montag" is left out: hearsay has it as often ("soll am Montag in Berlin sein").
 */
const futureTime = new RegExp(
  [
    `\\b(?:ab|bis)\\s+(?:(?:zum|zur|dem|den|der|spätestens)\\s+)?(?:${timeWords})`,
    `\\bim\\s+(?:${months}|frühjahr|frühling|sommer|herbst|winter)`,
    '\\b(?:kommend|nächst)\\p{L}*\\s+(?:woche|monat|jahr|quartal|saison)',
    '\\b(?:künftig|demnächst|bald|spätestens|zeitnah)\\b',
    '\\b(?:in|binnen|innerhalb)\\s+(?:\\d+|einer|eines|zwei|drei|vier|fünf|sechs|wenigen|einigen)\\s+(?:tag|woche|monat|jahr)',
    '\\b(?:noch\\s+)?(?:in\\s+diesem|dieses|im\\s+laufenden)\\s+(?:jahr|monat|woche|frühjahr|sommer|herbst|winter)',
  ].join('|'),
  'iu',
);
/** A year not before a noun ("2000 Euro") and not after "seit"; case-sensitive, since /iu folds \p{Lu}. */
const yearAhead = /(?<!\b[Ss]eit\s)\b20\d\d\b(?!\s*\p{Lu})/u;
/** Words that name a plan: "nach den Plänen der Stadt", "wie vorgesehen", "laut Zeitplan". */
const planWords = /\b(?:plan|pläne[n]?|planung\p{L}*|zeitplan\p{L}*|vorgesehen|nach dem willen)\b/iu;

/**
 * Whether the clause of an active infinitive (words `first` to `infinitive`) reads as a plan: a plan
 * verb, a time ahead, a word for a plan, or people told what to do (not with "sein"/"haben", since
 * "200 Passagiere sollen an Bord sein" is hearsay).
 */
function isPlanClause(words: Words, text: string, first: number, infinitive: number): boolean {
  const verb = words.lower[infinitive]!;
  if (planInfinitives.has(verb)) return true;
  const clause = text.slice(words.start[first], words.end[infinitive]);
  if (futureTime.test(clause) || yearAhead.test(clause) || planWords.test(clause)) return true;
  if (verb === 'sein' || verb === 'haben') return false;
  for (let i = first; i < infinitive; i++) if (addressees.has(words.lower[i]!)) return true;
  return false;
}

/**
 * Lower-case words ending in -e that are no verb where they stand: adverbs and particles the
 * stopword list does not hold, and loanwords.
 */
const notVerbs = new Set([
  'gerne', 'alleine', 'bitte', 'danke', 'nahe', 'vorne', 'online', 'live', 'meiste', 'letzte', 'selbe', 'gleiche',
  'infrage', 'zufolge', 'zuliebe', 'zugrunde', 'zustande', 'zutage', 'imstande', 'beiseite', 'abseits', 'halbe',
]);
/** Articles and possessives: a word right after one is an adjective ("die letzte"), never a finite verb. */
const determiners = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'sein', 'seine', 'seiner',
  'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'unsere', 'unserer', 'am', 'im', 'zum', 'zur', 'vom', 'beim',
]);
/** Pronouns that stand as the subject right before a finite verb ("er gehe", "man müsse"). */
const subjectPronouns = new Set(['er', 'sie', 'es', 'man']);

/**
 * German Konjunktiv I (and a strong verb's Konjunktiv II) found by where the word stands, not by a
 * list of verbs: the third person singular of the indicative ends in -t (geht, belegt, liefert), of
 * the Konjunktiv in -e (gehe, belege, liefere, käme). A lower-case word in -e is taken as such a
 * verb where German puts the finite verb: right after a noun or a subject pronoun with no noun or
 * figure following ("der Abschluss gehe an die Grenze", "Einen Zusammenhang belege die Studie
 * nicht"), or last in its clause ("…, dass die Lage ernst bleibe."). Left out: words in -te, since
 * the weak past (sagte, meldete) ends so; words after an article or a possessive (adjectives:
 * "die letzte", "eine neue"); stopwords (diese, keine, andere) and the first person ("ich gehe").
 */
function konjunktivByPosition(sentence: Sentence): Signal[] {
  const text = sentence.text;
  const words = wordsOf(sentence, text);
  const { lower, start, end, kind } = words;
  let found: Signal[] | null = null;
  for (let i = 1; i < lower.length; i++) {
    const word = lower[i]!;
    if (word.length < 4 || word.charCodeAt(word.length - 1) !== 101 /* e */ || word.endsWith('te') || word.endsWith('ee') || word.endsWith('weise')) continue;
    if (kind[i] !== 'word' || isCapitalisedAt(words, text, i) || stopwords.has(word) || notVerbs.has(word) || word.includes('-')) continue;
    const before = lower[i - 1]!;
    if (determiners.has(before) || before === 'ich' || !/^ +$/.test(text.slice(end[i - 1], start[i]))) continue;
    const after = text.slice(end[i], i + 1 < lower.length ? start[i + 1] : text.length);
    const clauseEnd = /^\s*[,;:.!?)–—]/.test(after) || i + 1 === lower.length;
    const nounBefore = (isCapitalisedAt(words, text, i - 1) && kind[i - 1] === 'word') || subjectPronouns.has(before);
    if (!clauseEnd && !(nounBefore && !followedByNounOrFigure(words, text, i))) continue;
    const span = { start: start[i]!, end: end[i]! };
    (found ??= []).push({ sentence, text: text.slice(span.start, span.end), span, value: 'reported-speech' });
  }
  return found ?? noSignals;
}
const noSignals: Signal[] = [];

/** Whether a noun or a figure follows word `i` directly: then the word is an adjective ("weitere Millionen", "neue 20"). */
function followedByNounOrFigure(words: Words, text: string, i: number): boolean {
  const next = i + 1;
  if (next >= words.lower.length || !/^ +$/.test(text.slice(words.end[i], words.start[next]))) return false;
  const word = words.lower[next]!;
  return isCapitalisedAt(words, text, next) || words.kind[next] === 'number' || word in numberWords || word in vagueQuantities;
}

/** The Konjunktiv II (or past) of "können"/"can", whose indicative states the same possibility. */
const subjunctiveModals = new Set(['könnte', 'könnten', 'could']);
/** "kann", "können", "can"; not "can't", which denies it. */
const modalIndicative = /\b(?:kann|können|can)\b(?!['’]t)/iu;

/** Hedges of likelihood, one scale told by different means: possible (could), inferred (likely), expected. */
const likelihood = new Set(['possible', 'inferred', 'expected']);

const thinkingVerbs = [
  'fear', 'fears', 'feared', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'hope',
  'hopes', 'hoped', 'suggest', 'suggests', 'suggested', 'warning', 'saying', 'warns',
];
/** Verbs of saying and thinking: "warned that …", "fear that …" open what was said, no relative clause. */
const sayingVerbs = new Set([...reportingVerbs.map((e) => e.pattern).filter((p) => !p.includes(' ')), ...thinkingVerbs]);
/** Relative pronouns that open a German relative clause after a comma. */
const relativePronouns = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welcher', 'welche', 'welches', 'welchem', 'welchen']);

/**
 * Whether a signal stands in a relative clause: German "…, das möglicherweise …", English "strikes
 * that could …", "…, which may …". An English "that" after a verb of saying or thinking (within
 * three words: "warned that", "told reporters that") opens what was said instead.
 */
function inRelativeClause(signal: Signal, language: string): boolean {
  const text = signal.sentence.text;
  const words = wordsOf(signal.sentence, text);
  const at = words.start.indexOf(signal.span.start);
  if (at < 0) return false;
  const { first } = clauseAround(words, text, at);
  if (language === 'de') return first > 0 && relativePronouns.has(words.lower[first]!);
  for (let k = at - 1; k >= first; k--) {
    const word = words.lower[k]!;
    if (word === 'which' || word === 'who' || word === 'whose') return true;
    if (word === 'that') return !words.lower.slice(Math.max(first, k - 3), k).some((w) => sayingVerbs.has(w));
  }
  return false;
}

/** Separable particles before the "zu" of an infinitive written as one word ("einzufrieren", "auszuweichen"). */
const particles = 'ab|an|auf|aus|bei|ein|fest|frei|her|hin|los|mit|nach|vor|weg|zurück|zusammen|weiter|wieder|dar|um|durch|über';
/**
 * A zu-infinitive after a comma ("…, die Kämpfe zu stoppen", "…, auf Limonaden auszuweichen"): the
 * content of a demand, a warning or a plan, which has no mood. Case-sensitive: the infinitive is
 * lower case ("zu stoppen"), a noun after "zu" is not one ("zu Boden").
 */
const zuInfinitive = new RegExp(`,[^,;:]*(?:\\bzu\\s+\\p{Ll}+en|\\b(?:${particles})zu\\p{Ll}+en)\\b`, 'u');
/** "sprach von einem Defekt", "spricht von einem Gewinn": what someone said, told as a noun. */
const spokeOf = /\bspr(?:ach|achen|icht|echen)\b[^,;:.!?]*\bvon\b/u;
/** Whether a sentence tells its content as what someone demanded or spoke of, not as a statement of fact. */
const toldAsSpeech = (text: string): boolean => zuInfinitive.test(text) || spokeOf.test(text);

/** Words that report research: a study, a survey, researchers ("Beobachtungsstudie", "Forscher", "researchers"). */
const reportsResearch = /(?:studie|untersuchung|forsch|umfrage|\bstud(?:y|ies)\b|\bresearch|\bsurvey|\btrial\b)/iu;

/**
 * What the comparison needs to know of a side beyond its signals; see comparableSides. Each part
 * is read when a rule first asks for it: a signal needs one or two of them, and reading every
 * side's texts for all of them took longer than finding the signals.
 */
interface SideReading {
  /** It quotes someone directly. */
  quotes(): boolean;
  /** It hedges with a word (angeblich, could, linked to), not only with grammar. */
  hedged(): boolean;
  /** It hedges with a word of likelihood outside a relative clause. */
  weighed(): boolean;
  /** It speaks of a study, a survey or researchers. */
  research(): boolean;
  /** Each of its sentences tells its content as a demand (zu-infinitive) or as what someone spoke of. */
  speech(): boolean;
  /** It says kann/können/can. */
  able(): boolean;
}

/** The value of `work`, worked out on the first call only. */
function once(work: () => boolean): () => boolean {
  let value: boolean | undefined;
  return () => (value ??= work());
}

function readSide(side: Side, signals: Signal[]): SideReading {
  const texts = side.sentences.map((sentence) => sentence.text);
  return {
    quotes: once(() => side.sentences.some((sentence) => quotesOf(sentence).length > 0)),
    hedged: once(() => signals.some(isHedgeWord)),
    weighed: once(() => signals.some((s) => likelihood.has(s.value) && !inRelativeClause(s, side.article.language))),
    research: once(() => texts.some((text) => reportsResearch.test(text))),
    speech: once(() => texts.length > 0 && texts.every(toldAsSpeech)),
    able: once(() => texts.some((text) => modalIndicative.test(text))),
  };
}

/**
 * Whether a side that lacks a signal's value counts as telling the fact without it, i.e. whether
 * the signal is a difference to that side.
 * - Could, likely and expected to are one scale of likelihood: an outlet hedging with one is no
 *   difference to one hedging with another ("the wind may ease" / "humidity is likely to stay
 *   low"). A hedge in a relative clause is about something else ("strikes that could halt the
 *   plant"), so it leaves its outlet plain about the fact itself.
 * - "könnten zurückgegeben werden" against "können zurückgegeben werden": the same possibility or
 *   permission in the Konjunktiv of reported speech; the other outlet states it with the same modal.
 * - A finding told as proven differs from an outlet that hedges it or reports it as a study's
 *   result; against one that states it as plainly ("Kontrolleure fanden Salmonellen" against "…
 *   wiesen Salmonellen nach") it is no difference.
 * - Reported speech (Konjunktiv I) is the grammar of indirect speech: against an outlet that quotes
 *   the speaker's own words it is a paraphrase (the quote cue says so), not a hedge. Against an
 *   outlet that hedges with a word (angeblich, soll) it is none either: that outlet distances
 *   itself at least as much. Nor against one that tells the same as what someone demands, in a
 *   zu-infinitive ("Trump fordert, die Kämpfe zu stoppen"), or spoke of ("sprach von einem
 *   Defekt"): that outlet states no fact either, and neither form has a mood to mark. Against the
 *   indicative, attributed or not ("die Lage ist ernst, sagte er", "räumen ein, dass die Studie
 *   keinen Beweis liefert"), it still is: the indicative takes the statement as fact.
 */
function comparableSides(readings: SideReading[]): (signal: Signal, other: number) => boolean {
  return (signal, other) => {
    const reading = readings[other]!;
    if (likelihood.has(signal.value) && reading.weighed()) return false;
    if (subjunctiveModals.has(signal.text.toLowerCase()) && reading.able()) return false;
    if (signal.value === 'asserted') return reading.hedged() || reading.research();
    return signal.value !== 'reported-speech' || (!reading.quotes() && !reading.hedged() && !reading.speech());
  };
}

export function certaintyCues(sides: Side[]): Cue[] {
  const signals = sides.map(signalsOf);
  // Most units hedge nowhere: then there is nothing to read of their sides.
  if (signals.every((list) => list.length === 0)) return [];
  const comparable = comparableSides(sides.map((side, i) => readSide(side, signals[i]!)));
  return differingCues('certainty', sides, signals, (signal, side, lacking) => {
    // "States it plainly" contrasts a hedge; a claim told as proven is contrasted by who does not.
    const plain = signal.value === 'asserted' ? [] : lacking.filter((l) => signals[sides.indexOf(l)]!.length === 0);
    const rest = plain.length > 0 ? `${listOutlets(plain)} ${plain.length > 1 ? 'state' : 'states'} it plainly` : `${listOutlets(lacking)} ${lacking.length > 1 ? 'do' : 'does'} not`;
    return `${outletOf(side)} ${certaintyMeaning[signal.value] ?? 'hedges the claim'} ('${signal.text}'); ${rest}.`;
  }, comparable);
}
