import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { checkArticleInputs, limits, requestBodyLimit } from '../../src/server/limits.js';
import { applySecurity } from '../../src/server/security.js';

function tinyApp() {
  const app = new Hono();
  applySecurity(app);
  app.use('*', requestBodyLimit());
  app.get('/', (c) => c.html('<p>hi</p>'));
  app.post('/form', async (c) => c.text(`got ${(await c.req.parseBody()).a}`));
  return app;
}

const form = (headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: new URLSearchParams({ a: '1' }),
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
});

describe('security headers', () => {
  it('sends a CSP without inline script, nosniff, referrer policy and frame-ancestors', async () => {
    const res = await tinyApp().request('/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('cross-site form guard', () => {
  it('accepts same-origin form posts', async () => {
    const res = await tinyApp().request('http://localhost/form', form({ origin: 'http://localhost' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('got 1');
  });

  it('refuses a form posted from another site', async () => {
    const app = tinyApp();
    expect((await app.request('http://localhost/form', form({ origin: 'https://evil.example' }))).status).toBe(403);
    expect((await app.request('http://localhost/form', form({ 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
  });

  it('lets non-browser clients (no Origin, no Sec-Fetch-Site) through', async () => {
    expect((await tinyApp().request('http://localhost/form', form())).status).toBe(200);
  });
});

describe('limits', () => {
  it('answers 413 with a message for an oversized body', async () => {
    const big = 'x'.repeat(limits.maxBodyBytes + 10);
    const res = await tinyApp().request('http://localhost/form', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'text/plain', 'content-length': String(big.length) },
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('larger than 25 MB');
  });

  it('refuses too many articles, an oversized article and a single article', () => {
    const text = 'A sentence.';
    const many = Array.from({ length: limits.maxArticles + 1 }, () => ({ text }));
    expect(() => checkArticleInputs(many)).toThrow(/At most 20 articles/);
    try {
      checkArticleInputs([{ text }, { text: 'y'.repeat(limits.maxArticleChars + 1) }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).status).toBe(413);
      expect((error as InputError).problems[0]!.field).toBe('articles[1]');
    }
    expect(() => checkArticleInputs([{ text }])).toThrow(/at least two/);
    expect(() => checkArticleInputs([{ text }, { text }])).not.toThrow();
  });
});

describe('security headers on cached pages', () => {
  it('replays the same headers on a page-cache hit, compressed or not, and sends no cookie', async () => {
    const { createApp } = await import('../../src/server/app.js');
    const { openStore } = await import('../../src/store/store.js');
    const app = createApp({ store: openStore(':memory:') });
    const articles = [
      { outlet: 'A', text: 'Der Gipfel in Budapest ist abgesagt. Moskau nannte die Gespräche konstruktiv.' },
      { outlet: 'B', text: 'Der Gipfel in Budapest findet nicht statt. Washington sprach von Differenzen.' },
    ];
    const created = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
    const { id } = (await created.json()) as { id: string };
    const first = await app.request(`/c/${id}`);
    const hit = await app.request(`/c/${id}`, { headers: { 'accept-encoding': 'br' } });
    expect(hit.headers.get('content-encoding')).toBe('br');
    for (const res of [first, hit]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });
});
