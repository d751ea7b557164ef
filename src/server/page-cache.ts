// Saved comparisons never change once stored, so their rendered pages can be kept: a page view
// then costs a map lookup instead of parsing the stored JSON and rendering it again. Bounded, and
// least recently used pages go first.
import type { MiddlewareHandler } from 'hono';

interface CachedPage {
  status: number;
  contentType: string;
  /** Encoded once: re-encoding a page with umlauts to UTF-8 on every hit cost more than the lookup. */
  body: Uint8Array;
}

export function pageCache(maxPages = 100): MiddlewareHandler {
  const pages = new Map<string, CachedPage>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    // htmx asks for fragments of the same URL: they are cached apart from full pages.
    const key = `${c.req.header('hx-request') ? 'fragment' : 'page'} ${c.req.url}`;
    const hit = pages.get(key);
    if (hit) {
      pages.delete(key);
      pages.set(key, hit);
      return c.body(hit.body as Uint8Array<ArrayBuffer>, hit.status as 200, { 'content-type': hit.contentType });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    pages.set(key, { status: c.res.status, contentType: c.res.headers.get('content-type') ?? 'text/html; charset=UTF-8', body });
    if (pages.size > maxPages) pages.delete(pages.keys().next().value!);
  };
}
