// Distinctive vocabulary: the words an outlet uses notably more than the others, by the weighted
// log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
// Words", eqs. 16 and 22 / 19-20). Raw frequency ratios crown rare words and plain log-odds
// crown frequent ones; the prior shrinks both, and the z-score says how sure the difference is.
import { isLetter, isMark, unitsOf } from '../chars.js';
import type { Article, DistinctiveTerm } from '../model.js';
import { stopwords } from './stopwords.js';

export type Counts = ReadonlyMap<string, number>;

export interface LogOdds {
  term: string;
  count: number;
  /** δ: log-odds of the term in the target minus in the rest, both smoothed by the prior. */
  logOdds: number;
  zScore: number;
}

const total = (counts: Counts): number => [...counts.values()].reduce((n, c) => n + c, 0);

/**
 * δ_w = log((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α_0 − y_j − α_w)),
 * σ²_w ≈ 1/(y_i + α_w) + 1/(y_j + α_w), z_w = δ_w / σ_w, for target i against rest j, where the
 * prior α_w is given per term and α_0 = Σ α_w.
 */
export function weightedLogOdds(target: Counts, rest: Counts, prior: Counts): LogOdds[] {
  const alpha0 = total(prior);
  const nTarget = total(target);
  const nRest = total(rest);
  const results: LogOdds[] = [];
  for (const [term, alpha] of prior) {
    if (alpha <= 0) continue;
    results.push(logOddsOf(term, alpha, target.get(term) ?? 0, rest.get(term) ?? 0, nTarget, nRest, alpha0));
  }
  return results.sort((a, b) => b.zScore - a.zScore || a.term.localeCompare(b.term));
}

function logOddsOf(term: string, alpha: number, yi: number, yj: number, nTarget: number, nRest: number, alpha0: number): LogOdds {
  const delta = Math.log((yi + alpha) / (nTarget + alpha0 - yi - alpha)) - Math.log((yj + alpha) / (nRest + alpha0 - yj - alpha));
  const sigma = Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha));
  return { term, count: yi, logOdds: delta, zScore: delta / sigma };
}

/**
 * The prior's total weight relative to the comparison's word count. The prior is the pooled counts
 * of all articles scaled to this share: strong enough that one outlet's single odd word is not
 * "distinctive", weak enough that a word it repeats is.
 */
export const priorShare = 0.1;
/**
 * The bar for "notably more". A news article has only 100–500 content words, so a word one outlet
 * uses three times and the others never reaches z ≈ 1.4: the textbook 1.96 left every outlet's list
 * empty on real-length articles. One standard error, together with `minCount`, keeps single odd
 * words out while showing the repeated word choices (Kreml vs Moskau, walkout vs strike) that carry
 * framing; each term keeps its z-score so a reader can judge the evidence.
 */
export const minZScore = 1.0;
/** A word used once is a word choice, not a habit. */
export const minCount = 2;
export const maxTerms = 10;

/** Whether a word (lowercase) is a content word: three letters or more, no stopword. */
const isContentWord = (word: string): boolean => word.length >= 3 && !stopwords.has(word);

/** The words of visitCountedWords as a list. */
export function countedWords(text: string): string[] {
  const words: string[] = [];
  visitCountedWords(text, (word) => words.push(word));
  return words;
}

/**
 * Calls `visit` with each word /\p{L}[\p{L}\p{M}'’-]*\p{L}/gu finds (a letter, then letters, marks,
 * apostrophes or hyphens, ending in a letter), found by one scan by character code (chars.ts):
 * every sentence of a comparison is counted, and a visitor needs no list of its words.
 */
export function visitCountedWords(text: string, visit: (word: string) => void): void {
  visitWordSpans(text, (start, end) => visit(text.slice(start, end)));
}

/** The spans of visitCountedWords' words, so a caller slices only the words it wants. */
function visitWordSpans(text: string, visit: (start: number, end: number) => void): void {
  for (let p = 0; p < text.length; ) {
    const first = text.codePointAt(p)!;
    if (!isLetter(first)) {
      p += unitsOf(first);
      continue;
    }
    // The run of word characters from this letter; the word ends after its last letter but the first.
    let q = p + unitsOf(first);
    let lastLetterEnd = -1;
    while (q < text.length) {
      const cp = text.codePointAt(q)!;
      const width = unitsOf(cp);
      if (isLetter(cp)) lastLetterEnd = q + width;
      else if (!isMark(cp) && cp !== 39 && cp !== 0x2019 && cp !== 45) break;
      q += width;
    }
    if (lastLetterEnd > 0) visit(p, lastLetterEnd);
    // No letter follows the word inside the run, so no other word starts there.
    p = q;
  }
}

/** One article's content words as term ids of a Vocabulary, each with its count. */
interface ArticleTerms {
  ids: number[];
  counts: number[];
  total: number;
}

/**
 * The content words of all articles, numbered in order of first use (article by article, as the
 * pooled counts met them), with per-article counts. Each word of every sentence costs one lookup
 * in `idOf`, which remembers a stopword as -1 the first time it is met, where a stopword test and
 * a count map cost three. A word shorter than three letters is no content word and is not looked up.
 */
function vocabularyOf(articles: Article[]): { terms: string[]; pooled: number[]; perArticle: ArticleTerms[] } {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const pooled: number[] = [];
  // The current article's count per term id, set back to 0 after each article.
  const current: number[] = [];
  const perArticle = articles.map((article) => {
    const ids: number[] = [];
    let text = '';
    const count = (start: number, end: number): void => {
      if (end - start < 3) return;
      const word = text.slice(start, end);
      let id = idOf.get(word);
      if (id === undefined) {
        id = isContentWord(word) ? terms.push(word) - 1 : -1;
        idOf.set(word, id);
        if (id >= 0) {
          pooled.push(0);
          current.push(0);
        }
      }
      if (id < 0) return;
      if (current[id] === 0) ids.push(id);
      current[id]!++;
    };
    for (const section of article.sections) {
      for (const sentence of section.sentences) {
        text = sentence.text.toLowerCase();
        visitWordSpans(text, count);
      }
    }
    const counts = ids.map((id) => current[id]!);
    let total = 0;
    for (let k = 0; k < ids.length; k++) {
      total += counts[k]!;
      pooled[ids[k]!]! += counts[k]!;
      current[ids[k]!] = 0;
    }
    return { ids, counts, total };
  });
  return { terms, pooled, perArticle };
}

/** Highest z first; ties by term, then by vocabulary order (term id): a total order. */
const byDistinctiveness = (a: LogOdds & { id: number }, b: LogOdds & { id: number }): number =>
  b.zScore - a.zScore || a.term.localeCompare(b.term) || a.id - b.id;

/**
 * Puts `item` into `first`, the first `k` items met so far in the order `before`, if it is one of
 * them. Only ten terms per article are shown, out of hundreds that pass the bars: sorting them all
 * compared many ties of z (terms with the same counts) by localeCompare.
 */
function keepAmongFirst<T>(first: T[], item: T, k: number, before: (a: T, b: T) => number): void {
  if (first.length === k && before(item, first[k - 1]!) >= 0) return;
  let i = first.length < k ? first.length : k - 1;
  while (i > 0 && before(item, first[i - 1]!) < 0) {
    first[i] = first[i - 1]!;
    i--;
  }
  first[i] = item;
}

/** Per article (in input order), its most distinctive terms against all other articles pooled. */
export function distinctiveTerms(articles: Article[]): DistinctiveTerm[][] {
  const { terms, pooled, perArticle } = vocabularyOf(articles);
  const prior = pooled.map((n) => n * priorShare);
  // Summed in the vocabulary's order, as total() sums a map's values: the same float.
  let alpha0 = 0;
  for (const alpha of prior) alpha0 += alpha;
  let nPooled = 0;
  for (const n of pooled) nPooled += n;
  // weightedLogOdds over the whole vocabulary per article, kept to the terms that can pass the
  // bars (used minCount times, z above minZScore): the same list, without scoring and sorting
  // every word of every other outlet once per article. Ties keep the vocabulary's order (term id).
  return perArticle.map(({ ids, counts, total: nTarget }) => {
    const best: Array<LogOdds & { id: number }> = [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const yi = counts[k]!;
      const alpha = prior[id]!;
      if (yi < minCount || alpha <= 0) continue;
      const scored = logOddsOf(terms[id]!, alpha, yi, pooled[id]! - yi, nTarget, nPooled - nTarget, alpha0);
      if (scored.zScore > minZScore) keepAmongFirst(best, { ...scored, id }, maxTerms, byDistinctiveness);
    }
    return best.map(({ term, count, logOdds, zScore }) => ({ term, count, logOdds, zScore }));
  });
}
