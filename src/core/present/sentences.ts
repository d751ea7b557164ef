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

/**
 * A text cut to at most `max` characters for a label, at a word boundary where one is near, with
 * an ellipsis when cut.
 */
export function clip(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** What a unit is about, for a one-line label: its first sentence in the first article that tells it. */
export function unitGist(index: Map<string, Sentence>, articleIds: string[], sentences: Record<string, string[]>): string {
  for (const id of articleIds) {
    const first = sentences[id]?.[0];
    if (first !== undefined) return index.get(first)?.text ?? '';
  }
  return '';
}
