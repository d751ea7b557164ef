// Every hostile vector goes in as article text (text, Markdown and HTML formats), as outlet and as
// title; no rendered page or export may carry it out as live markup.
import { describe, expect, it } from 'vitest';
import type { ArticleFormat, ArticleInput } from '../../src/core/model.js';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';
import { liveMarkup, xssVectors } from './xss-vectors.js';

/** Problems of a rendered page: live tags, or a vector that survived unescaped. */
function scriptFree(html: string): string[] {
  const raw = xssVectors.filter((v) => v.includes('<') && html.includes(v));
  return [...liveMarkup(html), ...raw];
}

const formats: ArticleFormat[] = ['text', 'markdown', 'html'];

describe('hostile input never comes out as live markup', () => {
  it('has at least 40 vectors', () => {
    expect(xssVectors.length).toBeGreaterThanOrEqual(40);
  });

  for (const format of formats) {
    it(`in pages and exports for ${format} articles`, async () => {
      const store = openStore(':memory:');
      const app = createApp({ store });
      const body = {
        articles: [
          {
            format,
            outlet: xssVectors[0],
            title: xssVectors[4],
            // Each vector also as a photo credit: page furniture is listed on the page, not compared.
            text: xssVectors.map((v, i) => `Bericht ${i}: Die Stadt meldet ${v} am Montag.\n\nFoto: ${v}`).join('\n\n'),
          },
          {
            format,
            outlet: xssVectors[10],
            title: xssVectors[19],
            text: xssVectors.map((v, i) => `Meldung ${i}: Am Montag meldet die Stadt ${v}.`).join('\n\n'),
          },
        ] satisfies ArticleInput[],
      };
      const created = await app.request('/api/comparisons', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };

      const page = await app.request(`/c/${id}`);
      expect(page.status).toBe(200);
      expect(scriptFree(await page.text())).toEqual([]);
      // The Markdown export carries the text as written; it must never be served as a page.
      const md = await app.request(`/c/${id}/export.md`);
      expect(md.status).toBe(200);
      expect(md.headers.get('content-type')).not.toMatch(/html/);
      expect(md.headers.get('x-content-type-options')).toBe('nosniff');
      // Views from later issues: whatever they answer (page or 404 page) must be free of live markup.
      for (const path of [`/c/${id}/pair?a=a1&b=a2`, `/c/${id}/classroom`, `/c/${id}?ref=a2`, `/c/${id}/export.tei.xml`]) {
        const res = await app.request(path);
        expect([200, 404], path).toContain(res.status);
        expect(scriptFree(await res.text()), path).toEqual([]);
      }
      const json = await app.request(`/c/${id}/export.json`);
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toMatch(/application\/json/);
      const csv = await (await app.request(`/c/${id}/export.csv`)).text();
      for (const line of csv.split('\n')) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
      store.close();
    });
  }

  it('in headlines whose cue words are marked, on every page that shows them', async () => {
    const store = openStore(':memory:');
    const app = createApp({ store });
    for (const vector of xssVectors) {
      // "Chaos" is a tone cue against "Stromausfall": the title is cut around its mark.
      const articles: ArticleInput[] = [
        { outlet: 'Tagesblatt', title: `${vector} Chaos in Oberwald ${vector}`, text: 'Am Montag fiel in Oberwald der Strom aus.' },
        { outlet: 'Morgenpost', title: `Stromausfall ${vector} in Oberwald`, text: 'In Oberwald fiel am Montag der Strom aus.' },
      ];
      const created = await app.request('/api/comparisons', { method: 'POST', body: JSON.stringify({ articles }), headers: { 'content-type': 'application/json' } });
      const { id } = (await created.json()) as { id: string };
      const page = await (await app.request(`/c/${id}`)).text();
      expect(page, vector).toMatch(/<section id="headlines"[\s\S]*<mark class="cue-mark cue-tone"[^>]*>Chaos</);
      expect(scriptFree(page), vector).toEqual([]);
      for (const path of [`/c/${id}/pair?a=a1&b=a2`, `/c/${id}/classroom`, `/c/${id}/classroom/handout`, `/c/${id}/export.tei.xml`]) {
        expect(scriptFree(await (await app.request(path)).text()), `${path} ${vector}`).toEqual([]);
      }
      expect(await (await app.request(`/c/${id}/pair?a=a1&b=a2`)).text(), vector).toContain('id="pair-headline"');
      expect(await (await app.request(`/c/${id}/classroom`)).text(), vector).toContain('The headlines differ in their tone');
      // The Markdown export escapes markup in the titles it lists (a backslash before each <).
      const md = await (await app.request(`/c/${id}/export.md`)).text();
      const headlines = md.slice(md.indexOf('## Headlines'), md.indexOf('## u1'));
      expect(headlines, vector).toContain('Chaos in Oberwald');
      expect(headlines, vector).not.toMatch(/(^|[^\\])<[a-z!/?]/im);
    }
    store.close();
  });

  it('in the two-text diff', async () => {
    const app = createApp({ store: openStore(':memory:') });
    for (const vector of xssVectors) {
      const res = await app.request('/diff', {
        method: 'POST',
        body: new URLSearchParams({ a: `Vorher ${vector}`, b: `Nachher ${vector} und mehr` }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status).toBe(200);
      expect(scriptFree(await res.text()), vector).toEqual([]);
    }
  });
});
