// The creator's token cookies: the delete link on the page, and forgetting both tokens.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

const articles = [
  { outlet: 'Morgenpost', text: 'Der Gipfel in Budapest ist abgesagt. Moskau nannte die Gespräche konstruktiv.' },
  { outlet: 'Rundschau', text: 'Der Gipfel in Budapest findet nicht statt. Washington sprach von Differenzen.' },
];

const post = (token: string): RequestInit => ({
  method: 'POST',
  body: new URLSearchParams({ token }),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('the creator of a comparison', () => {
  it('is shown the delete link on the page after creating it through the form, and it works', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const body = new URLSearchParams([['outlet', articles[0]!.outlet], ['title', ''], ['text', articles[0]!.text], ['outlet', articles[1]!.outlet], ['title', ''], ['text', articles[1]!.text]]);
    const res = await app.request('/compare', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(303);
    const path = res.headers.get('location')!;
    const cookies = res.headers.getSetCookie();
    expect(cookies.some((x) => /^storydiff_delete=[\w-]+;/.test(x) && x.includes(`Path=${path}`) && x.includes('HttpOnly') && x.includes('SameSite=Lax'))).toBe(true);
    const cookie = cookies.map((x) => x.split(';')[0]).join('; ');

    const page = await (await app.request(path, { headers: { cookie } })).text();
    // The links sit folded in the curation panel, so the comparison, not its tokens, fills the first screen.
    const folded = /<details class="editor-links">([\s\S]*?)<\/details>/.exec(page)?.[1] ?? '';
    expect(folded).toContain('id="edit-link"');
    expect(folded).toContain('id="delete-link"');
    const link = /id="delete-link" value="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    expect(link).toMatch(/^\/delete\/[\w-]+\?token=[\w-]+$/);
    // Readers of the permalink never see it.
    expect(await (await app.request(path)).text()).not.toContain('delete-link');

    const token = decodeURIComponent(link!.split('token=')[1]!);
    expect((await app.request(link!)).status).toBe(200);
    expect((await app.request(link!.split('?')[0]!, post(token))).status).toBe(200);
    expect((await app.request(path)).status).toBe(404);
  });
});

describe('stop editing', () => {
  it('forgets both tokens in this browser: the page turns read-only, the edit link still works', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const body = new URLSearchParams([['outlet', 'A'], ['title', ''], ['text', articles[0]!.text], ['outlet', 'B'], ['title', ''], ['text', articles[1]!.text]]);
    const res = await app.request('/compare', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const path = res.headers.get('location')!;
    const cookie = res.headers.getSetCookie().map((x) => x.split(';')[0]).join('; ');
    const page = await (await app.request(path, { headers: { cookie } })).text();
    expect(page).toContain(`action="${path}/stop-editing"`);
    const editLink = /id="edit-link" value="([^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&');

    const stop = await app.request(`${path}/stop-editing`, { method: 'POST', headers: { cookie } });
    expect(stop.status).toBe(303);
    const cleared = stop.headers.getSetCookie();
    expect(cleared.length).toBe(2);
    for (const x of cleared) {
      expect(x).toMatch(/^storydiff_(edit|delete)=;/);
      expect(x).toContain('Max-Age=0');
      expect(x).toContain(`Path=${path}`);
    }
    // With the cookies gone the page is the read-only one; the edit link makes it editable again.
    expect(await (await app.request(path)).text()).not.toContain('stop-editing');
    const again = await app.request(editLink);
    expect(again.status).toBe(303);
    expect(again.headers.getSetCookie().some((x) => x.startsWith('storydiff_edit='))).toBe(true);
  });
});
