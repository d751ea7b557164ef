import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

const a = 'Der Gipfel in Budapest wurde abgesagt.\n\nDas Treffen der Außenminister fand nicht statt. Moskau nannte die Gespräche konstruktiv.';
const b = 'Der Gipfel in Budapest ist vorerst abgesagt.\n\nDas Treffen der Außenminister platzte. Washington sprach angeblich von Differenzen.';

function form(fields: Array<[string, string]>): RequestInit {
  return { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
}

describe('HTTP routes', () => {
  it('compares a pasted form with 303, renders the page and every export', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const res = await app.request('/compare', form([['outlet', '<script>alert(1)</script>'], ['title', 'T'], ['text', a], ['outlet', 'B'], ['title', ''], ['text', b]]));
    expect(res.status).toBe(303);
    const path = res.headers.get('location')!;
    expect(path).toMatch(/^\/c\/[\w-]+$/);
    const page = await (await app.request(path)).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    const comparison = await (await app.request(`/api/comparisons/${path.slice(3)}`)).json();
    const csv = (await (await app.request(`${path}/export.csv`)).text()).trim().split('\n');
    expect(csv.length - 1).toBe(comparison.units.length * comparison.articles.length);
    expect((await app.request(`${path}/export.md`)).status).toBe(200);
    const tei = await (await app.request(`${path}/export.tei.xml`)).text();
    expect(tei).toContain('parallel-segmentation');
    expect(tei).not.toContain('<script>');
    const pair = await (await app.request(`${path}/pair?a=a1&b=a2`)).text();
    expect(pair).toContain('id="pair"');
    expect(pair).toMatch(/<ins>/);
    const ref = await app.request(`${path}/aligned?ref=${comparison.articles[1].id}`);
    expect(await ref.text()).toContain('id="aligned"');
  });

  it('keeps typed input on a single-article error', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const res = await app.request('/compare', form([['outlet', 'Mein Blatt'], ['title', ''], ['text', 'Nur ein Text hier.'], ['outlet', ''], ['title', ''], ['text', '']]));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('at least two articles');
    expect(html).toContain('Nur ein Text hier.');
    expect(html).toContain('value="Mein Blatt"');
  });

  it('guards CSV cells against formula injection', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ text: a, outlet: '=HYPERLINK("x")' }, { text: b, outlet: '@SUM' }] }) });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(typeof body.deleteToken).toBe('string');
    const csv = await (await app.request(`/c/${body.id}/export.csv`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"'@SUM"`);
  });

  it('answers 404 for an unknown id and diffs two texts', async () => {
    const app = createApp({ store: openStore(':memory:') });
    expect((await app.request('/c/nope')).status).toBe(404);
    expect((await app.request('/api/comparisons/nope')).status).toBe(404);
    const diff = await (await app.request('/diff', form([['a', 'Die Gespräche waren konstruktiv.'], ['b', 'Die Gespräche waren schwierig.']]))).text();
    expect(diff).toMatch(/<del>[^<]*konstruktiv/);
    expect(diff).toMatch(/<ins>[^<]*schwierig/);
    expect((await app.request('/fields/article?n=3')).status).toBe(200);
    expect((await app.request('/assets/htmx.js')).status).toBe(200);
  });
});
