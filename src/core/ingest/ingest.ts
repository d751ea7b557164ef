// Ingest: turns an ArticleInput into an IngestedArticle (readable body + blocks + metadata).
// FIRST VERSION (foundation): plain text only, paragraphs by blank lines. Replaced by issue 3.
import type { ArticleInput, Block, IngestedArticle } from '../model.js';

export function ingest(input: ArticleInput, index: number): IngestedArticle {
  const body = input.text.replace(/\r\n?/g, '\n');
  const blocks: Block[] = [];
  const paragraph = /[^\n](?:[^\n]|\n(?!\s*\n))*/g;
  for (const m of body.matchAll(paragraph)) {
    const start = m.index ?? 0;
    const text = m[0];
    const isHeading = text.length < 90 && !/[.!?:“"»]\s*$/.test(text) && !text.includes('\n');
    blocks.push({ kind: isHeading ? 'heading' : 'paragraph', start, end: start + text.length });
  }
  let title: string | null = input.title ?? null;
  let titleSpan = null;
  const first = blocks[0];
  if (first && first.kind === 'heading') {
    titleSpan = { start: first.start, end: first.end };
    title ??= body.slice(first.start, first.end);
    blocks.shift();
  }
  return {
    id: input.id ?? `a${index + 1}`,
    outlet: input.outlet?.trim() || `Article ${index + 1}`,
    title,
    url: input.url ?? null,
    date: input.date ?? null,
    format: input.format ?? 'text',
    language: /\b(der|die|und|das|nicht)\b/i.test(body) ? 'de' : 'en',
    body,
    titleSpan,
    blocks,
  };
}
