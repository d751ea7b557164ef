// The pair view's rows: the units two outlets both report, with the word diff between them.
import { diffWords } from '../diff/word-diff.js';
import type { Comparison, PairRow } from '../model.js';
import { sentenceIndex, textOf } from './sentences.js';

/** Word diffs past this many edits show both texts whole: no sentence pair may hang a request. */
const maxEditLength = 2000;

export function pairRows(c: Comparison, a: string, b: string): PairRow[] {
  const index = sentenceIndex(c);
  return c.units
    .filter((u) => (u.sentences[a] ?? []).length > 0 && (u.sentences[b] ?? []).length > 0)
    .map((u) => {
      const ta = textOf(index, u.sentences[a] ?? []);
      const tb = textOf(index, u.sentences[b] ?? []);
      const { parts, truncated } = diffWords(ta, tb, { maxEditLength });
      return { unitId: u.id, a: ta, b: tb, parts, truncated, cues: u.cues.filter((x) => x.articleId === a || x.articleId === b) };
    });
}
