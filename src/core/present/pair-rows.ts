// The pair view's rows: the units two outlets both report, with the word diff between them, and
// in their place the units only one of the two reports: who left what out is the first thing a
// reader comparing two texts asks.
import { diffWords } from '../diff/word-diff.js';
import type { Comparison, HeadlinePair, PairRow } from '../model.js';
import { unitsInReadingOrder } from './reading-order.js';
import { sentenceIndex, textOf } from './sentences.js';

/** Word diffs past this many edits show both texts whole: no sentence pair may hang a request. */
const maxEditLength = 2000;

/** The rows in the first outlet's reading order; a unit neither of the two reports has none. */
export function pairRows(c: Comparison, a: string, b: string): PairRow[] {
  const index = sentenceIndex(c);
  const rows: PairRow[] = [];
  for (const u of unitsInReadingOrder(c, a)) {
    const ta = textOf(index, u.sentences[a] ?? []);
    const tb = textOf(index, u.sentences[b] ?? []);
    if (ta === '' && tb === '') continue;
    if (ta === '' || tb === '') {
      // A unit's cues compare it with outlets that tell it; with one of the two silent they say nothing of this pair.
      rows.push({ unitId: u.id, a: ta, b: tb, parts: [], truncated: false, cues: [], only: ta === '' ? 'b' : 'a' });
      continue;
    }
    const { parts, truncated } = diffWords(ta, tb, { maxEditLength });
    rows.push({ unitId: u.id, a: ta, b: tb, parts, truncated, cues: u.cues.filter((x) => x.articleId === a || x.articleId === b) });
  }
  return rows;
}

/** The two outlets' titles with their word diff, when the comparison compared headlines and both have one. */
export function pairHeadline(c: Pick<Comparison, 'articles' | 'headlines'>, a: string, b: string): HeadlinePair | null {
  const ids = c.headlines?.articleIds ?? [];
  const ta = c.articles.find((x) => x.id === a)?.title;
  const tb = c.articles.find((x) => x.id === b)?.title;
  if (!c.headlines || a === b || !ids.includes(a) || !ids.includes(b) || !ta || !tb) return null;
  const { parts, truncated } = diffWords(ta, tb, { maxEditLength });
  return { a: ta, b: tb, parts, truncated, cues: c.headlines.cues.filter((x) => x.articleId === a || x.articleId === b) };
}
