// Which unit an article's headline tells: the unit whose sentences share the most content words
// with the title (at least two), so placement can say "Outlet A puts this in its headline".
// Words compare by their first five letters, a cheap stand-in for stemming that also joins
// German inflections (konstruktives / konstruktiv) and English plurals.
import type { Alignment, Article, Sentence } from '../model.js';
import { stopwords } from '../vocabulary/stopwords.js';

const minShared = 2;

const sentenceKeys = new WeakMap<Sentence, Set<string>>();

function keysOf(sentence: Sentence): Set<string> {
  let found = sentenceKeys.get(sentence);
  if (!found) sentenceKeys.set(sentence, (found = keys(sentence.text)));
  return found;
}

const lowerTexts = new WeakMap<Sentence, string>();

/** A key is a piece of the lowercased text: most sentences share no title word and are never split into words. */
function mayHave(sentence: Sentence, key: string): boolean {
  let lower = lowerTexts.get(sentence);
  if (lower === undefined) lowerTexts.set(sentence, (lower = sentence.text.toLowerCase()));
  return lower.includes(key);
}

function keys(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 4 && !stopwords.has(w)).map((w) => w.slice(0, 5)));
}

/** Article id → id of the unit its headline tells, for articles whose title matches a unit. */
export function headlineUnits(articles: Article[], alignment: Alignment, sentenceById: Map<string, Sentence>): Map<string, string> {
  const found = new Map<string, string>();
  for (const article of articles) {
    if (!article.title) continue;
    const title = keys(article.title);
    let best: { unitId: string; shared: number } | null = null;
    for (const unit of alignment.units) {
      const ids = unit.sentences[article.id];
      if (!ids || Object.keys(unit.sentences).length < 2) continue;
      let shared = 0;
      for (const key of title) {
        if (ids.some((id) => { const s = sentenceById.get(id); return s !== undefined && mayHave(s, key) && keysOf(s).has(key); })) shared++;
      }
      if (shared >= minShared && (!best || shared > best.shared)) best = { unitId: unit.id, shared };
    }
    if (best) found.set(article.id, best.unitId);
  }
  return found;
}
