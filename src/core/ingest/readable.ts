// The words of a Markdown or HTML text as a reader sees them, for the two-text diff: the same
// blocks the comparison reads (ingest), Markdown's inline marks dropped as the sentences drop them.
import { ingest } from './ingest.js';
import type { ArticleFormat, Span } from '../model.js';
import { stripInlineMarkdown } from '../segment/inline.js';

/** Plain text is returned as typed, so its diff stays exactly what it was before formats existed. */
export function readableText(text: string, format: ArticleFormat): string {
  if (format === 'text') return text;
  const article = ingest({ text, format }, 0);
  // Page furniture stays: the diff shows the texts as written (plain text keeps it all too), and
  // a lede's dateline joins its paragraph again.
  const spans = [...(article.titleSpan ? [article.titleSpan] : []), ...article.blocks, ...article.furniture].sort((x, y) => x.start - y.start);
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && /^\s*$/.test(article.body.slice(last.end, span.start)) && !article.body.slice(last.end, span.start).includes('\n')) last.end = span.end;
    else joined.push({ start: span.start, end: span.end });
  }
  const pieces = joined.map((s) => article.body.slice(s.start, s.end).trim());
  return (format === 'markdown' ? pieces.map(stripInlineMarkdown) : pieces).filter((p) => p !== '').join('\n\n');
}
