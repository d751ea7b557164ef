// Sentence vectors and their similarity: TF-IDF over the whole comparison, anchors weighted up,
// candidates found through an inverted index so cost grows with shared terms, not with all pairs.
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
/** Share of minScore the rare-term dot product must reach before the full cosine is computed. */
const prefilterShare = 0.5;
/** Soft terms are indexed for candidates only up to this share of the cap for ordinary terms. */
const softShare = 0.2;
/**
 * A sentence walks at most this many of a term's sentences after its own, spread evenly over
 * them. A term told by every outlet, or a common word under the cap, would otherwise cost every
 * sentence a visit to each of them: the square of the number of articles. Its partners are also
 * found through its rarer terms, and it keeps only a few of them (partnersPerSentence). On the
 * synthetic bench data, against every posting walked, pair recall is 0.3–0.4 points lower at 10,
 * 20 and 50 articles and precision higher; the gold sets are too small for a term to reach it.
 * 16 instead of 8 walked a fact's term in every outlet up to 20 articles, so the candidates'
 * cost grew with the number of outlets (10 → 20 articles: 2.7× the time, now 2.4×; 16 had
 * recall 0.3 points higher).
 */
const sampledPostings = 8;
/**
 * A sentence walks at most this many postings in all, its rarest terms first. Without it each
 * sentence still walked more as articles were added (45, 56 and 67 postings at 10, 20 and 50
 * articles), since a fact's rare terms are told by more outlets; the partners that matter are met
 * through the rarest terms. Synthetic pair P/R at 10, 20 and 50 articles 61.2/99.3, 71.2/99.5,
 * 79.5/99.4 -> 62.8/99.5, 72.1/99.4, 80.6/99.4%; no gold set changes.
 */
const postingsPerSentence = 32;
/**
 * A sentence's partners get a full cosine only when they are among this many most alike over
 * the rarer terms (the partial dot product by the partner's norm): the few it keeps are among them.
 */
const scoredShare = 2;
/**
 * Mutable for measuring only (the gold report's sweep, the bench's comparison of pruned and full
 * candidates).
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
  const canonical = written.map((key, w) => (writtenGerman[w] && family.size > 0 ? (family.get(key) ?? key) : key));
  const vocabulary = new Set(canonical);
  const tails = sharedTails(family.size > 0 ? germanKeys.map((w) => family.get(w) ?? w) : germanKeys);

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
  const idf = Float64Array.from(documentFrequency, (df) => Math.log(1 + n / df));
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

export interface Candidate {
  i: number;
  j: number;
  score: number;
}

/**
 * Cosine similarities of sentence pairs from different articles that share a term, at or above
 * minScore, each among the strongest partners of one of its sentences (strongestPairs). Terms in
 * more than `maxShare` of the sentences are skipped as too common to find candidates with (they
 * still count in the cosine).
 */
export function candidatePairs(vectors: SentenceVector[], minScore: number, maxShare = 0.25): Candidate[] {
  const all = allCandidatePairs(vectors, minScore, maxShare);
  return alignTuning.partnersPerSentence > 0 ? strongestPairs(all, vectors.length, alignTuning.partnersPerSentence) : all;
}

/**
 * The pairs among the `k` strongest of either of their sentences (ties at the k-th all kept). A
 * fact told by m outlets has m(m-1)/2 pairs, so with every pair kept, joining cost grew with the
 * square of the number of articles; a sentence's k strongest partners still link it to its
 * fact's unit, and the pairs left out would only have joined sentences already joined.
 */
export function strongestPairs(candidates: Candidate[], n: number, k: number): Candidate[] {
  const count = new Int32Array(n);
  for (const c of candidates) {
    count[c.i]! += 1;
    count[c.j]! += 1;
  }
  if (!count.some((m) => m > k)) return candidates;
  // Per sentence with more than k pairs, its k best scores so far, ascending, in one flat array
  // (k slots a sentence): the k-th best is then the first slot.
  const best = new Float64Array(n * k);
  const filled = new Int32Array(n);
  for (const c of candidates) {
    if (count[c.i]! > k) filled[c.i] = keepLargest(best, c.i * k, k, filled[c.i]!, c.score);
    if (count[c.j]! > k) filled[c.j] = keepLargest(best, c.j * k, k, filled[c.j]!, c.score);
  }
  const weakestKept = (x: number): number => (count[x]! > k ? best[x * k]! : -Infinity);
  return candidates.filter((c) => c.score >= weakestKept(c.i) || c.score >= weakestKept(c.j));
}

/**
 * Keeps the `size` largest values seen in best[from, from + size), ascending, of which `filled`
 * are in use; returns how many are in use now. Finding the k-th best of a few dozen this way
 * costs no sort and no array per sentence.
 */
function keepLargest(best: Float64Array, from: number, size: number, filled: number, value: number): number {
  let at: number;
  if (filled < size) {
    at = from + filled++;
    for (; at > from && best[at - 1]! > value; at--) best[at] = best[at - 1]!;
  } else {
    if (value <= best[from]!) return filled;
    at = from;
    for (; at + 1 < from + size && best[at + 1]! < value; at++) best[at] = best[at + 1]!;
  }
  best[at] = value;
  return filled;
}

function allCandidatePairs(vectors: SentenceVector[], minScore: number, maxShare: number): Candidate[] {
  // Postings of all terms in one pair of typed arrays (term t's run is postingStart[t] up to
  // postingStart[t + 1]): each sentence's index (ascending) beside its weight, so the scan needs
  // no map lookups and a comparison of 50 articles no object per term. `from` only moves forward,
  // past the sentences already done and their own article's.
  const keys = vectors[0]?.keys ?? [];
  const termCount = keys.length;
  const postingStart = new Int32Array(termCount + 1);
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) postingStart[v.ids[k]! + 1]! += 1;
  for (let t = 0; t < termCount; t++) postingStart[t + 1]! += postingStart[t]!;
  const postingIds = new Int32Array(postingStart[termCount]!);
  const postingWeights = new Float64Array(postingStart[termCount]!);
  const from = postingStart.slice(0, termCount);
  /** The term's largest weight in any sentence. */
  const largest = new Float64Array(termCount);
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const term = v.ids[k]!;
      const w = v.values[k]!;
      const at = from[term]!++;
      postingIds[at] = i;
      postingWeights[at] = w;
      if (w > largest[term]!) largest[term] = w;
    }
  });
  from.set(postingStart.subarray(0, termCount));
  const n = vectors.length;
  const articleOf = Int32Array.from(vectors, (v) => v.articleIndex);
  const norms = Float64Array.from(vectors, (v) => v.norm);
  // runEnd[i]: the first index after i's run of sentences from the same article (never below i + 1).
  const runEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) runEnd[i] = i + 1 < n && articleOf[i + 1] === articleOf[i] ? runEnd[i + 1]! : i + 1;
  const cap = Math.max(8, Math.ceil(n * maxShare));
  // Soft terms (synonym clusters, orders of magnitude) find candidates only while they are rare:
  // a common one ("#~1", any number from 10 to 99) would pair half the comparison for little.
  // Compound endings never do: they only add to pairs found through other words.
  const softCap = Math.max(8, Math.ceil(n * maxShare * softShare));
  const indexed = new Uint8Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const key = keys[t]!;
    const first = key.charCodeAt(0);
    const size = postingStart[t + 1]! - postingStart[t]!;
    indexed[t] = first !== 94 /* ^ */ && size <= (first === 37 /* % */ || key.startsWith('#~') ? softCap : cap) ? 1 : 0;
  }
  const candidates: Candidate[] = [];
  // Dot products per partner, in the order partners are first met (as a Map would iterate them).
  const dots = new Float64Array(n);
  const met = new Int32Array(n).fill(-1);
  const partners: number[] = [];
  let reach = new Float64Array(64);
  let order = new Int32Array(64);
  // Sentence i's weights by term number, and each term's place in i's order (1-based; 0 = absent).
  const weightOf = new Float64Array(keys.length);
  const placeOf = new Int32Array(keys.length);
  let products = new Float64Array(64);
  const scored = alignTuning.partnersPerSentence * scoredShare;
  /** A sentence's `scored` best partners' values over the rarer terms, smallest first. */
  const best = new Float64Array(scored);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    const own = articleOf[i]!;
    partners.length = 0;
    const end = runEnd[i]!;
    const mine = v.ids;
    const values = v.values;
    const count = mine.length;
    if (reach.length < count + 1) {
      reach = new Float64Array(2 * count + 1);
      products = new Float64Array(2 * count + 1);
    }
    // reach[t]: the most the indexed terms from t on can add to a dot product (each term's weight
    // times its largest weight anywhere); `unindexed`: the most the too-common terms can add. A
    // partner first met at t whose dot cannot reach the prefilter bar or minScore even so is
    // dropped there, and one whose dot cannot reach minScore is not scored: over the postings
    // walked, the same pairs pass as with every cosine computed. (The margin covers rounding:
    // bounds and dots add in other orders.)
    // The sentence's terms rarest first (fewest sentences share them; ties in the sentence's
    // order): the rare terms find the partners that matter, and a partner first met only
    // through a common term, late, can then rarely still reach the bar and is dropped unscored.
    if (order.length < count) order = new Int32Array(2 * count);
    for (let t = 0; t < count; t++) {
      const size = postingStart[mine[t]! + 1]! - postingStart[mine[t]!]!;
      let at = t;
      for (; at > 0 && postingStart[mine[order[at - 1]!]! + 1]! - postingStart[mine[order[at - 1]!]!]! > size; at--) order[at] = order[at - 1]!;
      order[at] = t;
    }
    reach[count] = 0;
    let unindexed = 0;
    for (let r = count - 1; r >= 0; r--) {
      const t = order[r]!;
      const term = mine[t]!;
      const most = values[t]! * largest[term]!;
      reach[r] = reach[r + 1]! + (indexed[term] ? most : 0);
      if (!indexed[term]) unindexed += most;
    }
    const bar = minScore * prefilterShare * v.norm;
    const fullBar = minScore * v.norm;
    const margin = 1 + 1e-9;
    let budget = postingsPerSentence;
    for (let r = 0; r < count && budget > 0; r++) {
      const t = order[r]!;
      const term = mine[t]!;
      if (!indexed[term]) continue;
      const w = values[t]!;
      const most = reach[r]! * margin;
      const mostInAll = (reach[r]! + unindexed) * margin;
      const last = postingStart[term + 1]!;
      let p = from[term]!;
      while (p < last && postingIds[p]! < end) p++;
      from[term] = p;
      const stride = last - p > sampledPostings ? Math.floor((last - p) / sampledPostings) : 1;
      for (; p < last && budget-- > 0; p += stride) {
        const j = postingIds[p]!;
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
        dots[j] = dots[j]! + w * postingWeights[p]!;
      }
    }
    if (partners.length === 0) continue;
    for (let t = 0; t < count; t++) {
      weightOf[mine[t]!] = values[t]!;
      placeOf[mine[t]!] = t + 1;
    }
    // The `scored` most alike over the rarer terms; ties at the last place all get scored.
    let weakest = -Infinity;
    if (scored > 0 && partners.length > scored) {
      // The scored-th largest, without sorting every partner's value of every sentence.
      let kept = 0;
      for (const j of partners) kept = keepLargest(best, 0, scored, kept, dots[j]! / norms[j]!);
      weakest = best[0]!;
    }
    for (const j of partners) {
      // The dot product over the rarer terms bounds the full one from below; pairs that share
      // only a little of it rarely reach the threshold, and skipping them keeps cost near-linear.
      if (dots[j]! < bar * norms[j]!) continue;
      if ((dots[j]! + unindexed) * margin < fullBar * norms[j]!) continue;
      if (dots[j]! / norms[j]! < weakest) continue;
      const full = cosineWith(v, vectors[j]!, weightOf, placeOf, products);
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
 * sum), so the same score to the last bit, without a lookup per term.
 */
function cosineWith(
  v: SentenceVector,
  b: SentenceVector,
  weightOf: Float64Array,
  placeOf: Int32Array,
  products: Float64Array,
): number {
  if (v.norm === 0 || b.norm === 0) return 0;
  const { values } = v;
  const count = values.length;
  const { ids: bIds, values: bValues } = b;
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
