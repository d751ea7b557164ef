import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { pageCache } from '../../src/server/page-cache.js';

describe('pageCache', () => {
  it('renders a page once, keeps fragments apart, never caches errors, and evicts the oldest', async () => {
    let renders = 0;
    const app = new Hono();
    app.use('*', pageCache(2));
    app.get('/c/:id', (c) => {
      renders += 1;
      if (c.req.param('id') === 'missing') return c.html('<p>not found</p>', 404);
      return c.html(`<p>${c.req.param('id')} ${c.req.header('hx-request') ? 'fragment' : 'page'} ${renders}</p>`);
    });
    expect(await (await app.request('/c/a')).text()).toBe('<p>a page 1</p>');
    expect(await (await app.request('/c/a')).text()).toBe('<p>a page 1</p>');
    expect(await (await app.request('/c/a', { headers: { 'hx-request': 'true' } })).text()).toBe('<p>a fragment 2</p>');
    expect((await app.request('/c/missing')).status).toBe(404);
    expect((await app.request('/c/missing')).status).toBe(404);
    expect(renders).toBe(4);
    await app.request('/c/b'); // evicts the page of /c/a (least recently used)
    expect(await (await app.request('/c/a')).text()).toBe('<p>a page 6</p>');
  });
});
