// Ingest: turns an ArticleInput into an IngestedArticle (readable body + blocks + metadata), one
// structure reader per format; spans always index `body`.
import type { ArticleInput, Block, Furniture, IngestedArticle, Span } from '../model.js';
import { withoutDateline, withoutEntryStamps, withoutKickers } from './furniture.js';
import { htmlStructure } from './html.js';
import { detectLanguage } from './language.js';
import { markdownStructure } from './markdown.js';
import { textStructure } from './text.js';

export function ingest(input: ArticleInput, index: number): IngestedArticle {
  const format = input.format ?? 'text';
  let body = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let blocks: Block[];
  let furniture: Furniture[];
  let titleSpan: Span | null = null;
  let meta: Record<string, string> = {};
  if (format === 'markdown') {
    ({ blocks, meta, furniture } = markdownStructure(body));
    ({ blocks, furniture } = withoutKickers(body, blocks, furniture));
    const first = blocks[0];
    const repeatsTitle = first && (!meta['title'] || body.slice(first.start, first.end).trim() === meta['title']);
    if (first && first.kind === 'heading' && repeatsTitle) {
      titleSpan = { start: first.start, end: first.end };
      blocks = blocks.slice(1);
    }
  } else if (format === 'html') {
    const html = htmlStructure(body);
    ({ body, blocks, meta, furniture } = html);
  } else {
    ({ blocks, titleSpan, furniture } = textStructure(body));
  }
  ({ blocks, furniture } = withoutDateline(body, blocks, furniture));
  ({ blocks, furniture } = withoutEntryStamps(body, blocks, furniture));
  const spanTitle = titleSpan ? body.slice(titleSpan.start, titleSpan.end).trim() : null;
  const text = blocks.map((b) => body.slice(b.start, b.end)).join('\n');
  return {
    id: input.id ?? `a${index + 1}`,
    outlet: input.outlet?.trim() || meta['outlet'] || meta['site_name'] || `Article ${index + 1}`,
    title: input.title?.trim() || meta['title'] || spanTitle || null,
    url: input.url ?? meta['url'] ?? null,
    date: input.date ?? meta['date'] ?? null,
    format,
    language: detectLanguage(text),
    body,
    titleSpan,
    blocks,
    furniture,
  };
}

