// Saved comparisons change only through hand edits, so their rendered pages can be kept: a page view
// then costs a map lookup instead of parsing the stored JSON and rendering it again. Bounded in
// pages and in bytes, least recently used pages go first, and an edit drops the pages of its
// comparison (`invalidate`). The byte bound matters: a comparison at the input limits (20 articles
// of 1 MB) renders a 180 MB page, and every new query string is a new page, so a page count alone
// let a few requests fill the heap.
//
// Pages are compressed once per encoding, when a request first asks for it: a 5-article page is
// ~95 kB of HTML and ~8 kB as brotli, and pushing the raw bytes through the socket, not rendering,
// was what limited a saved page to ~1,000 requests/s. Not both encodings at the first render: a
// browser asks for brotli only, and gzip of a 700 kB page cost the first view ~9 ms more. An ETag
// lets a returning browser revalidate with a 304.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { wantsFragment } from './htmx.js';

interface CachedPage {
  status: number;
  /** The first response's headers (security headers included) per encoding, replayed on every hit. */
  headersFor: Record<Encoding, Readonly<Record<string, string>>>;
  etag: string;
  /** Encoded once: re-encoding a page with umlauts to UTF-8 on every hit cost more than the lookup. */
  identity: Uint8Array;
  /** The compressed bodies made so far (see `bodyFor`). */
  compressed: Partial<Record<Exclude<Encoding, 'identity'>, Uint8Array>>;
}

export interface PageCacheOptions {
  maxPages?: number;
  /** Bytes of all cached bodies together (identity and compressed); a page over an eighth of it is not kept. */
  maxBytes?: number;
  /** Requests that must always be rendered fresh (e.g. an editor's view of a comparison). */
  skip?: (c: Context) => boolean;
}

export interface PageCache {
  middleware: MiddlewareHandler;
  /** Drops every cached page under /c/<comparisonId>. */
  invalidate(comparisonId: string): void;
  /** Number of cached pages (for tests). */
  readonly size: number;
  /** Bytes the cached pages hold (for tests). */
  readonly bytes: number;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to send for an Accept-Encoding header; q-values of zero refuse an encoding. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

function compress(body: Uint8Array, encoding: Exclude<Encoding, 'identity'>): Uint8Array {
  if (encoding === 'gzip') return gzipSync(body, { level: 6 });
  // Quality 5 compresses a 95 kB page in ~2 ms, close to quality 11's size at a fraction of its time.
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** The bytes a cached page holds. */
function sizeOf(page: CachedPage): number {
  return page.identity.byteLength + (page.compressed.gzip?.byteLength ?? 0) + (page.compressed.br?.byteLength ?? 0);
}

/** Headers that belong to one response only, or that the cache sets itself. */
const perResponseHeaders = new Set(['set-cookie', 'content-length', 'content-encoding', 'transfer-encoding', 'etag', 'vary', 'cache-control', 'date']);

/** The path a cache key belongs to: keys are `${kind} ${path}${search}`. */
function pathOf(key: string): string {
  return key.slice(key.indexOf(' ') + 1);
}

/** The response headers of a page for each encoding, built once when the page is cached. */
function headersOf(headers: Array<[string, string]>, etag: string): Record<Encoding, Readonly<Record<string, string>>> {
  // no-cache: browsers keep the page but ask again, so an edit shows at once; the ETag makes asking cheap.
  const base = { ...Object.fromEntries(headers), etag, vary: 'Accept-Encoding, HX-Request', 'cache-control': 'no-cache' };
  return {
    identity: Object.freeze(base),
    gzip: Object.freeze({ ...base, 'content-encoding': 'gzip' }),
    br: Object.freeze({ ...base, 'content-encoding': 'br' }),
  };
}

/** Path and query of a request URL, without parsing it (a hit costs little else). */
function pathAndQuery(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

export function createPageCache(options: PageCacheOptions = {}): PageCache {
  const maxPages = options.maxPages ?? 100;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const pages = new Map<string, CachedPage>();
  // Summed when asked, not kept as a running count: at most maxPages pages, and a count kept beside
  // the map drifts (two misses of one URL rendering at once, a page dropped while it is sent).
  const bytesHeld = (): number => {
    let bytes = 0;
    for (const page of pages.values()) bytes += sizeOf(page);
    return bytes;
  };
  const evictOverBounds = () => {
    while (pages.size > maxPages) pages.delete(pages.keys().next().value!);
    for (let bytes = bytesHeld(); bytes > maxBytes && pages.size > 0; ) {
      const oldest = pages.keys().next().value!;
      bytes -= sizeOf(pages.get(oldest)!);
      pages.delete(oldest);
    }
  };

  /** The page's body in an encoding, compressed the first time that encoding is asked for. */
  const bodyFor = (page: CachedPage, encoding: Encoding): Uint8Array => {
    if (encoding === 'identity') return page.identity;
    let body = page.compressed[encoding];
    if (body === undefined) {
      body = page.compressed[encoding] = compress(page.identity, encoding);
      evictOverBounds();
    }
    return body;
  };

  const respond = (c: Context, page: CachedPage): Response => {
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === page.etag)) {
      return new Response(null, { status: 304, headers: page.headersFor.identity });
    }
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    return new Response(bodyFor(page, encoding) as Uint8Array<ArrayBuffer>, { status: page.status, headers: page.headersFor[encoding] });
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' || options.skip?.(c)) return next();
    // htmx asks for fragments of the same URL: they are cached apart from full pages.
    const key = `${wantsFragment(c) ? 'fragment' : 'page'} ${pathAndQuery(c.req.url)}`;
    const hit = pages.get(key);
    if (hit) {
      pages.delete(key);
      pages.set(key, hit);
      return respond(c, hit);
    }
    await next();
    if (c.res.status !== 200) return;
    const identity = new Uint8Array(await c.res.clone().arrayBuffer());
    const headers: Array<[string, string]> = [];
    c.res.headers.forEach((value, name) => {
      if (!perResponseHeaders.has(name)) headers.push([name, value]);
    });
    const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`;
    const page: CachedPage = {
      status: c.res.status,
      headersFor: headersOf(headers, etag),
      etag,
      identity,
      compressed: {},
    };
    // A page too large to keep is still sent (and compressed) once, as any page is.
    if (identity.byteLength <= maxBytes / 8) {
      pages.set(key, page);
      evictOverBounds();
    }
    // After next() Hono ignores a returned response: the rendered one is replaced through c.res.
    c.res = respond(c, page);
  };

  return {
    middleware,
    invalidate(comparisonId) {
      const prefix = `/c/${comparisonId}`;
      for (const key of [...pages.keys()]) {
        const path = pathOf(key);
        if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) pages.delete(key);
      }
    },
    get size() {
      return pages.size;
    },
    get bytes() {
      return bytesHeld();
    },
  };
}
