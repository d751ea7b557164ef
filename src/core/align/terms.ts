// Terms of a sentence for alignment: stemmed content words, with names and numbers marked as
// anchors (they survive paraphrase best), variant names folded to one canonical term, and softer
// extra terms for what paraphrase changes: near-synonyms (synonyms.ts) and the order of magnitude
// of a number ("rund 1200" / "mehr als tausend", "40 ships" / "dozens of ships").
import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { isDigit, isLetter, isMark, isSpace, unitsOf } from '../chars.js';
import { normalizeForAnalysis } from '../ingest/normalize.js';
import type { Language } from '../model.js';
import { englishMonths, germanMonths } from '../months.js';
import { stopwords } from '../vocabulary/stopwords.js';
import { separableParticles, stem } from './stemmer.js';
import { synonymOf } from './synonyms.js';
import { canonicalVariant } from './variants.js';

export interface Term {
  key: string;
  /** The word as written (first occurrence), for explaining an alignment. */
  display: string;
  anchor: boolean;
  /** Term frequency this occurrence adds (1 for the word itself; less for softer evidence). */
  weight: number;
}

/** A near-synonym counts this much of the word itself. */
export const synonymWeight = 0.6;
/** The order of magnitude of a number counts this much of an exact number match. */
export const magnitudeWeight = 0.5;

/**
 * The words and figures of a text, with where each starts: what
 * /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:]\d+)*\/gu finds (a letter and letters,
 * marks or apostrophes, hyphen-joined parts; digits with inner separators), by one scan by
 * character code (chars.ts): every sentence of a comparison is read.
 */
export function wordsOf(text: string, words: string[], starts: number[]): void {
  const length = text.length;
  const letterRun = (at: number, apostrophes: boolean): number => {
    let q = at;
    while (q < length) {
      const cp = text.codePointAt(q)!;
      if (!isLetter(cp) && !isMark(cp) && !(apostrophes && (cp === 39 || cp === 0x2019))) break;
      q += unitsOf(cp);
    }
    return q;
  };
  for (let p = 0; p < length; ) {
    const cp = text.codePointAt(p)!;
    let end = p;
    if (isLetter(cp)) {
      end = letterRun(p + unitsOf(cp), true);
      while (text.charCodeAt(end) === 45 /* - */ && end + 1 < length && isLetter(text.codePointAt(end + 1)!)) {
        end = letterRun(end + 1, false);
      }
    } else if (isDigit(cp)) {
      end = p + 1;
      while (isDigit(text.charCodeAt(end))) end++;
      for (;;) {
        const sep = text.charCodeAt(end);
        if (!((sep === 46 || sep === 44 || sep === 58) && isDigit(text.charCodeAt(end + 1)))) break;
        end += 2;
        while (isDigit(text.charCodeAt(end))) end++;
      }
    } else {
      p += unitsOf(cp);
      continue;
    }
    words.push(text.slice(p, end));
    starts.push(p);
    p = end;
  }
}

// Stopwords of the article's own language: the shared list joins German and English, and the
// English one (stopwords-iso's is long) holds words that are content in German or in news
// ("front", "members", "state", "thousand"), while the German one holds English "war" and "die".
const lists = stopwordsIso as unknown as Record<string, string[]>;
const keepInNews = new Set([
  'areas', 'cause', 'causes', 'computer', 'empty', 'front', 'goods', 'group', 'groups', 'information', 'member',
  'members', 'problem', 'problems', 'research', 'rooms', 'serious', 'state', 'states', 'system', 'world', 'young',
]);
const stopwordsOf: Record<Language, ReadonlySet<string>> = {
  de: new Set(lists.de ?? []),
  en: new Set((lists.en ?? []).filter((w) => !keepInNews.has(w))),
  und: stopwords,
};

// Number words worth an order of magnitude (small ones are too common to tell facts apart).
const numberWords = new Map<string, number>(Object.entries({
  ten: 10, eleven: 11, twelve: 12, dozen: 12, dozens: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, hundreds: 100, thousand: 1000, thousands: 1000,
  million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  zehn: 10, elf: 11, zwölf: 12, dutzend: 12, dutzende: 12, dutzenden: 12, zwanzig: 20, dreißig: 30, vierzig: 40,
  fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, hunderte: 100, hunderten: 100,
  tausend: 1000, tausende: 1000, tausenden: 1000, millionen: 1e6, milliarde: 1e9, milliarden: 1e9,
}));

/** The value of a written number: a separator before exactly three digits groups thousands. */
function numberValue(written: string): number | null {
  if (written.includes(':')) return null; // a time of day
  const plain = written.replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  // Four-digit years say when, not how many.
  if (/^\d{4}$/.test(written) && value >= 1900 && value <= 2100) return null;
  return value;
}


// Common strong verbs that the German stopword list holds, yet which with a particle make words
// of their own ("kam … an", "gab … auf", "ging … aus").
const stopVerbs = new Set([
  'kam', 'kamen', 'kommt', 'kommen', 'gab', 'gaben', 'gibt', 'geben', 'ging', 'gingen', 'geht', 'gehen', 'stand',
  'standen', 'steht', 'stehen', 'sah', 'sahen', 'sieht', 'nahm', 'nahmen', 'nimmt', 'hielt', 'hielten', 'zog', 'zogen',
]);
// What ends a clause: punctuation, or a coordinating conjunction ("… rückte an und sperrte … ab").
const clauseBreaks = new Set([...',;:!?.()[]"„“”»«–—'].map((c) => c.charCodeAt(0)));
/** Whether text[from, to) holds a clause-ending mark: read between every two words of German text. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (clauseBreaks.has(text.charCodeAt(k))) return true;
  return false;
}
const conjunctions = new Set(['und', 'oder', 'aber', 'sondern', 'denn']);

/**
 * German separable verbs: in a main clause the particle stands at the clause's end, apart from
 * its verb ("Auf den Straßen fielen die Ampeln aus"). The clause's verb, taken as its first
 * lower-case content word not directly followed by a capitalised one (that is more likely an
 * adjective before its noun), is read as particle + verb ("ausfielen"), so it meets "ausfielen"
 * and "ausgefallen"; the particle itself is dropped. Returns verb start → joined word, and the
 * particles' starts; null when the sentence has none (most sentences: nothing is allocated).
 */
function separableVerbs(
  normal: string,
  words: readonly string[],
  starts: readonly number[],
  stops: ReadonlySet<string>,
): { joined: Map<number, string>; particles: Set<number> } | null {
  let found: { joined: Map<number, string>; particles: Set<number> } | null = null;
  // A clause is the run of words [from, to): indexes into words, so no clause array is built.
  const close = (from: number, to: number) => {
    const last = to - 1;
    if (to - from < 3 || !separableParticles.has(words[last]!)) return;
    for (let k = from; k < last; k++) {
      const word = words[k]!;
      if (!startsLower(word) || (stops.has(word) && !stopVerbs.has(word)) || separableParticles.has(word)) continue;
      if (k + 1 !== last && startsUpper(words[k + 1]!)) continue;
      found ??= { joined: new Map(), particles: new Set() };
      found.joined.set(starts[k]!, words[last]! + word);
      found.particles.add(starts[last]!);
      return;
    }
  };
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && breaksClause(normal, starts[k - 1]! + words[k - 1]!.length, starts[k]!)) {
      close(from, k);
      from = k;
    }
    if (conjunctions.has(words[k]!)) {
      close(from, k);
      from = k + 1;
    }
  }
  close(from, words.length);
  return found;
}

const startsLower = (word: string): boolean => /^\p{Ll}/u.test(word);
const startsUpper = (word: string): boolean => /^\p{Lu}/u.test(word);

interface WordInfo {
  variant: string | null;
  parts: { key: string; synonym: string | null }[];
}

/**
 * What a word as written yields whatever its context, worked out once per comparison and language
 * rather than per occurrence: the same words recur in every article.
 */
interface WordFacts {
  lower: string;
  isNumber: boolean;
  /** A stopword (or a single letter): it adds no term. */
  stop: boolean;
  /** A number's value, or a number word's ("tausend"), for its order of magnitude. */
  value: number | null;
  capitalised: boolean;
  /** All caps, inner capitals or short (CNN, McDonald, SPD): a name even in German. */
  nameShape: boolean;
  /** Variant and parts of a non-number word. */
  info: WordInfo | null;
}
const wordFactsCache: Record<Language, Map<string, WordFacts>> = { de: new Map(), en: new Map(), und: new Map() };

/** Facts of a word; `lower` set for a separable verb joined to its particle ("ausfielen"). */
function wordFacts(word: string, language: Language, stops: ReadonlySet<string>, joined?: string): WordFacts {
  const cache = wordFactsCache[language];
  if (joined === undefined) {
    const known = cache.get(word);
    if (known !== undefined) return known;
  }
  const lower = joined ?? word.toLowerCase();
  const c0 = word.charCodeAt(0);
  const isNumber = c0 >= 48 && c0 <= 57; // /^\d/
  const stop = !isNumber && (lower.length < 2 || stops.has(lower));
  const facts: WordFacts = {
    lower,
    isNumber,
    stop,
    value: isNumber ? numberValue(word) : (numberWords.get(lower) ?? null),
    capitalised: startsUpper(word),
    nameShape: /^\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(word) || word.length <= 3,
    info: isNumber || stop ? null : wordInfo(lower, language, stops),
  };
  if (joined !== undefined) return facts;
  // Bounded like the stemmer's cache: a hostile comparison of millions of distinct words.
  if (cache.size > 200_000) cache.clear();
  cache.set(word, facts);
  return facts;
}

/** What a (lowercased, non-number, non-stopword) word yields whatever its context: its variant, its parts' keys and synonyms. */
function wordInfo(lower: string, language: Language, stops: ReadonlySet<string>): WordInfo {
  const variant = canonicalVariant(lower);
  const parts: WordInfo['parts'] = [];
  for (const part of lower.split('-')) {
    if (!part || stops.has(part)) continue;
    if (variant) {
      parts.push({ key: variant, synonym: null });
      break;
    }
    const key = stem(part, language);
    parts.push({ key, synonym: synonymOf(key, language) });
  }
  return { variant, parts };
}

/** Whether word `w` is a month as written: "May" and "March" only capitalised. */
function isMonth(word: string | undefined): boolean {
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  return germanMonths.has(lower) || (englishMonths.has(lower) && (startsUpper(word) || (lower !== 'may' && lower !== 'march')));
}

/**
 * Whether the figure at word `w` is a day of a month ("18. Dezember", "12 March", "March 12"): it
 * says when, as a year does, so it gets no order of magnitude that would meet any count from 10 to 99.
 */
function isDayOfMonth(text: string, words: readonly string[], starts: readonly number[], w: number): boolean {
  const word = words[w]!;
  if (word.length > 2 || !isDigit(word.charCodeAt(0))) return false;
  const end = starts[w]! + word.length;
  if (w + 1 < words.length && isMonth(words[w + 1])) {
    const between = text.slice(end, starts[w + 1]);
    if (between === '. ' || between === ' ') return true;
  }
  return w > 0 && isMonth(words[w - 1]) && onlySpaceBetween(text, starts[w - 1]! + words[w - 1]!.length, starts[w]!);
}

/** Only whitespace, at least one character, between two words: /^\s+$/ without the slice. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}
/**
 * The terms of many sentences side by side in columns: vectorize reads every term of a
 * comparison, and an object per term was most of what it allocated.
 */
export interface TermColumns {
  keys: string[];
  displays: string[];
  anchors: boolean[];
  weights: number[];
}

export const emptyTermColumns = (): TermColumns => ({ keys: [], displays: [], anchors: [], weights: [] });

/** A sentence's terms as objects (for tests and for reading; vectorize uses collectTerms). */
export function sentenceTerms(text: string, language: Language): Term[] {
  const columns = emptyTermColumns();
  collectTerms(text, language, columns);
  return columns.keys.map((key, k) => ({
    key,
    display: columns.displays[k]!,
    anchor: columns.anchors[k]!,
    weight: columns.weights[k]!,
  }));
}

/** Appends the sentence's terms to `into`, in the order the sentence yields them. */
export function collectTerms(text: string, language: Language, into: TermColumns): void {
  const { keys, displays, anchors, weights } = into;
  const push = (key: string, display: string, anchor: boolean, weight: number): number => {
    displays.push(display);
    anchors.push(anchor);
    weights.push(weight);
    return keys.push(key) - 1;
  };
  const stops = stopwordsOf[language];
  const normal = normalizeForAnalysis(text);
  // The words are found once, for the separable verbs and for the terms.
  const words: string[] = [];
  const starts: number[] = [];
  wordsOf(normal, words, starts);
  const separable = language === 'de' ? separableVerbs(normal, words, starts, stops) : null;
  let first = true;
  // A name of several words ("Midland Freight", "Harbour Workers Union") is one piece of evidence:
  // its words share one word's weight, or a shared company name outweighs everything else.
  // (English only: German capitalises every noun, so runs of capitals there are not names.)
  // The run's terms by their place in `into`, and how many words it has.
  const runTerms: number[] = [];
  let runWords = 0;
  let runEnd = -1;
  const closeRun = () => {
    if (runWords === 0) return;
    for (const at of runTerms) weights[at] = 1 / runWords;
    runTerms.length = 0;
    runWords = 0;
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const start = starts[w]!;
    if (runWords > 0 && !onlySpaceBetween(normal, runEnd, start)) closeRun();
    if (separable?.particles.has(start)) continue;
    const joined = separable?.joined.get(start);
    const facts = wordFacts(word, language, stops, joined);
    if (facts.value !== null && facts.value >= 10 && !isDayOfMonth(normal, words, starts, w)) {
      push(`#~${Math.floor(Math.log10(facts.value) + 1e-9)}`, word, false, magnitudeWeight);
    }
    if (facts.stop) {
      first = false;
      closeRun();
      continue;
    }
    const { info } = facts;
    const variant = info ? info.variant : null;
    // Capitalised mid-sentence words are names in English; in German every noun is capitalised,
    // so only words with inner capitals or all caps (CNN, McDonald) count as names there.
    const name = !first && facts.capitalised && (language !== 'de' || facts.nameShape);
    first = false;
    if (!name || variant) closeRun();
    const inRun = name && !variant && language !== 'de';
    if (inRun) {
      runWords += 1;
      runEnd = start + word.length;
    }
    if (info) {
      for (const { key, synonym } of info.parts) {
        const at = push(key, word, name || variant !== null, 1);
        if (inRun) runTerms.push(at);
        if (synonym) push(synonym, word, false, synonymWeight);
      }
      continue;
    }
    for (const part of facts.lower.split('-')) {
      if (!part) continue;
      const at = push(`#${part.replace(/[.,:]/g, '')}`, word, true, 1);
      if (inRun) runTerms.push(at);
    }
  }
  closeRun();
}

const isWordKey = (key: string): boolean => !/^[#=%~^]/.test(key);

/**
 * German compounds: a long term also yields the known terms it starts or ends with, so
 * "Gipfeltreffen" meets "Gipfel" and "Treffen". Known = used somewhere in the comparison (the
 * comparison's own words are the dictionary: a first part is only split off when it is a word
 * there, which keeps "Umspannwerk" and "Umspannstation" apart, since no article writes
 * "Umspann"), also across a linking element ("Umleitungsstrecke" → "Umleitung", "Arbeitsamt" →
 * "Arbeit"), or (`tails`) a head noun that two compounds of the comparison end with: "Notbetten"
 * and "Feldbetten" meet in "bett" although no article writes "Betten" alone.
 */
export function compoundParts(
  key: string,
  vocabulary: ReadonlySet<string>,
  tails: ReadonlySet<string> = new Set(),
): string[] {
  if (key.length < 7 || !isWordKey(key)) return [];
  const parts: string[] = [];
  let headNoun: string | null = null;
  for (let cut = 3; cut <= key.length - 4; cut++) {
    const head = key.slice(0, cut);
    const tail = key.slice(cut);
    if (head.length >= 4 && key.length >= 8) {
      if (vocabulary.has(head)) parts.push(head);
      else {
        const linked = linkingElement.exec(head);
        if (linked && linked.index >= 4 && vocabulary.has(head.slice(0, linked.index))) parts.push(head.slice(0, linked.index));
      }
    }
    if (tail.length >= 4 && key.length >= 8 && vocabulary.has(tail)) parts.push(tail);
    // Of the shared endings only the longest: "Altstadt" meets "Innenstadt" in "stadt", not "tadt".
    else if (headNoun === null && tails.has(tail)) headNoun = tail;
  }
  // Marked "^": such an ending never stands alone in the comparison; it only adds to the score of
  // pairs found through other words, and finds no candidates itself (candidates.ts).
  if (headNoun !== null) parts.push(`^${headNoun}`);
  return [...new Set(parts)];
}
// The linking elements of German compounds: Arbeit-s-amt, Sonne-n-schein, Held-en-tat, Tag-es-licht.
const linkingElement = /(?:es|en|s|n)$/;

// Endings that make words, not compounds: two words ending in "-schaft" share no head noun.
const derivational = /^(?:heit|keit|schaft|lich|isch|tion|itat|chen|lein|nis|ling|haft|weis|massig|ismus|ist|erin|ier|erung|ung|end|ern|ten|ter|ens|ige|ig)/;

/**
 * Head nouns shared by German compounds: tails of at least four letters, starting with a
 * consonant, that end two to six different words of at least three more letters. An ending of
 * more words is a common suffix or syllable rather than a noun, and would pair half the text.
 */
export function sharedTails(words: Iterable<string>): Set<string> {
  // How many words end with each tail: the words are distinct and a word has each tail once, so a
  // count (no Set per tail, of which a comparison makes thousands).
  const endings = new Map<string, number>();
  for (const word of new Set(words)) {
    if (word.length < 7 || !isWordKey(word)) continue;
    for (let cut = 3; cut <= word.length - 4; cut++) {
      // A tail starting with a vowel is no head noun: checked on the letter before slicing.
      if (tailVowels.has(word[cut]!)) continue;
      const tail = word.slice(cut);
      if (derivational.test(tail)) continue;
      endings.set(tail, (endings.get(tail) ?? 0) + 1);
    }
  }
  const shared = new Set<string>();
  for (const [tail, owners] of endings) if (owners >= 2 && owners <= maxTailWords) shared.add(tail);
  return shared;
}
const maxTailWords = 6;
const tailVowels = new Set('aeiouäöüy');

/**
 * German stems that the Snowball stemmer leaves apart although they are one word: "telefoniert"
 * / "Telefonat", "fordert" / "Forderung" ("forder"). Stems sharing a prefix of at least six
 * letters that covers three quarters of the shorter one map to the shorter (alphabetical first
 * on a tie). English is left alone: its stemmer conflates well, and "general" is not "generate".
 */
export function stemFamilies(words: Iterable<string>): Map<string, string> {
  const buckets = new Map<string, string[]>();
  for (const word of new Set(words)) {
    if (word.length < 6 || !isWordKey(word)) continue;
    const bucket = buckets.get(word.slice(0, 6));
    if (bucket) bucket.push(word);
    else buckets.set(word.slice(0, 6), [word]);
  }
  const family = new Map<string, string>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    // Union-find inside the bucket; a root is the shortest word (alphabetical first on a tie).
    const parent = new Map(bucket.map((w) => [w, w]));
    const find = (w: string): string => {
      let r = w;
      while (parent.get(r) !== r) r = parent.get(r)!;
      return r;
    };
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [a, b] = [bucket[x]!, bucket[y]!];
        let common = 6;
        while (common < a.length && common < b.length && a[common] === b[common]) common++;
        if (common < 0.75 * Math.min(a.length, b.length)) continue;
        const [ra, rb] = [find(a), find(b)];
        if (ra === rb) continue;
        const keep = ra.length < rb.length || (ra.length === rb.length && ra < rb) ? ra : rb;
        parent.set(ra, keep);
        parent.set(rb, keep);
      }
    }
    for (const w of bucket) if (find(w) !== w) family.set(w, find(w));
  }
  return family;
}
