// Decodes an uploaded file into an ArticleInput: format from the name, text encoding from the
// bytes (BOMs, UTF-8, else Windows-1252, the common legacy encoding of German text files), and a
// clear refusal for binary files rather than a page of mojibake.
import { InputError } from '../errors.js';
import type { ArticleFormat, ArticleInput } from '../model.js';
import { htmlMetadata } from './html.js';
import { frontMatter } from './markdown.js';

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'an image (PNG)'],
  [[0xff, 0xd8, 0xff], 'an image (JPEG)'],
  [[0x47, 0x49, 0x46, 0x38], 'an image (GIF)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip (or Office document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

export function decodeFile(file: { name: string; bytes: Uint8Array }): ArticleInput {
  const { name, bytes } = file;
  const refuse = (why: string): never => {
    throw new InputError([{ field: name, message: `${name} ${why}` }], 422);
  };
  if (bytes.length === 0) refuse('is empty');
  for (const [magic, kind] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) refuse(`looks like ${kind} file, not text`);
  }
  const text = decodeText(bytes);
  if (text === null || looksBinary(text)) refuse('looks like a binary file, not text');
  const body = text as string;
  if (body.trim() === '') refuse('contains no text');
  const format = formatOf(name, body);
  return { text: body, format, ...ownLabels(body, format) };
}

/**
 * The outlet and title a file names itself (an HTML page's og:site_name and og:title, Markdown
 * front matter), so that an edge falling back to the file name never hides them.
 */
function ownLabels(text: string, format: ArticleFormat): Pick<ArticleInput, 'outlet' | 'title'> {
  const meta = format === 'html' ? htmlMetadata(text) : format === 'markdown' ? frontMatter(text).meta : {};
  const labels: Pick<ArticleInput, 'outlet' | 'title'> = {};
  if (meta['outlet']) labels.outlet = meta['outlet'];
  if (meta['title']) labels.title = meta['title'];
  return labels;
}

function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return null; // NUL bytes never occur in 8-bit text
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fromWindows1252(new TextDecoder('windows-1252').decode(bytes));
  }
}

// Some Node builds decode the `windows-1252` label as ISO-8859-1, leaving C1 controls where
// Windows-1252 has „ “ – € and friends; map that range by the WHATWG table.
const CP1252_C1 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function fromWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (ch) => CP1252_C1[ch.charCodeAt(0) - 0x80] ?? ch);
}

/** A high share of control characters (other than tab and line breaks) means binary data. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let control = 0;
  for (const ch of text) if (/[\u0001-\u0008\u000E-\u001F\u007F]/.test(ch)) control++;
  return control > Math.max(2, text.length * 0.02);
}

function formatOf(name: string, text: string): ArticleFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  return formatOfText(text);
}

/**
 * The format a text's own shape says, for a file without a telling name and for text pasted with
 * the form's "Automatic" format: an HTML page's source copied into the text field was compared tag
 * by tag as plain text.
 */
export function formatOfText(text: string): ArticleFormat {
  const head = text.trimStart().slice(0, 500).toLowerCase();
  // Markup starts with a tag and closes one (or is a doctype / void element); `<3 Grüße` is text.
  const closesATag = /<\/[a-z][a-z0-9]*>|<(!doctype|br|img|meta)\b/.test(head);
  if (head.startsWith('<') && closesATag) {
    return 'html';
  }
  if (/^---\n/.test(text.replace(/^\uFEFF/, '')) || /^#{1,6} /m.test(head)) return 'markdown';
  return 'text';
}
