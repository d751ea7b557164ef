// Candidate pairs: the sentence pairs worth a full cosine, found through an inverted index over
// terms, so cost grows with the terms sentences share, not with all pairs of sentences; each
// sentence walks a bounded sample of postings and keeps its few strongest partners.
import { alignTuning, type SentenceVector } from './similarity.js';

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
  const articleOf = new Int32Array(n);
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    articleOf[i] = vectors[i]!.articleIndex;
    norms[i] = vectors[i]!.norm;
  }
  // runEnd[i]: the first index after i's run of sentences from the same article (never below i + 1).
  const runEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) runEnd[i] = i + 1 < n && articleOf[i + 1] === articleOf[i] ? runEnd[i + 1]! : i + 1;
  const cap = Math.max(8, Math.ceil(n * maxShare));
  // Soft terms (synonym clusters, orders of magnitude) find candidates only while they are rare:
  // a common one ("#~1", any number from 10 to 99) would pair half the comparison for little.
  // Compound endings never do: they only add to pairs found through other words.
  const softCap = Math.max(8, Math.ceil(n * maxShare * softShare));
  /** How many sentences hold each term. */
  const postingCount = new Int32Array(termCount);
  const indexed = new Uint8Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const key = keys[t]!;
    const first = key.charCodeAt(0);
    const size = (postingCount[t] = postingStart[t + 1]! - postingStart[t]!);
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
    // The sentence's terms rarest first (fewest sentences share them; ties in the sentence's
    // order): the rare terms find the partners that matter, and a partner first met only
    // through a common term, late, can then rarely still reach the bar and is dropped unscored.
    if (order.length < count) order = new Int32Array(2 * count);
    rarestFirst(mine, postingCount, order);
    // reach[r]: the most the indexed terms from rank r on can add to a dot product (each term's
    // weight times its largest weight anywhere); `unindexed`: the most the too-common terms can
    // add. A partner first met at rank r whose dot cannot reach the prefilter bar or minScore even
    // so is dropped there, and one whose dot cannot reach minScore is not scored: over the
    // postings walked, the same pairs pass as with every cosine computed. (The margin covers
    // rounding: bounds and dots add in other orders.)
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
 * Fills order[0, terms.length) with the places of `terms` by how many sentences hold each term,
 * fewest first, ties in the sentence's order (an insertion sort: a sentence has a few dozen).
 */
function rarestFirst(terms: Int32Array, postingCount: Int32Array, order: Int32Array): void {
  for (let t = 0; t < terms.length; t++) {
    const size = postingCount[terms[t]!]!;
    let at = t;
    for (; at > 0 && postingCount[terms[order[at - 1]!]!]! > size; at--) order[at] = order[at - 1]!;
    order[at] = t;
  }
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
