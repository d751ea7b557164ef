// Markdown structure from marked's lexer. Spans are computed here from each token's raw text,
// because the lexer reports no offsets; front matter fills metadata and is not body text.
import { marked, type Token, type Tokens } from 'marked';
import type { Block, BlockKind, Furniture, Span } from '../model.js';
import { stripInlineMarkdown } from '../segment/inline.js';
import { withoutFurniture } from './furniture.js';

export interface MarkdownStructure {
  blocks: Block[];
  titleSpan: Span | null;
  meta: Record<string, string>;
  furniture: Furniture[];
}

export function markdownStructure(body: string): MarkdownStructure {
  const { meta, end: contentStart } = frontMatter(body);
  const blocks: Block[] = [];
  let cursor = contentStart;
  const tokens = marked.lexer(body.slice(contentStart));
  const visit = (list: Token[], kind: BlockKind | null) => {
    for (const token of list) {
      const at = body.indexOf(token.raw, cursor);
      const start = at >= 0 ? at : cursor;
      if (token.type === 'heading') {
        const m = /^\s*#{1,6}[ \t]*/.exec(token.raw);
        const lead = m ? m[0].length : 0;
        const text = token.raw.slice(lead).replace(/[ \t]+#*\s*$/, '').replace(/\n[=-]+\s*$/, '').trimEnd();
        push(blocks, 'heading', start + lead, start + lead + text.length);
      } else if ((token.type === 'paragraph' || token.type === 'text') && isOnlyImages(token.raw)) {
        // An image's alt text is a caption at best, never a sentence of the report.
      } else if (token.type === 'paragraph' || token.type === 'text') {
        // Images leading a paragraph are left out the same way; the caption or credit under them
        // ("*Foto: Stadt Talheim*") is then a line of its own, read for furniture like any other.
        const images = /^(?:!\[[^\]]*\]\([^)]*\)[ \t]*\n?)+/.exec(token.raw)?.[0].length ?? 0;
        push(blocks, kind ?? 'paragraph', start + images, start + token.raw.trimEnd().length);
      } else if (token.type === 'list') {
        for (const item of (token as Tokens.List).items) {
          const itemAt = body.indexOf(item.raw, cursor);
          const s = itemAt >= 0 ? itemAt : cursor;
          const marker = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/.exec(item.raw)?.[0].length ?? 0;
          push(blocks, 'list-item', s + marker, s + item.raw.trimEnd().length);
          cursor = s + item.raw.length;
        }
      } else if (token.type === 'blockquote') {
        // Quote content keeps its `>` markers in the body; each quoted paragraph is one block.
        const raw = token.raw;
        for (const m of raw.matchAll(/(?:^|\n)[ \t]*>[ \t]?([^\n]*(?:\n[ \t]*>[ \t]?(?![ \t]*\n)[^\n]+)*)/g)) {
          const content = m[1] ?? '';
          if (!content.trim()) continue;
          const s = start + (m.index ?? 0) + m[0].indexOf(content);
          push(blocks, 'quote', s, s + content.trimEnd().length);
        }
      }
      if (at >= 0) cursor = Math.max(cursor, at + token.raw.length);
    }
  };
  visit(tokens, null);
  // Furniture is read from a block's words, not its markup: "[Teilen](…) · [Drucken](…)" is a share bar.
  return { ...withoutFurniture(body, blocks, stripInlineMarkdown), titleSpan: null, meta };
}

function push(blocks: Block[], kind: BlockKind, start: number, end: number): void {
  if (end > start) blocks.push({ kind, start, end });
}

/** Simple `key: value` front matter between `---` lines at the very start. */
export function frontMatter(body: string): { meta: Record<string, string>; end: number } {
  const m = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(body);
  if (!m) return { meta: {}, end: 0 };
  const meta: Record<string, string> = {};
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const value = (kv[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value) meta[(kv[1] ?? '').toLowerCase()] = value;
  }
  return { meta, end: m[0].length };
}

function isOnlyImages(raw: string): boolean {
  return /!\[/.test(raw) && raw.replace(/!\[[^\]]*\]\([^)]*\)/g, '').trim() === '';
}
