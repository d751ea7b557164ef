// Sentence lookups over a comparison, shared by every presentation function.
import type { Comparison, Sentence } from '../model.js';

/** Every sentence of every article by id. */
export function sentenceIndex(c: Pick<Comparison, 'articles'>): Map<string, Sentence> {
  const index = new Map<string, Sentence>();
  for (const article of c.articles) for (const section of article.sections) for (const sentence of section.sentences) index.set(sentence.id, sentence);
  return index;
}

/** The display text of some sentences, joined with a space, in the order given. */
export function textOf(index: Map<string, Sentence>, ids: string[]): string {
  return ids.map((id) => index.get(id)?.text ?? '').filter(Boolean).join(' ');
}
