// HTML ingest the way a reader view does it: @mozilla/readability over a linkedom DOM picks the
// article and drops navigation, ads, comments and footers; the body is the extracted text with one
// block per heading, paragraph, list item or blockquote. Scripts are never executed: linkedom
// does not run them and they are removed before extraction.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block, BlockKind, Furniture } from '../model.js';
import { withoutFurniture } from './furniture.js';
import { textStructure } from './text.js';

export interface HtmlStructure {
  body: string;
  blocks: Block[];
  meta: Record<string, string>;
  /** Captions, credits and links Readability kept, left out as page furniture. */
  furniture: Furniture[];
}

const BLOCK_SELECTOR = 'h1,h2,h3,h4,h5,h6,p,blockquote,li';
const NOISE_SELECTOR =
  'script,style,noscript,template,iframe,object,embed,svg,nav,footer,aside,form,header nav,' +
  '[role=navigation],[role=contentinfo],[aria-hidden=true],.ad,.ads,.advert,.advertisement,' +
  '.cookie,.cookie-banner,#cookie-banner,.comments,#comments,.comment,.newsletter,.share,.social';
// Sites name their banners and teasers freely; these class fragments are never article text, but
// they also show up on wrappers (`<body class="has-cookie-banner">`), hence the guard below.
const LOOSE_NOISE_SELECTOR =
  '[class*=cookie],[id*=cookie],[class*=consent],[id*=consent],[class*=gdpr],[class*=promo],' +
  '[class*=subscribe],[class*=paywall],[class*=teaser],[class*=related],[id*=comments],[class*=comments],' +
  '[class*=advert],[id*=advert],[class*=sponsor],[class*=newsletter],[class*=breadcrumb],[class*=byline],' +
  // A box about the writer ("Jana Roth schreibt seit 2019 …") is no part of the report.
  '[class*=author-bio],[class*=author-box],[class*=author-info],[class*=authorbox],[class*=about-the-author]';

export function htmlStructure(html: string): HtmlStructure {
  // linkedom builds no <html>/<body> around a fragment; wrap it so a document always exists.
  const page = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = metadata(document);
  for (const el of Array.from(document.querySelectorAll(NOISE_SELECTOR))) el.remove();
  for (const el of Array.from(document.querySelectorAll(LOOSE_NOISE_SELECTOR))) {
    if (!holdsArticle(el)) el.remove();
  }
  let root = document;
  try {
    const parsed = new Readability(document.cloneNode(true) as unknown as Document).parse();
    if (parsed?.content) {
      root = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
      if (parsed.title && !meta['title']) meta['title'] = parsed.title;
      if (parsed.siteName && !meta['outlet']) meta['outlet'] = parsed.siteName;
    }
  } catch {
    // Readability gives up on odd pages; the plain block elements below are the fallback.
  }
  // A line break is no character of textContent: "zerstört.<br>Verletzt wurde niemand." read as one
  // word "zerstört.Verletzt", which no sentence split finds. It stands for a space here.
  for (const br of Array.from(root.querySelectorAll('br'))) br.replaceWith(root.createTextNode(' '));
  const blocks: Block[] = [];
  let body = '';
  for (const el of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    if (el.querySelector(BLOCK_SELECTOR)) continue; // take the innermost blocks only
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (body) body += '\n\n';
    const start = body.length;
    body += text;
    blocks.push({ kind: kindOf(el), start, end: body.length });
  }
  if (blocks.length === 0) {
    // No block elements at all (bare text, or text mislabelled as HTML): read it as plain text.
    const text = (document.documentElement?.textContent ?? '')
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .trim();
    const { blocks, furniture } = textStructure(text);
    return { body: text, blocks, meta, furniture };
  }
  // Readability repeats the page title as the first heading; the title is metadata, not a section.
  const first = blocks[0];
  if (first && first.kind === 'heading' && meta['title'] && body.slice(first.start, first.end) === meta['title']) {
    blocks.shift();
  }
  return { body, meta, ...withoutFurniture(body, blocks) };
}

/** The page's own metadata (og:site_name, og:title, date, canonical URL) from its <head> only. */
export function htmlMetadata(html: string): Record<string, string> {
  const headEnd = html.search(/<\/head\s*>/i);
  const head = headEnd >= 0 ? `${html.slice(0, headEnd)}</head><body></body></html>` : html;
  return metadata(parseHTML(/<html[\s>]/i.test(head) ? head : `<!doctype html><html>${head}</html>`).document);
}

function kindOf(el: Element): BlockKind {
  const tag = el.tagName.toLowerCase();
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li') return 'list-item';
  if (tag === 'blockquote' || el.closest('blockquote')) return 'quote';
  return 'paragraph';
}

function metadata(document: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  const content = (selector: string): string | undefined =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const outlet = content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]');
  if (outlet) meta['outlet'] = outlet;
  const title = content('meta[property="og:title"]') ?? pageTitle(document.querySelector('title')?.textContent, outlet);
  if (title) meta['title'] = title;
  const date =
    content('meta[property="article:published_time"]') ??
    content('meta[name="date"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  if (date) meta['date'] = date;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? content('meta[property="og:url"]');
  if (url && /^https?:\/\//i.test(url)) meta['url'] = url;
  return meta;
}

/** A <title> usually carries the site name after a separator (`Headline | Outlet`); drop it. */
function pageTitle(raw: string | null | undefined, outlet: string | undefined): string | undefined {
  const title = raw?.replace(/\s+/g, ' ').trim();
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—·»-]\s+/);
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last && (last === outlet || (parts.length === 2 && last.length < title.length / 2))) {
    return parts.slice(0, -1).join(' – ');
  }
  return title;
}

/** Whether a loosely matched element wraps the article itself rather than a banner beside it. */
function holdsArticle(el: Element): boolean {
  if (/^(html|body|main|article)$/i.test(el.tagName)) return true;
  return el.querySelector('article,h1') !== null || el.querySelectorAll('p').length > 3;
}
