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
/** Compound parts count less than the whole word they were found in. */
const compoundPartWeight = 0.6;

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
      for (const part of parts) add(part, compoundPartWeight, false, term.display);
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
  const index = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const key of v.weights.keys()) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(i);
    }
  });
  const cap = Math.max(8, Math.ceil(vectors.length * maxShare));
  // Soft terms (synonym clusters, orders of magnitude) find candidates only while they are rare:
  // a common one ("#~1", any number from 10 to 99) would pair half the comparison for little.
  const softCap = Math.max(8, Math.ceil(vectors.length * maxShare * softShare));
  const candidates: Candidate[] = [];
  const dots = new Map<number, number>();
  vectors.forEach((v, i) => {
    dots.clear();
    for (const [key, w] of v.weights) {
      const list = index.get(key)!;
      const first = key.charCodeAt(0);
      if (first === 94 /* ^ compound ending */) continue;
      if (list.length > (first === 37 /* % synonym */ || key.startsWith('#~') ? softCap : cap)) continue;
      for (const j of list) {
        if (j <= i || vectors[j]!.articleIndex === v.articleIndex) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * vectors[j]!.weights.get(key)!);
      }
    }
    for (const [j, dot] of dots) {
      // The dot product over the rarer terms bounds the full one from below; pairs that share
      // only a little of it rarely reach the threshold, and skipping them keeps cost near-linear.
      if (dot < minScore * prefilterShare * v.norm * vectors[j]!.norm) continue;
      const full = similarity(v, vectors[j]!);
      if (full >= minScore) candidates.push({ i, j, score: full });
    }
  });
  return candidates;
}

/** The full cosine of two sentences (the index pass skipped common terms, so it recomputes). */
export function similarity(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [key, w] of small.weights) {
    const other = large.weights.get(key);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
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
  return [...a.weights]
    .filter(([key]) => b.weights.has(key))
    .sort((x, y) => y[1] * b.weights.get(y[0])! - x[1] * b.weights.get(x[0])!)
    .slice(0, max)
    .map(([key]) => a.display.get(key)!)
    .filter((d, i, all) => all.indexOf(d) === i);
}
