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
    const ref = await app.request(`${path}/aligned?ref=${comparison.articles[1].id}`, { headers: { 'HX-Request': 'true' } });
    const fragment = await ref.text();
    expect(fragment).toContain('id="aligned"');
    expect(fragment).not.toContain('<html');
    const reload = await app.request(`${path}/aligned?ref=${comparison.articles[1].id}&status=framing`);
    expect(reload.status).toBe(303);
    expect(reload.headers.get('location')).toBe(`${path}?ref=${comparison.articles[1].id}&status=framing`);
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

  it('keeps the good files of an upload when one file is binary, and names the bad one', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const body = new FormData();
    body.append('text', '');
    body.append('files', new File([a], 'tagesblatt.txt', { type: 'text/plain' }));
    body.append('files', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2])], 'scan.pdf'));
    body.append('files', new File([b], 'morgenpost.txt', { type: 'text/plain' }));
    const res = await app.request('/compare', { method: 'POST', body });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('scan.pdf');
    expect(html).toContain('PDF');
    expect(html).toContain('Der Gipfel in Budapest wurde abgesagt.');
    expect(html).toContain('Der Gipfel in Budapest ist vorerst abgesagt.');
    expect(html).toContain('value="tagesblatt"');
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
    expect((await app.request('/no/such/route')).status).toBe(404);
    expect((await app.request('/c/nope/export.csv')).status).toBe(404);
    expect((await app.request('/c/nope/pair?a=a1&b=a2')).status).toBe(404);
    const diff = await (await app.request('/diff', form([['a', 'Die Gespräche waren konstruktiv.'], ['b', 'Die Gespräche waren schwierig.']]))).text();
    expect(diff).toMatch(/<del>[^<]*konstruktiv/);
    expect(diff).toMatch(/<ins>[^<]*schwierig/);
    expect((await app.request('/fields/article?n=3')).status).toBe(200);
    expect((await app.request('/assets/htmx.js')).status).toBe(200);
  });
  it('rejects malformed API bodies with 400 JSON and serves classroom and uploads', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const bad = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(typeof (await bad.json()).error).toBe('string');
    const shape = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"articles": 3}' });
    expect(shape.status).toBe(400);

    const body = new FormData();
    body.append('files', new File([a], 'taz.txt', { type: 'text/plain' }));
    body.append('files', new File([b], 'faz.txt', { type: 'text/plain' }));
    const res = await app.request('/compare', { method: 'POST', body });
    expect(res.status).toBe(303);
    const path = res.headers.get('location')!;
    const comparison = await (await app.request(`/api/comparisons/${path.slice(3)}`)).json();
    expect(comparison.articles).toHaveLength(2);
    expect(comparison.articles[0].text ?? JSON.stringify(comparison.articles[0])).toContain('Budapest');

    const classroom = await app.request(`${path}/classroom?i=0`);
    expect(classroom.status).toBe(200);
    expect(await classroom.text()).toMatch(/data-classroom="true"[\s\S]*(No framing differences|rel="next"|Next)/);
  });

  it('diffs two uploaded files, one per side', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const body = new FormData();
    body.append('a', '');
    body.append('b', 'getippt');
    body.append('fa', new File(['Die Lage war ruhig.'], 'a.txt', { type: 'text/plain' }));
    body.append('fb', new File(['Die Lage war angespannt.'], 'b.txt', { type: 'text/plain' }));
    const html = await (await app.request('/diff', { method: 'POST', body })).text();
    expect(html).toMatch(/<del>[^<]*ruhig/);
    expect(html).toMatch(/<ins>[^<]*angespannt/);
  });
  it('redirects a bundled example by its folder name', async () => {
    const app = createApp({ store: openStore(':memory:'), examples: [{ id: 'abc', title: 'Gipfel', name: 'summit' }] });
    const home = await (await app.request('/')).text();
    expect(home).toContain('href="/examples/summit"');
    const res = await app.request('/examples/summit');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/c/abc');
    expect((await app.request('/examples/nope')).status).toBe(404);
  });
  it('renders every page without inline script, style attributes or event handlers, so a strict CSP holds', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ text: a, outlet: 'A' }, { text: b, outlet: 'B' }] }) });
    const { id } = await res.json();
    for (const path of ['/', '/diff', `/c/${id}`, `/c/${id}/pair?a=a1&b=a2`, `/c/${id}/classroom?i=0`, '/missing']) {
      const html = await (await app.request(path)).text();
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/\sstyle=/);
      expect(html, path).not.toMatch(/\son[a-z]+=/);
    }
  });
});
