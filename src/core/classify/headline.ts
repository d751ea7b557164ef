// Which unit an article's headline tells: the unit whose sentences share the most content words
// with the title (at least two), so placement can say "Outlet A puts this in its headline".
// Words compare by their first five letters, a cheap stand-in for stemming that also joins
// German inflections (konstruktives / konstruktiv) and English plurals.
import type { Alignment, Article, Sentence } from '../model.js';
import { stopwords } from '../vocabulary/stopwords.js';

const minShared = 2;

/** The title keys of a lowercased text: the first five letters of its content words. */
function keysOfLowercase(lower: string): Set<string> {
  const words = lower.match(/\p{L}[\p{L}\p{M}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 4 && !stopwords.has(w)).map((w) => w.slice(0, 5)));
}

/** How many of the title's keys the unit's sentences (by id) share, each key once. */
function sharedKeys(title: string[], ids: string[], sentenceById: Map<string, Sentence>): number {
  const lowers: string[] = [];
  for (const id of ids) {
    const sentence = sentenceById.get(id);
    if (sentence !== undefined) lowers.push(sentence.text.toLowerCase());
  }
  return sharedKeysOf(title, lowers);
}

/**
 * How many of the title's keys the lowercased texts share (each key once). A key is a piece of
 * the lowercased text, so most sentences, which share no title word, are never split into words.
 */
function sharedKeysOf(title: string[], lowers: string[]): number {
  const words: Array<Set<string> | undefined> = [];
  let shared = 0;
  for (const key of title) {
    for (let k = 0; k < lowers.length; k++) {
      if (!lowers[k]!.includes(key)) continue;
      const found = (words[k] ??= keysOfLowercase(lowers[k]!));
      if (found.has(key)) {
        shared++;
        break;
      }
    }
  }
  return shared;
}

/**
 * Whether a title tells what these sentences tell (two content words or more in common), whether
 * or not it is the unit its headline tells best: a headline may sum up two facts.
 */
export function titleTells(title: string, sentences: Sentence[]): boolean {
  return sharedKeysOf([...keysOfLowercase(title.toLowerCase())], sentences.map((s) => s.text.toLowerCase())) >= minShared;
}

/** Article id → id of the unit its headline tells, for articles whose title matches a unit. */
export function headlineUnits(articles: Article[], alignment: Alignment, sentenceById: Map<string, Sentence>): Map<string, string> {
  // Per article id, the titled articles with that id (by index) and their title keys.
  const titled = new Map<string, Array<{ index: number; title: string[] }>>();
  articles.forEach((article, index) => {
    if (!article.title) return;
    const entry = { index, title: [...keysOfLowercase(article.title.toLowerCase())] };
    titled.set(article.id, [...(titled.get(article.id) ?? []), entry]);
  });
  const best: Array<{ unitId: string; shared: number } | null> = articles.map(() => null);
  // Unit by unit, only the articles it has: a loop over articles × units looked up every article
  // in every unit, most of which it is not in. Units stay in order, so ties go to the first unit.
  for (const unit of alignment.units) {
    const articleIds = Object.keys(unit.sentences);
    if (articleIds.length < 2) continue;
    for (const articleId of articleIds) {
      const ids = unit.sentences[articleId];
      const readers = titled.get(articleId);
      if (!ids || !readers) continue;
      for (const { index, title } of readers) {
        const shared = sharedKeys(title, ids, sentenceById);
        const current = best[index];
        if (shared >= minShared && (!current || shared > current.shared)) best[index] = { unitId: unit.id, shared };
      }
    }
  }
  const found = new Map<string, string>();
  articles.forEach((article, i) => {
    const unit = best[i];
    if (unit) found.set(article.id, unit.unitId);
  });
  return found;
}
