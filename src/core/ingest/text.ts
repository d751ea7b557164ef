// Plain-text structure: paragraphs by blank lines; a short single line without closing punctuation
// is a heading (how news sites' text copies look), and the first such line is the title.
import type { Block, Furniture, Span } from '../model.js';
import { furnitureKind, isBareCredit, isShareWords, opensTopicList, withoutFurniture, withoutKickers } from './furniture.js';

export interface TextStructure {
  blocks: Block[];
  titleSpan: Span | null;
  furniture: Furniture[];
}

const MAX_HEADING_CHARS = 110;
/** A heading under the title this long is its standfirst. */
const standfirstWords = 10;
const MAX_HEADING_WORDS = 14;

/** Blocks of `body[from, to)`, with offsets into the whole body. */
export function textStructure(body: string, from = 0, to = body.length): TextStructure {
  const found: Block[] = [];
  const paragraph = /\S(?:[^\n]|\n(?![ \t]*\n))*/g;
  paragraph.lastIndex = from;
  for (let m = paragraph.exec(body); m && m.index < to; m = paragraph.exec(body)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (end > to) break;
    found.push(...linesToBlocks(body, start, end));
  }
  // Furniture goes first, so a byline under the title is not the title's next heading, and a
  // share bar at the end is not the last heading turned text.
  let { blocks, furniture } = withoutFurniture(body, found);
  ({ blocks, furniture } = withoutKickers(body, blocks, furniture));
  // A heading introduces what follows: a trailing short line (a sign-off, a credit) is text.
  const last = blocks[blocks.length - 1];
  if (last && last.kind === 'heading') last.kind = 'paragraph';
  let titleSpan: Span | null = null;
  const first = blocks[0];
  // A headline may ask or exclaim ("Macht Süßstoff krank?"): the first line standing alone, short,
  // is the title even so. Further down such a line is a sentence ("Und die Sirenen?").
  const titled = first && (first.kind === 'heading' || (first.kind === 'paragraph' && looksLikeTitle(body.slice(first.start, first.end))));
  if (first && titled && blocks.length > 1) {
    titleSpan = { start: first.start, end: first.end };
    blocks.shift();
    // A standfirst under the title ("All 212 passengers were brought ashore after the vessel struck
    // a sandbank in fog") is a summary told in a sentence without its full stop, not a section
    // heading: a heading of ten words or more right under the title is text.
    const next = blocks[0];
    if (next && next.kind === 'heading' && body.slice(next.start, next.end).trim().split(/\s+/).length >= standfirstWords) next.kind = 'paragraph';
  }
  return { blocks, titleSpan, furniture };
}

/** Lines longer than this are unwrapped paragraphs (one per line), not hard-wrapped text. */
const UNWRAPPED_LINE = 90;
const ENDS_SENTENCE = /[.!?…:"“”»«)]$/u;
const LIST_MARKER = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?=\S)/u;

/**
 * Blocks of one blank-line-separated chunk. Copied articles often separate paragraphs by a single
 * line break and put headings on their own line without blank lines around them; hard-wrapped
 * text (short lines) must not be cut at its line ends, so a line only starts a block when the
 * previous one ended a sentence.
 */
function linesToBlocks(body: string, start: number, end: number, furnitureRead = false): Block[] {
  const lines: Span[] = [];
  for (const m of body.slice(start, end).matchAll(/[^\n]+/g)) {
    const lineStart = start + (m.index ?? 0);
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    if (text.trim()) lines.push({ start: lineStart + lead, end: lineStart + text.trimEnd().length });
  }
  const text = (l: Span): string => body.slice(l.start, l.end);
  const len = (l: Span | undefined): number => (l ? l.end - l.start : 0);
  // A copy from a browser separates a page's header and footer lines by single line breaks: a
  // byline, a time stamp or a share bar on its own line is a block of its own (page furniture,
  // left out later), and the lines around it are read apart from it (`furnitureRead`: lines of such
  // a run, known to hold none).
  if (lines.length > 1 && !furnitureRead) {
    const kinds = lines.map((l) => furnitureKind(text(l)));
    // Under "Mehr zum Thema" / "Related" come the linked headlines, one per line, no sentence end.
    // Under "Explore more on these topics" / "Themen" come the topics, one short line each.
    let topics = false;
    for (let i = 1; i < lines.length; i++) {
      topics = (topics || opensTopicList(text(lines[i - 1]!))) && kinds[i - 1] === 'navigation';
      if (kinds[i] !== null) continue;
      const line = text(lines[i]!);
      const noSentenceEnd = !/[.!?:;,]["”“»«’')\]]*$/.test(line);
      // A linked headline may ask ("Wie schütze ich mein Haus?"), so only a question's mark is allowed.
      if (kinds[i - 1] === 'link' && len(lines[i]) <= 100 && (noSentenceEnd || /\?$/.test(line))) kinds[i] = 'link';
      else if (topics && line.split(/\s+/).length <= 4 && noSentenceEnd) kinds[i] = 'navigation';
      else if (kinds[i - 1] === 'share' && isShareWords(line)) kinds[i] = 'share';
    }
    if (kinds.some((k) => k !== null)) {
      const blocks: Block[] = [];
      let runStart = -1;
      let runFrom = -1;
      lines.forEach((line, i) => {
        if (kinds[i] === null) {
          if (runStart < 0) [runStart, runFrom] = [line.start, i];
        } else {
          // The line right above a credit is its caption's candidate: a block of its own.
          // (Only after a finished sentence: in hard-wrapped text the line is a paragraph's end.)
          const caption =
            kinds[i] === 'credit' && runStart >= 0 && i - 1 > runFrom && ENDS_SENTENCE.test(text(lines[i - 2]!)) && isBareCredit(text(line)) && !LIST_MARKER.test(text(lines[i - 1]!))
              ? lines[i - 1]!
              : null;
          if (runStart >= 0) blocks.push(...linesToBlocks(body, runStart, caption ? lines[i - 2]!.end : lines[i - 1]!.end, true));
          if (caption) blocks.push({ kind: 'paragraph', start: caption.start, end: caption.end });
          runStart = -1;
          blocks.push({ kind: 'paragraph', start: line.start, end: line.end, furniture: kinds[i]! });
        }
      });
      if (runStart >= 0) blocks.push(...linesToBlocks(body, runStart, lines[lines.length - 1]!.end, true));
      return blocks;
    }
  }
  if (lines.length <= 1) {
    return [{ kind: looksLikeHeading(body.slice(start, end)) ? 'heading' : 'paragraph', start, end }];
  }
  // A page header copied as a column of labels ("Startseite", "Regional", "Cyberangriff", the
  // headline): short lines, most of one to three words, none ending a sentence, is no wrapped
  // paragraph. Each line stands alone.
  const words = (l: Span) => text(l).split(/\s+/).length;
  const labels =
    lines.every((l) => len(l) <= 60 && (words(l) === 1 || !/[.!?:;,]$/.test(text(l)))) && lines.filter((l) => words(l) <= 3).length * 2 >= lines.length;
  if (labels) return lines.map((l) => ({ kind: looksLikeHeading(text(l)) ? 'heading' : 'paragraph', start: l.start, end: l.end }));
  const unwrapped = lines.some((l) => len(l) > UNWRAPPED_LINE);
  const listed = lines.every((l) => LIST_MARKER.test(text(l)));
  const blocks: Block[] = [];
  let open: Block | null = null;
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const afterSentence = !prev || ENDS_SENTENCE.test(text(prev));
    const heading =
      next !== undefined && afterSentence && looksLikeHeading(text(line)) && (len(next) > len(line) * 1.5 || LIST_MARKER.test(text(next))) && !listed;
    // A bullet after a finished sentence or a heading-like line starts an item even in a chunk
    // of other lines ("Das Wichtigste in Kürze", then "• …" lines, then the text).
    const bullet = !listed && LIST_MARKER.test(text(line)) && (afterSentence || (prev !== undefined && looksLikeHeading(text(prev))));
    if (listed || bullet) {
      const marker = LIST_MARKER.exec(text(line))?.[0].length ?? 0;
      blocks.push({ kind: 'list-item', start: line.start + marker, end: line.end });
      open = null;
    } else if (heading) {
      blocks.push({ kind: 'heading', start: line.start, end: line.end });
      open = null;
    } else if (open && !(unwrapped && afterSentence)) {
      open.end = line.end;
    } else {
      open = { kind: 'paragraph', start: line.start, end: line.end };
      blocks.push(open);
    }
  });
  return blocks;
}

/** A first line that would be a heading but for the question or exclamation mark ending it. */
function looksLikeTitle(text: string): boolean {
  const line = text.trim();
  return /[?!]$/.test(line) && looksLikeHeading(line.replace(/[?!]+$/, ''));
}

/** A heading is one short line that does not end like a sentence (a closing quote may end it). */
export function looksLikeHeading(text: string): boolean {
  const line = text.trim();
  if (!line || line.includes('\n') || line.length > MAX_HEADING_CHARS) return false;
  if (line.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // A byline or a photo credit stands alone like a heading but opens no section.
  if (/^(von|by|foto|fotos|photo|bild|quelle|source)\b\s*:?\s+\S/iu.test(line) && line.length < 60) return false;
  const withoutQuote = line.replace(/["“”»«’')\]]+$/, '');
  return !/[.!?:;,…–-]$/.test(withoutQuote) && /\p{L}/u.test(line);
}
