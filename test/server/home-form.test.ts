// The home form's answers: a failed submit names its problems first, and adding article fields
// works as an htmx fragment and as a plain form post.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

const post = (fields: Array<[string, string]>): RequestInit => ({ method: 'POST', body: new URLSearchParams(fields) });

describe('the home form', () => {
  it('puts the error summary before the heading and says "Error:" in the title', async () => {
    const app = createApp({ store: openStore(':memory:'), examples: [{ id: 'x', title: 'Gipfel', name: 'summit' }] });
    const html = await (await app.request('/compare', post([['text', ''], ['text', '']]))).text();
    expect(html).toContain('<title>Error: Compare articles · storydiff</title>');
    expect(html.indexOf('id="form-error"')).toBeGreaterThan(0);
    expect(html.indexOf('id="form-error"')).toBeLessThan(html.indexOf('<h1>'));
    expect(html).toMatch(/id="form-error" tabindex="-1" autofocus/);
    expect(await (await app.request('/')).text()).toContain('<title>Compare articles · storydiff</title>');
  });

  it('answers the add button with the next fieldset and a button for the number after it', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const html = await (await app.request('/fields/article?n=3')).text();
    expect(html).toContain('<legend>Article 3</legend>');
    expect(html).toMatch(/<button[^>]*hx-get="\/fields\/article\?n=4"[^>]*id="add-article"[^>]*hx-swap-oob="true"/);
  });

  it('adds a field on a plain form post, keeping every field as typed', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const res = await app.request('/compare', post([['outlet', 'Morgenpost'], ['title', ''], ['format', 'text'], ['text', 'Erster <Text>.'], ['outlet', ''], ['title', 'T'], ['format', 'html'], ['text', '<p>Zweiter</p>'], ['add', 'article']]));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<legend>Article \d<\/legend>/g)).toEqual(['<legend>Article 1</legend>', '<legend>Article 2</legend>', '<legend>Article 3</legend>']);
    expect(html).toContain('value="Morgenpost"');
    expect(html).toContain('Erster &lt;Text&gt;.');
    expect(html).toContain('&lt;p&gt;Zweiter&lt;/p&gt;');
    expect(html).toMatch(/id="article-2-format">[\s\S]*?<option value="html" selected/);
    expect(html).toMatch(/id="article-3-text" rows="8" autofocus/);
    expect(html).not.toContain('id="form-error"');
    expect(html).toContain('hx-get="/fields/article?n=4"');
  });

  it('names an article once in a message, by its number on the page, and says how long a long text is', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const long = 'x'.repeat(1_000_001);
    const html = await (await app.request('/compare', post([['text', ''], ['text', 'Ein kurzer Text.'], ['text', long]]))).text();
    expect(html).toContain('Article 3 is 1,000,001 characters long; the limit is 1,000,000.');
    expect(html).not.toMatch(/Article \d: Article/);
    expect(html).not.toContain('Article 2 is 1,000,001');
  });
});
