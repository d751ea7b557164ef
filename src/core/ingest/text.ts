// Plain-text structure: paragraphs by blank lines; a short single line without closing punctuation
// is a heading (how news sites' text copies look), and the first such line is the title.
import type { Block, Span } from '../model.js';

export interface TextStructure {
  blocks: Block[];
  titleSpan: Span | null;
}

const MAX_HEADING_CHARS = 110;
const MAX_HEADING_WORDS = 14;

/** Blocks of `body[from, to)`, with offsets into the whole body. */
export function textStructure(body: string, from = 0, to = body.length): TextStructure {
  const blocks: Block[] = [];
  const paragraph = /\S(?:[^\n]|\n(?![ \t]*\n))*/g;
  paragraph.lastIndex = from;
  for (let m = paragraph.exec(body); m && m.index < to; m = paragraph.exec(body)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (end > to) break;
    blocks.push({ kind: looksLikeHeading(body.slice(start, end)) ? 'heading' : 'paragraph', start, end });
  }
  // A heading introduces what follows: a trailing short line (a sign-off, a credit) is text.
  const last = blocks[blocks.length - 1];
  if (last && last.kind === 'heading') last.kind = 'paragraph';
  let titleSpan: Span | null = null;
  const first = blocks[0];
  if (first && first.kind === 'heading' && blocks.length > 1) {
    titleSpan = { start: first.start, end: first.end };
    blocks.shift();
  }
  return { blocks, titleSpan };
}

/** A heading is one short line that does not end like a sentence (a closing quote may end it). */
export function looksLikeHeading(text: string): boolean {
  const line = text.trim();
  if (!line || line.includes('\n') || line.length > MAX_HEADING_CHARS) return false;
  if (line.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  const withoutQuote = line.replace(/["“”»«’')\]]+$/, '');
  return !/[.!?:;,…–-]$/.test(withoutQuote) && /\p{L}/u.test(line);
}
