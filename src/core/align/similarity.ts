// Sentence vectors and their similarity: TF-IDF over the whole comparison, anchors weighted up,
// candidates found through an inverted index so cost grows with shared terms, not with all pairs.
import type { Article, Sentence } from '../model.js';
import { compoundParts, sentenceTerms, sharedTails, stemFamilies, type Term } from './terms.js';

export interface SentenceVector {
  sentence: Sentence;
  articleIndex: number;
  weights: Map<string, number>;
  norm: number;
  display: Map<string, string>;
}

/** Anchors (names, numbers, variant names) count this much more than ordinary words. */
const anchorBoost = 1.8;
/** Share of minScore the rare-term dot product must reach before the full cosine is computed. */
const prefilterShare = 0.5;
/** Soft terms are indexed for candidates only up to this share of the cap for ordinary terms. */
const softShare = 0.2;
/**
 * Compound parts count less than the whole word they were found in. Mutable for the threshold
 * sweep only (test/support/gold-report.ts sweeps it together with the align thresholds).
 */
export const alignTuning = { compoundPartWeight: 0.45 };

export function vectorize(articles: Article[]): SentenceVector[] {
  const raw: Array<{ sentence: Sentence; articleIndex: number; terms: Term[] }> = [];
  articles.forEach((article, articleIndex) => {
    for (const section of article.sections) {
      for (const sentence of section.sentences) {
        raw.push({ sentence, articleIndex, terms: sentenceTerms(sentence.text, article.language) });
      }
    }
  });
  // German stems the stemmer left apart are joined (telefoniert / Telefonat), and the head nouns
  // that German compounds share are found (Notbetten / Feldbetten), over this comparison's words.
  const germanWords = raw.filter((r) => articles[r.articleIndex]!.language === 'de').flatMap((r) => r.terms.map((t) => t.key));
  const family = stemFamilies(germanWords);
  if (family.size > 0) {
    for (const r of raw) {
      if (articles[r.articleIndex]!.language !== 'de') continue;
      for (const term of r.terms) term.key = family.get(term.key) ?? term.key;
    }
  }
  const tails = sharedTails(germanWords.map((w) => family.get(w) ?? w));
  const vocabulary = new Set(raw.flatMap((r) => r.terms.map((t) => t.key)));
  const documentFrequency = new Map<string, number>();
  const partsOf = new Map<string, string[]>();
  const bags = raw.map(({ terms, sentence }) => {
    const bag = new Map<string, { tf: number; anchor: boolean; display: string }>();
    const add = (key: string, tf: number, anchor: boolean, display: string) => {
      const had = bag.get(key);
      if (had) had.tf += tf;
      else bag.set(key, { tf, anchor, display });
    };
    for (const term of terms) {
      add(term.key, term.weight, term.anchor, term.display);
      if (term.weight < 1) continue;
      let parts = partsOf.get(term.key);
      if (parts === undefined) partsOf.set(term.key, (parts = compoundParts(term.key, vocabulary, tails)));
      for (const part of parts) add(part, alignTuning.compoundPartWeight, false, term.display);
    }
    // A sentence with no content word ("…", "+++", a lone emoji) can still be the same sentence
    // in two articles: its whole text stands in as its only term.
    if (bag.size === 0) add(`~${sentence.text.trim().toLowerCase()}`, 1, false, sentence.text);
    for (const key of bag.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    return bag;
  });
  const n = raw.length;
  return raw.map(({ sentence, articleIndex }, i) => {
    const weights = new Map<string, number>();
    const display = new Map<string, string>();
    let squares = 0;
    for (const [key, { tf, anchor, display: shown }] of bags[i]!) {
      const idf = Math.log(1 + n / documentFrequency.get(key)!);
      const w = Math.sqrt(tf) * idf * (anchor ? anchorBoost : 1);
      weights.set(key, w);
      display.set(key, shown);
      squares += w * w;
    }
    return { sentence, articleIndex, weights, norm: Math.sqrt(squares), display };
  });
}

export interface Candidate {
  i: number;
  j: number;
  score: number;
}

/**
 * Cosine similarities of all sentence pairs from different articles that share a term. Terms in
 * more than `maxShare` of the sentences are skipped as too common to find candidates with (they
 * still count in the cosine).
 */
export function candidatePairs(vectors: SentenceVector[], minScore: number, maxShare = 0.25): Candidate[] {
  // Postings hold each sentence's weight next to its index (ascending), so the scan needs no map
  // lookups; `from` only moves forward, past the sentences already done and their own article's.
  // Terms get numbers, and each sentence the numbers of its terms in its weights' order.
  const index = new Map<string, Posting>();
  const termIds = vectors.map((v, i) => {
    const ids = new Int32Array(v.weights.size);
    let k = 0;
    for (const [key, w] of v.weights) {
      let list = index.get(key);
      if (!list) index.set(key, (list = { id: index.size, ids: [], weights: [], from: 0, max: 0 }));
      list.ids.push(i);
      list.weights.push(w);
      if (w > list.max) list.max = w;
      ids[k++] = list.id;
    }
    return ids;
  });
  const n = vectors.length;
  const valuesOf = vectors.map((v) => flat(v.weights).values);
  const articleOf = Int32Array.from(vectors, (v) => v.articleIndex);
  const norms = Float64Array.from(vectors, (v) => v.norm);
  // runEnd[i]: the first index after i's run of sentences from the same article (never below i + 1).
  const runEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) runEnd[i] = i + 1 < n && articleOf[i + 1] === articleOf[i] ? runEnd[i + 1]! : i + 1;
  const cap = Math.max(8, Math.ceil(n * maxShare));
  // Soft terms (synonym clusters, orders of magnitude) find candidates only while they are rare:
  // a common one ("#~1", any number from 10 to 99) would pair half the comparison for little.
  const softCap = Math.max(8, Math.ceil(n * maxShare * softShare));
  const candidates: Candidate[] = [];
  // Dot products per partner, in the order partners are first met (as a Map would iterate them).
  const dots = new Float64Array(n);
  const met = new Int32Array(n).fill(-1);
  const partners: number[] = [];
  const lists: Array<Posting | null> = [];
  let reach = new Float64Array(64);
  // Sentence i's weights by term number, and each term's place in i's order (1-based; 0 = absent).
  const weightOf = new Float64Array(index.size);
  const placeOf = new Int32Array(index.size);
  let products = new Float64Array(64);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    const own = articleOf[i]!;
    partners.length = 0;
    const end = runEnd[i]!;
    const terms = flat(v.weights);
    const mine = termIds[i]!;
    const count = terms.keys.length;
    if (reach.length < count + 1) {
      reach = new Float64Array(2 * count + 1);
      products = new Float64Array(2 * count + 1);
    }
    // reach[t]: the most the indexed terms from t on can add to a dot product (each term's weight
    // times its largest weight anywhere); `unindexed`: the most the too-common terms can add. A
    // partner first met at t whose dot cannot reach the prefilter bar or minScore even so is
    // dropped there, and one whose dot cannot reach minScore is not scored: the same pairs pass as
    // with every cosine computed. (The margin covers rounding: bounds and dots add in other orders.)
    reach[count] = 0;
    let unindexed = 0;
    for (let t = count - 1; t >= 0; t--) {
      const key = terms.keys[t]!;
      const list = index.get(key)!;
      const first = key.charCodeAt(0);
      const indexed =
        first !== 94 /* ^ compound ending */ &&
        list.ids.length <= (first === 37 /* % synonym */ || key.startsWith('#~') ? softCap : cap);
      lists[t] = indexed ? list : null;
      reach[t] = reach[t + 1]! + (indexed ? terms.values[t]! * list.max : 0);
      if (!indexed) unindexed += terms.values[t]! * list.max;
    }
    const bar = minScore * prefilterShare * v.norm;
    const fullBar = minScore * v.norm;
    const margin = 1 + 1e-9;
    for (let t = 0; t < count; t++) {
      const list = lists[t];
      if (!list) continue;
      const w = terms.values[t]!;
      const most = reach[t]! * margin;
      const mostInAll = (reach[t]! + unindexed) * margin;
      const { ids, weights } = list;
      let p = list.from;
      while (p < ids.length && ids[p]! < end) p++;
      list.from = p;
      for (; p < ids.length; p++) {
        const j = ids[p]!;
        if (articleOf[j] === own) continue;
        if (met[j] !== i) {
          met[j] = i;
          if (most < bar * norms[j]! || mostInAll < fullBar * norms[j]!) {
            dots[j] = -Infinity;
            continue;
          }
          dots[j] = 0;
          partners.push(j);
        }
        dots[j] = dots[j]! + w * weights[p]!;
      }
    }
    if (partners.length === 0) continue;
    for (let t = 0; t < count; t++) {
      weightOf[mine[t]!] = terms.values[t]!;
      placeOf[mine[t]!] = t + 1;
    }
    for (const j of partners) {
      // The dot product over the rarer terms bounds the full one from below; pairs that share
      // only a little of it rarely reach the threshold, and skipping them keeps cost near-linear.
      if (dots[j]! < bar * norms[j]!) continue;
      if ((dots[j]! + unindexed) * margin < fullBar * norms[j]!) continue;
      const full = cosineWith(v, count, terms.values, vectors[j]!, termIds[j]!, valuesOf[j]!, weightOf, placeOf, products);
      if (full >= minScore) candidates.push({ i, j, score: full });
    }
    for (let t = 0; t < count; t++) {
      weightOf[mine[t]!] = 0;
      placeOf[mine[t]!] = 0;
    }
  }
  return candidates;
}

/**
 * similarity(v, b) with v's weights spread out by term number: the same products summed in the
 * same order (the smaller sentence's terms in its order; an absent term adds +0, which changes no
 * sum), so the same score to the last bit, without a map lookup per term.
 */
function cosineWith(
  v: SentenceVector,
  count: number,
  values: number[],
  b: SentenceVector,
  bIds: Int32Array,
  bValues: number[],
  weightOf: Float64Array,
  placeOf: Int32Array,
  products: Float64Array,
): number {
  if (v.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  if (count <= bIds.length) {
    // v is the smaller: its terms in its order, each times b's weight.
    for (let k = 0; k < bIds.length; k++) {
      const place = placeOf[bIds[k]!]!;
      if (place !== 0) products[place - 1] = values[place - 1]! * bValues[k]!;
    }
    for (let t = 0; t < count; t++) {
      dot += products[t]!;
      products[t] = 0;
    }
  } else {
    for (let k = 0; k < bIds.length; k++) dot += bValues[k]! * weightOf[bIds[k]!]!;
  }
  return dot / (v.norm * b.norm);
}

interface Posting {
  id: number;
  ids: number[];
  weights: number[];
  from: number;
  /** The term's largest weight in any sentence. */
  max: number;
}

/** The full cosine of two sentences (the index pass skipped common terms, so it recomputes). */
export function similarity(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  const small = flat(a.weights.size <= b.weights.size ? a.weights : b.weights);
  const large = a.weights.size <= b.weights.size ? b.weights : a.weights;
  for (let k = 0; k < small.keys.length; k++) {
    const other = large.get(small.keys[k]!);
    if (other !== undefined) dot += small.values[k]! * other;
  }
  return dot / (a.norm * b.norm);
}

/**
 * A weight map's keys and weights as arrays, in the map's order, made once per map: the cosine
 * and the candidate scan walk them for every pair, and walking arrays allocates nothing. Keyed by
 * the map itself, since combine() copies a vector with other weights. The maps are not changed
 * after vectorize() and combine() build them.
 */
const flats = new WeakMap<ReadonlyMap<string, number>, { keys: string[]; values: number[] }>();
function flat(weights: ReadonlyMap<string, number>): { keys: string[]; values: number[] } {
  let found = flats.get(weights);
  if (!found) flats.set(weights, (found = { keys: [...weights.keys()], values: [...weights.values()] }));
  return found;
}


/** The sum of several sentence vectors: one outlet's fact told in more than one sentence. */
export function combine(parts: SentenceVector[]): SentenceVector {
  if (parts.length === 1) return parts[0]!;
  const weights = new Map<string, number>();
  for (const part of parts) for (const [key, w] of part.weights) weights.set(key, (weights.get(key) ?? 0) + w);
  let squares = 0;
  for (const w of weights.values()) squares += w * w;
  return { ...parts[0]!, weights, norm: Math.sqrt(squares) };
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
  const top: Array<{ key: string; strength: number }> = [];
  const terms = flat(a.weights);
  for (let k = 0; k < terms.keys.length; k++) {
    const key = terms.keys[k]!;
    const other = b.weights.get(key);
    if (other === undefined) continue;
    const strength = terms.values[k]! * other;
    let at = top.length;
    while (at > 0 && top[at - 1]!.strength < strength) at--;
    if (at >= max) continue;
    top.splice(at, 0, { key, strength });
    if (top.length > max) top.pop();
  }
  return top.map(({ key }) => a.display.get(key)!).filter((d, i, all) => all.indexOf(d) === i);
}
