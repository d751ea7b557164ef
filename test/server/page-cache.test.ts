import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, createPageCache } from '../../src/server/page-cache.js';

function appWith(cache: ReturnType<typeof createPageCache>) {
  let renders = 0;
  const app = new Hono();
  app.use('*', cache.middleware);
  app.get('/c/:id', (c) => {
    renders += 1;
    if (c.req.param('id') === 'missing') return c.html('<p>not found</p>', 404);
    return c.html(`<p>${c.req.param('id')} ${c.req.header('hx-request') ? 'fragment' : 'page'} ${renders}</p>`);
  });
  app.get('/c/:id/*', (c) => c.html(`<p>${c.req.path} ${++renders}</p>`));
  return { app, renders: () => renders };
}

describe('createPageCache', () => {
  it('renders a page once, keeps fragments apart, never caches errors, and evicts the oldest', async () => {
    const { app, renders } = appWith(createPageCache({ maxPages: 2 }));
    expect(await (await app.request('/c/a')).text()).toBe('<p>a page 1</p>');
    expect(await (await app.request('/c/a')).text()).toBe('<p>a page 1</p>');
    expect(await (await app.request('/c/a', { headers: { 'hx-request': 'true' } })).text()).toBe('<p>a fragment 2</p>');
    expect((await app.request('/c/missing')).status).toBe(404);
    expect((await app.request('/c/missing')).status).toBe(404);
    expect(renders()).toBe(4);
    await app.request('/c/b'); // evicts the page of /c/a (least recently used)
    expect(await (await app.request('/c/a')).text()).toBe('<p>a page 6</p>');
  });

  it('sends the compressed page a browser accepts, and a 304 for a matching ETag', async () => {
    const { app } = appWith(createPageCache());
    const plain = await app.request('/c/x');
    const html = await plain.text();
    const etag = plain.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');

    const br = await app.request('/c/x', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(html);
    const gz = await app.request('/c/x', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(html);

    const again = await app.request('/c/x', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('drops every page of a comparison on invalidate, and nothing else', async () => {
    const cache = createPageCache();
    const { app, renders } = appWith(cache);
    for (const path of ['/c/a', '/c/a/pair?a=1', '/c/ab', '/c/b']) await app.request(path);
    expect(cache.size).toBe(4);
    cache.invalidate('a');
    expect(cache.size).toBe(2);
    await app.request('/c/ab');
    expect(renders()).toBe(4);
    expect(await (await app.request('/c/a')).text()).toMatch(/^<p>a page 5<\/p>$/);
  });

  it('stays within its bytes: the oldest pages go, and a page over an eighth of the bound is sent but not kept', async () => {
    const cache = createPageCache({ maxBytes: 8_000 });
    const app = new Hono();
    let renders = 0;
    app.use('*', cache.middleware);
    // Pages of a chosen size, as a comparison at the input limits renders a page of 180 MB.
    app.get('/c/:id', (c) => c.html(`<p>${++renders}</p>`.padEnd(Number(c.req.query('size') ?? 100), ' ')));
    for (let i = 0; i < 9; i++) await app.request(`/c/a?size=900&v=${i}`);
    expect(cache.bytes).toBeLessThanOrEqual(8_000);
    expect(cache.size).toBe(8); // nine pages of 900 bytes: the first went
    expect(await (await app.request('/c/a?size=900&v=0')).text()).toMatch(/^<p>10<\/p>/);

    const big = await app.request('/c/a?size=1500', { headers: { 'accept-encoding': 'br' } });
    expect(brotliDecompressSync(Buffer.from(await big.arrayBuffer())).toString()).toBe('<p>11</p>'.padEnd(1500, ' '));
    await app.request('/c/a?size=1500');
    expect(renders).toBe(12); // rendered again: too large to keep
    expect(cache.bytes).toBeLessThanOrEqual(8_000);

    // Compressed bodies count too, and the count falls back as pages go.
    await app.request('/c/a?size=900&v=1', { headers: { 'accept-encoding': 'gzip' } });
    expect(cache.bytes).toBeLessThanOrEqual(8_000);
    cache.invalidate('a');
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('never serves or stores a skipped request', async () => {
    const cache = createPageCache({ skip: (c) => c.req.header('cookie') !== undefined });
    const { app, renders } = appWith(cache);
    await app.request('/c/a', { headers: { cookie: 'edit=1' } });
    await app.request('/c/a', { headers: { cookie: 'edit=1' } });
    expect(renders()).toBe(2);
    expect(cache.size).toBe(0);
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
  });
});
