// Ingest: turns an ArticleInput into an IngestedArticle (readable body + blocks + metadata), one
// structure reader per format; spans always index `body`.
import type { ArticleInput, Block, Furniture, IngestedArticle, Span } from '../model.js';
import { datelineOf, entryStamps, withoutKickers } from './furniture.js';
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

/** A live blog's entry stamps moved from their paragraphs to the furniture: the time a post went up is no fact of the event. */
function withoutEntryStamps(body: string, blocks: Block[], furniture: Furniture[]): { blocks: Block[]; furniture: Furniture[] } {
  const stamps = entryStamps(body, blocks);
  if (stamps.length === 0) return { blocks, furniture };
  const shortened = [...blocks];
  const added: Furniture[] = [];
  for (const { at, span } of stamps) {
    // A stamped entry is a paragraph: "14.35 Uhr: Die Polizei …" was no heading.
    shortened[at] = { ...blocks[at]!, kind: 'paragraph', start: span.end };
    const text = body.slice(span.start, span.end).trim().replace(/\s*[:–—-]$/, '');
    added.push({ kind: 'byline', text, start: span.start, end: span.start + text.length });
  }
  return { blocks: shortened, furniture: [...furniture, ...added].sort((x, y) => x.start - y.start) };
}

/** The lede's dateline moved from its paragraph to the furniture (in body order). */
function withoutDateline(body: string, blocks: Block[], furniture: Furniture[]): { blocks: Block[]; furniture: Furniture[] } {
  // The lede is one of the first three paragraphs: key points (list items), a quote or a standfirst
  // may stand before it.
  let at = -1;
  let span: Span | null = null;
  let seen = 0;
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading' || block.kind === 'list-item' || block.kind === 'quote') continue;
    at = i;
    // A place and a full stop ("Hamburg. Die …") counts in the first paragraph only: further down
    // it may be a sentence. The other shapes count after a standfirst too.
    span = datelineOf(body, block, seen === 0);
    seen++;
    if (span !== null || seen === 3) break;
  }
  if (span === null) return { blocks, furniture };
  const text = body.slice(span.start, span.end).trim().replace(/\s*[-–—:]$/, '');
  const lede = blocks[at]!;
  // A dateline on a line of its own takes its block; one that opens the lede shortens it.
  const shortened = span.end >= lede.end ? blocks.filter((_, i) => i !== at) : blocks.map((b, i) => (i === at ? { ...b, start: span.end } : b));
  const dateline: Furniture = { kind: 'dateline', text, start: span.start, end: span.start + text.length };
  return { blocks: shortened, furniture: [...furniture, dateline].sort((x, y) => x.start - y.start) };
}
