// The word diff of two aligned sentences, as the views and exports show it.
import type { Sentence, SentenceDiff } from '../model.js';
import type { Thresholds } from '../thresholds.js';
import { diffWords } from './word-diff.js';

export function diffSentences(from: Sentence, to: Sentence, thresholds: Pick<Thresholds, 'diffMaxEditLength'>): SentenceDiff {
  const { parts, truncated } = diffWords(from.text, to.text, { maxEditLength: thresholds.diffMaxEditLength });
  return { from: from.id, to: to.id, parts, truncated };
}
