// Align: groups the sentences of different articles that report the same thing into units.
//
// 1. Every sentence becomes a TF-IDF vector over stemmed content words (similarity.ts).
// 2. Candidate pairs come from an inverted index (candidates.ts); pairs at or above
//    alignMinScore are joined strongest first, each unit taking at most one primary sentence per
//    article, and two units join only when their sentences are alike on average (averageLink,
//    over the units' centroids: centroid.ts). Order in the articles is only a tie-breaker, so
//    moved paragraphs still align.
// 3. A sentence left alone whose best partner sits in a unit where its own article already has
//    a neighbouring sentence joins that unit as an extra: one outlet split what another told in
//    one sentence.
// 4. Units are put in reading order: the first article's order, others' material after the unit
//    of the sentence that precedes it in its own article.
import type { AlignedPair, Alignment, Article, SectionLink } from '../model.js';
import type { Thresholds } from '../thresholds.js';
import { type Centroid, dotCentroids, sumCentroids, unitCentroid } from './centroid.js';
import { strongestFirst } from './strongest-first.js';
import { type Candidate, candidatePairs } from './candidates.js';
import { combine, sharedAnchors, unionGain, vectorize, type SentenceVector } from './similarity.js';

interface Cluster {
  /** Primary sentence (vector index) per article index. */
  primary: Map<number, number>;
  extras: number[];
  /** Sum of the members' unit-length vectors (see averageLink); made when first needed, from `seed`. */
  centroid: Centroid | null;
  /** The vector the cluster started from: most sentences never join, and need no centroid. */
  seed: SentenceVector;
  size: number;
  /** The pairs that joined the members, in joining order: why they were aligned. */
  links: Candidate[];
}

/**
 * Two units join only when their sentences are alike on average, not just through their closest
 * pair (single linkage): else a fact chains into its neighbours, one outlet's sentence at a time
 * (A~B on the vote, B~C on the venue, so A, B and C in one unit). With the members' unit vectors
 * summed per unit, the mean cosine over all cross pairs is one dot product of the two sums.
 */
function averageLink(a: Cluster, b: Cluster): number {
  return dotCentroids(centroidOf(a), centroidOf(b)) / (a.size * b.size);
}

/** Whether the two clusters hold primaries of a common article (then they cannot simply join). */
function sharesArticle(a: Cluster, b: Cluster): boolean {
  const [small, large] = a.primary.size <= b.primary.size ? [a, b] : [b, a];
  for (const article of small.primary.keys()) if (large.primary.has(article)) return true;
  return false;
}

function centroidOf(c: Cluster): Centroid {
  return (c.centroid ??= unitCentroid(c.seed));
}

/** Adds b's centroid into a's (b, being absorbed, may lose its own: its arrays may hold the sum). */
function addCentroid(a: Cluster, b: Cluster): void {
  a.centroid = sumCentroids(centroidOf(a), centroidOf(b));
  b.centroid = null;
  a.size += b.size;
}

/**
 * Two neighbouring sentences count as one fact told in two when together they match the other
 * outlet's one sentence at least this well compared with the better of them alone (unionGain).
 */
const splitGain = 0.9;

/** Ties in score go to the pair whose sentences stand at more similar relative positions. */
function positionGap(a: SentenceVector, b: SentenceVector, lengths: number[]): number {
  return Math.abs(a.sentence.index / lengths[a.articleIndex]! - b.sentence.index / lengths[b.articleIndex]!);
}

export function align(articles: Article[], thresholds: Thresholds): Alignment {
  const vectors = vectorize(articles);
  const lengths = articles.map((a) => Math.max(1, a.sections.reduce((n, s) => n + s.sentences.length, 0)));
  const candidates = candidatePairs(vectors, Math.min(thresholds.alignMinScore, thresholds.alignExtraMinScore));
  {
    // Filled by loops: Float64Array.from and Array.from with a mapping function walk their source
    // through the iterator protocol, ten times the cost of a loop over tens of thousands of pairs.
    const scores = new Float64Array(candidates.length);
    const gaps = new Float64Array(candidates.length);
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      scores[k] = c.score;
      gaps[k] = positionGap(vectors[c.i]!, vectors[c.j]!, lengths);
    }
    const order = strongestFirst(scores, gaps);
    const unsorted = candidates.slice();
    for (let k = 0; k < order.length; k++) candidates[k] = unsorted[order[k]!]!;
  }

  const clusterOf = new Array<Cluster | null>(vectors.length).fill(null);
  const clusterFor = (i: number): Cluster => {
    let c = clusterOf[i];
    if (!c) {
      c = { primary: new Map([[vectors[i]!.articleIndex, i]]), extras: [], centroid: null, seed: vectors[i]!, size: 1, links: [] };
      clusterOf[i] = c;
    }
    return c;
  };

  const articleOf = (index: number): number => vectors[index]!.articleIndex;
  /** One outlet's fact in two sentences: they follow each other in one paragraph. */
  const neighbours = (x: number, y: number): boolean => {
    const [a, b] = [vectors[x]!.sentence, vectors[y]!.sentence];
    return articleOf(x) === articleOf(y) && Math.abs(a.index - b.index) === 1 && a.paragraph === b.paragraph;
  };
  const clusterMembers = (c: Cluster): number[] => [...c.primary.values(), ...c.extras];
  /** Moves every sentence of b into a (joined by `link`); b's primaries of articles a already has become extras. */
  const absorb = (a: Cluster, b: Cluster, link: Candidate): void => {
    for (const [article, index] of b.primary) {
      if (a.primary.has(article)) a.extras.push(index);
      else a.primary.set(article, index);
    }
    a.extras.push(...b.extras);
    a.links.push(...b.links, link);
    addCentroid(a, b);
    for (const index of clusterMembers(b)) clusterOf[index] = a;
  };
  /**
   * One outlet told in one sentence what others told in two neighbouring sentences, and each half
   * found its own partners first: {b1:s4, b2:s5} and {b1:s5, b2:s6, b3:s2}. The joining pair must
   * run from the merging outlet (b3, in one cluster only) to a half (b1:s4); every article in
   * both clusters must hold neighbouring sentences of one paragraph there, and the two together
   * must match the merging sentence about as well as the better half alone (splitGain), or it is
   * two facts told side by side, not one fact split.
   */
  const splitMerge = (a: Cluster, b: Cluster, link: Candidate): boolean => {
    const { i, j } = link;
    const shared = [...b.primary.keys()].filter((article) => a.primary.has(article));
    for (const article of shared) {
      if ([...a.extras, ...b.extras].some((x) => articleOf(x) === article)) return false;
      if (!neighbours(a.primary.get(article)!, b.primary.get(article)!)) return false;
    }
    const explains = (merging: number, other: Cluster): boolean => {
      const own = clusterOf[merging]!;
      if (other.primary.has(articleOf(merging))) return false;
      return shared.every((article) => {
        const [near, far] = [own.primary.get(article)!, other.primary.get(article)!];
        // The merging outlet may itself have told its side in two sentences already.
        const told = combine(clusterMembers(own).filter((x) => articleOf(x) === articleOf(merging)).map((x) => vectors[x]!));
        return unionGain(told, vectors[near]!, vectors[far]!) >= splitGain;
      });
    };
    const [inA, inB] = clusterOf[i] === a ? [i, j] : [j, i];
    if (!explains(inA, b) && !explains(inB, a)) return false;
    absorb(a, b, link);
    return true;
  };

  // Joining: strongest pairs first; two clusters merge only if no article would get two primaries.
  for (const link of candidates) {
    if (link.score < thresholds.alignMinScore) break;
    const a = clusterFor(link.i);
    const b = clusterFor(link.j);
    if (a === b) continue;
    if (sharesArticle(a, b)) {
      splitMerge(a, b, link);
      continue;
    }
    // Their mean cross-pair similarity must reach the bar a single pair must reach.
    if (a.size + b.size > 2 && averageLink(a, b) < thresholds.alignMinScore) continue;
    absorb(a, b, link);
  }

  // Splits and merges: a lone sentence joins the unit of its best partner as an extra when its
  // own article's primary there is its neighbour in the same paragraph.
  const best = new Map<number, { other: number; link: Candidate }>();
  for (const link of candidates) {
    if (link.score < thresholds.alignExtraMinScore) continue;
    for (const [self, other] of [[link.i, link.j], [link.j, link.i]] as const) {
      const had = best.get(self);
      if (!had || link.score > had.link.score) best.set(self, { other, link });
    }
  }
  for (const [self, { other, link }] of best) {
    const own = clusterOf[self];
    if (own && own.primary.size > 1) continue;
    const target = clusterOf[other];
    if (!target) continue;
    const article = vectors[self]!.articleIndex;
    const sibling = target.primary.get(article);
    if (sibling === undefined) continue;
    if (!neighbours(sibling, self)) continue;
    if (unionGain(vectors[other]!, vectors[sibling]!, vectors[self]!) < splitGain) continue;
    target.extras.push(self);
    target.links.push(link);
    addCentroid(target, clusterFor(self));
    clusterOf[self] = target;
  }

  // Reading order.
  const order: Cluster[] = [];
  const placed = new Set<Cluster>();
  // Vectors run article by article, in reading order.
  for (let start = 0; start < vectors.length; ) {
    let end = start;
    while (end < vectors.length && vectors[end]!.articleIndex === vectors[start]!.articleIndex) end++;
    let position = -1;
    for (let i = start; i < end; i++) {
      const cluster = clusterFor(i);
      if (placed.has(cluster)) {
        position = Math.max(position, order.indexOf(cluster));
        continue;
      }
      order.splice(position + 1, 0, cluster);
      placed.add(cluster);
      position += 1;
    }
    start = end;
  }

  const articleIds = articles.map((a) => a.id);
  /** Each unit's sentences (vector indexes) in the order its record lists them, for linkSections. */
  const unitMembers: number[][] = [];
  const units = order.map((cluster, n) => {
    // Per article index: the primary first, then the extras in reading order.
    const byArticle = new Array<number[] | undefined>(articleIds.length);
    for (const [article, index] of cluster.primary) byArticle[article] = [index];
    for (const extra of cluster.extras.sort((x, y) => x - y)) byArticle[vectors[extra]!.articleIndex]!.push(extra);
    // The pairs that joined the unit (a tree over its sentences: one fewer than its members), so
    // the page says why each sentence is there without listing every pair of a 50-outlet unit.
    const links = [...cluster.links].sort((x, y) => y.score - x.score);
    const pairs: AlignedPair[] = links.map(({ i, j, score }) => {
      const [a, b] = i < j ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
      return { a: a.sentence.id, b: b.sentence.id, score: Math.round(score * 1000) / 1000, anchors: sharedAnchors(a, b) };
    });
    const sentences: Record<string, string[]> = {};
    const missingFrom: string[] = [];
    const members: number[] = [];
    articleIds.forEach((id, article) => {
      const indexes = byArticle[article];
      if (!indexes) {
        missingFrom.push(id);
        return;
      }
      sentences[id] = indexes.map((index) => vectors[index]!.sentence.id);
      members.push(...indexes);
    });
    unitMembers.push(members);
    return { id: `u${n + 1}`, sentences, missingFrom, pairs };
  });

  return { units, sectionLinks: linkSections(articles, unitMembers) };
}

/** Sections of different articles that share units (given by their members' vector indexes), strongest first. */
function linkSections(articles: Article[], unitMembers: number[][]): SectionLink[] {
  // Sections by number, with their article's number: a fact told by N outlets links N(N-1)/2
  // section pairs, so the pairs are counted under a number, not a string built per pair. Vectors
  // run sentence by sentence in the articles' order, so a vector's section is found by position.
  const sectionIds: string[] = [];
  const articleOfSection: number[] = [];
  const sectionOfVector: number[] = [];
  articles.forEach((article, a) => {
    for (const section of article.sections) {
      for (let k = 0; k < section.sentences.length; k++) sectionOfVector.push(sectionIds.length);
      sectionIds.push(section.id);
      articleOfSection.push(a);
    }
  });
  const count = sectionIds.length;
  const counts = new Map<number, SectionLink>();
  // Which unit last listed a section (a stamp per section instead of a Set per unit).
  const listedFor = new Int32Array(count).fill(-1);
  const sections: number[] = [];
  unitMembers.forEach((members, u) => {
    sections.length = 0;
    for (const member of members) {
      const section = sectionOfVector[member]!;
      if (listedFor[section] === u) continue;
      listedFor[section] = u;
      sections.push(section);
    }
    for (let x = 0; x < sections.length; x++) {
      const a = sections[x]!;
      for (let y = x + 1; y < sections.length; y++) {
        const b = sections[y]!;
        if (articleOfSection[a] === articleOfSection[b]) continue;
        const key = a * count + b;
        const link = counts.get(key);
        if (link) link.sharedUnits += 1;
        else counts.set(key, { a: sectionIds[a]!, b: sectionIds[b]!, sharedUnits: 1 });
      }
    }
  });
  return [...counts.values()].sort((x, y) => y.sharedUnits - x.sharedUnits);
}
