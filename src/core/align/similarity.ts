// Sentence vectors and their similarity: TF-IDF over the whole comparison, anchors weighted up.
// The pairs worth scoring are found in candidates.ts.
import type { Article, Sentence } from '../model.js';
import { collectTerms, compoundParts, emptyTermColumns, sharedTails, stemFamilies } from './terms.js';

/**
 * A sentence as weighted terms. Terms are numbers into `keys`, the comparison's vocabulary (one
 * array shared by all its vectors), kept in the order the sentence first used them: arrays rather
 * than a Map per sentence, since the cosine walks them for every candidate pair.
 */
export interface SentenceVector {
  sentence: Sentence;
  articleIndex: number;
  /** Term numbers, in first-use order. */
  ids: Int32Array;
  /** TF-IDF weight of each term in `ids`. */
  values: Float64Array;
  norm: number;
  /** How this sentence wrote each term in `ids` (its first occurrence), to explain an alignment. */
  displays: string[];
  /** The comparison's vocabulary: term number → key. */
  keys: readonly string[];
}

/** Anchors (names, numbers, variant names) count this much more than ordinary words. */
const anchorBoost = 1.8;
/**
 * Mutable for measuring only (the gold report's sweep, the bench's comparison of pruned and full
 * candidates). partnersPerSentence is read by candidates.ts.
 */
export const alignTuning = {
  /** Compound parts count less than the whole word they were found in. */
  compoundPartWeight: 0.45,
  /**
   * A sentence keeps this many partners at most (strongestPairs; 0 keeps all). On the synthetic
   * bench data, whose true facts are known, 5 loses no true pair at 10, 20 or 50 articles and
   * drops false ones (pair precision 36 → 37, 36 → 39, 42 → 47%); no fixture set changes.
   */
  partnersPerSentence: 5,
};

export function vectorize(articles: Article[]): SentenceVector[] {
  // Every sentence's terms, in columns; sentence s's run from termStart[s] to termStart[s + 1].
  const sentences: Sentence[] = [];
  const articleOfSentence: number[] = [];
  const termStart: number[] = [];
  const terms = emptyTermColumns();
  articles.forEach((article, articleIndex) => {
    for (const section of article.sections) {
      for (const sentence of section.sentences) {
        sentences.push(sentence);
        articleOfSentence.push(articleIndex);
        termStart.push(terms.keys.length);
        collectTerms(sentence.text, article.language, terms);
      }
    }
  });
  termStart.push(terms.keys.length);

  // Each distinct key as written, numbered: one lookup per term here, and the steps below work
  // once per distinct key. German articles' keys are numbered apart, since only they are joined
  // into stem families and split as compounds.
  const written: string[] = [];
  const writtenGerman: boolean[] = [];
  const writtenOf = [new Map<string, number>(), new Map<string, number>()];
  const writtenOfTerm = new Int32Array(terms.keys.length);
  for (let s = 0; s < sentences.length; s++) {
    const german = articles[articleOfSentence[s]!]!.language === 'de';
    const numbers = writtenOf[german ? 1 : 0]!;
    for (let t = termStart[s]!; t < termStart[s + 1]!; t++) {
      const key = terms.keys[t]!;
      let w = numbers.get(key);
      if (w === undefined) {
        numbers.set(key, (w = written.length));
        written.push(key);
        writtenGerman.push(german);
      }
      writtenOfTerm[t] = w;
    }
  }
  const germanKeys = [...writtenOf[1]!.keys()];
  // German stems the stemmer left apart are joined (telefoniert / Telefonat), and the head nouns
  // that German compounds share are found (Notbetten / Feldbetten), over this comparison's words.
  const family = stemFamilies(germanKeys);
  const canonical = written.map((key, w) => (writtenGerman[w] ? (family.get(key) ?? key) : key));
  const vocabulary = new Set(canonical);
  const tails = sharedTails(canonical.filter((_, w) => writtenGerman[w]));

  // Each sentence's bag of terms: term numbers in first-use order with their summed frequency,
  // all bags in one set of columns (bag s from bagStart[s] to bagStart[s + 1]).
  const keys: string[] = [];
  const idOf = new Map<string, number>();
  const idOfKey = (key: string): number => {
    let id = idOf.get(key);
    if (id === undefined) {
      idOf.set(key, (id = keys.length));
      keys.push(key);
      documentFrequency.push(0);
      slotOf.push(0);
    }
    return id;
  };
  const documentFrequency: number[] = [];
  /** Where a term number sits in the bag being built, plus one (0: not in it); reset per sentence. */
  const slotOf: number[] = [];
  /** Per written key: its term number (-1: not numbered yet) and its compound parts' numbers. */
  const idOfWritten = new Int32Array(written.length).fill(-1);
  const partsOfWritten: Array<number[] | undefined> = [];
  const bagIds: number[] = [];
  const bagTfs: number[] = [];
  const bagAnchors: boolean[] = [];
  const bagDisplays: string[] = [];
  const bagStart: number[] = [];
  let bagFrom = 0;
  const add = (id: number, tf: number, anchor: boolean, display: string) => {
    const slot = slotOf[id]!;
    if (slot !== 0) {
      bagTfs[bagFrom + slot - 1]! += tf;
      return;
    }
    slotOf[id] = bagIds.push(id) - bagFrom;
    bagTfs.push(tf);
    bagAnchors.push(anchor);
    bagDisplays.push(display);
  };
  for (let s = 0; s < sentences.length; s++) {
    bagFrom = bagIds.length;
    bagStart.push(bagFrom);
    for (let t = termStart[s]!; t < termStart[s + 1]!; t++) {
      const w = writtenOfTerm[t]!;
      let id = idOfWritten[w]!;
      // The first time a key is met its number is given, then its parts' (as the sentence adds
      // them), so the vocabulary's numbers follow first use.
      if (id === -1) idOfWritten[w] = id = idOfKey(canonical[w]!);
      const weight = terms.weights[t]!;
      const display = terms.displays[t]!;
      add(id, weight, terms.anchors[t]!, display);
      if (weight < 1) continue;
      let parts = partsOfWritten[w];
      if (parts === undefined) partsOfWritten[w] = parts = compoundParts(canonical[w]!, vocabulary, tails).map(idOfKey);
      for (const part of parts) add(part, alignTuning.compoundPartWeight, false, display);
    }
    // A sentence with no content word ("…", "+++", a lone emoji) can still be the same sentence
    // in two articles: its whole text stands in as its only term.
    if (bagIds.length === bagFrom) {
      const text = sentences[s]!.text;
      add(idOfKey(`~${text.trim().toLowerCase()}`), 1, false, text);
    }
    for (let k = bagFrom; k < bagIds.length; k++) {
      documentFrequency[bagIds[k]!]! += 1;
      slotOf[bagIds[k]!] = 0;
    }
  }
  bagStart.push(bagIds.length);

  const n = sentences.length;
  const idf = new Float64Array(documentFrequency.length);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(1 + n / documentFrequency[id]!);
  return sentences.map((sentence, s) => {
    const from = bagStart[s]!;
    const count = bagStart[s + 1]! - from;
    const ids = new Int32Array(count);
    const values = new Float64Array(count);
    let squares = 0;
    for (let k = 0; k < count; k++) {
      const id = bagIds[from + k]!;
      const w = Math.sqrt(bagTfs[from + k]!) * idf[id]! * (bagAnchors[from + k] ? anchorBoost : 1);
      ids[k] = id;
      values[k] = w;
      squares += w * w;
    }
    const displays = bagDisplays.slice(from, from + count);
    return { sentence, articleIndex: articleOfSentence[s]!, ids, values, norm: Math.sqrt(squares), displays, keys };
  });
}

/**
 * Weights by term number, for looking up one sentence's weights while walking another's; all
 * zero between uses (weights are positive, so 0 means "not in the sentence").
 */
let scratch = new Float64Array(1024);
function spread(v: SentenceVector): Float64Array {
  const size = v.keys.length;
  if (scratch.length < size) scratch = new Float64Array(2 * size);
  for (let k = 0; k < v.ids.length; k++) scratch[v.ids[k]!] = v.values[k]!;
  return scratch;
}
function unspread(v: SentenceVector): void {
  for (let k = 0; k < v.ids.length; k++) scratch[v.ids[k]!] = 0;
}

/** The full cosine of two sentences (the index pass skipped common terms, so it recomputes). */
export function similarity(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  const weightOf = spread(large);
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const other = weightOf[small.ids[k]!]!;
    if (other !== 0) dot += small.values[k]! * other;
  }
  unspread(large);
  return dot / (a.norm * b.norm);
}

/** The sum of several sentence vectors: one outlet's fact told in more than one sentence. */
export function combine(parts: SentenceVector[]): SentenceVector {
  if (parts.length === 1) return parts[0]!;
  // Summed by term number, terms in first-use order over the parts (as a Map would keep them).
  const ids: number[] = [];
  const displays: string[] = [];
  const sums = spreadEmpty(parts[0]!);
  for (const part of parts) {
    for (let k = 0; k < part.ids.length; k++) {
      const id = part.ids[k]!;
      if (sums[id] === 0) {
        ids.push(id);
        displays.push(part.displays[k]!);
      }
      sums[id] = sums[id]! + part.values[k]!;
    }
  }
  const values = new Float64Array(ids.length);
  let squares = 0;
  ids.forEach((id, k) => {
    values[k] = sums[id]!;
    sums[id] = 0;
    squares += values[k]! * values[k]!;
  });
  return { ...parts[0]!, ids: Int32Array.from(ids), values, displays, norm: Math.sqrt(squares) };
}
function spreadEmpty(v: SentenceVector): Float64Array {
  if (scratch.length < v.keys.length) scratch = new Float64Array(2 * v.keys.length);
  return scratch;
}

/**
 * How well two sentences of one article together match x, against the better of the two alone:
 * above 1 when each half adds matching words (one fact told in two sentences), well below 1 when
 * the second half only adds words x does not have.
 */
export function unionGain(x: SentenceVector, half: SentenceVector, other: SentenceVector): number {
  const best = Math.max(similarity(x, half), similarity(x, other));
  return best === 0 ? 0 : similarity(x, combine([half, other])) / best;
}

/** Shared terms of two sentences, strongest first, as the first article wrote them. */
export function sharedAnchors(a: SentenceVector, b: SentenceVector, max = 6): string[] {
  // The `max` strongest shared terms, ties in a's order: a stable sort, then the first `max`.
  const top: Array<{ k: number; strength: number }> = [];
  const weightOf = spread(b);
  for (let k = 0; k < a.ids.length; k++) {
    const other = weightOf[a.ids[k]!]!;
    if (other === 0) continue;
    const strength = a.values[k]! * other;
    let at = top.length;
    while (at > 0 && top[at - 1]!.strength < strength) at--;
    if (at >= max) continue;
    top.splice(at, 0, { k, strength });
    if (top.length > max) top.pop();
  }
  unspread(b);
  return top.map(({ k }) => a.displays[k]!).filter((d, i, all) => all.indexOf(d) === i);
}
