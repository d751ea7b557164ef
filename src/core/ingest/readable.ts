// The words of a Markdown or HTML text as a reader sees them, for the two-text diff: the same
// blocks the comparison reads (ingest), Markdown's inline marks dropped as the sentences drop them.
import { ingest } from './ingest.js';
import type { ArticleFormat } from '../model.js';
import { stripInlineMarkdown } from '../segment/inline.js';

/** Plain text is returned as typed, so its diff stays exactly what it was before formats existed. */
export function readableText(text: string, format: ArticleFormat): string {
  if (format === 'text') return text;
  const article = ingest({ text, format }, 0);
  const spans = article.titleSpan ? [article.titleSpan, ...article.blocks] : article.blocks;
  const pieces = spans.map((s) => article.body.slice(s.start, s.end).trim());
  return (format === 'markdown' ? pieces.map(stripInlineMarkdown) : pieces).filter((p) => p !== '').join('\n\n');
}
