import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

async function saved(set: string) {
  const meta = JSON.parse(readFileSync(`fixtures/events/${set}/meta.json`, 'utf8')) as { articles: Array<{ file: string; outlet: string }> };
  const articles = meta.articles.map((a, i) => ({ outlet: i === 0 ? `${a.outlet} <img src=x onerror=alert(1)>` : a.outlet, text: readFileSync(`fixtures/events/${set}/${a.file}`, 'utf8') }));
  const app = createApp({ store: openStore(':memory:') });
  const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
  return { app, comparison: (await res.json()) as { id: string; summary: { ranking: Array<{ unitId: string; reason: string }> } } };
}

describe('classroom handout', () => {
  it('prints every framing difference in ranking order on one page, linked from the classroom view', async () => {
    const { app, comparison } = await saved('kessling-port-strike-en');
    const ranking = comparison.summary.ranking;
    expect(ranking.length).toBeGreaterThan(2);
    const classroom = await (await app.request(`/c/${comparison.id}/classroom`)).text();
    expect(classroom).toContain(`href="/c/${comparison.id}/classroom/handout"`);

    const res = await app.request(`/c/${comparison.id}/classroom/handout`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const headings = [...html.matchAll(/<h2 id="slide-(\d+)">Difference (\d+) of (\d+)<\/h2>/g)];
    // The headlines' difference is one more, ranked among the units' (see present.test.ts).
    const slides = ranking.length + 1;
    expect(headings.map((m) => Number(m[2]))).toEqual(Array.from({ length: slides }, (_, i) => i + 1));
    expect(headings.every((m) => Number(m[3]) === slides)).toBe(true);
    const reasons = [...html.matchAll(/<p class="reason">([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(reasons.filter((r) => !r!.startsWith('The headlines'))).toEqual(ranking.map((r) => r.reason));
    expect(reasons.filter((r) => r!.startsWith('The headlines'))).toEqual(['The headlines differ in their tone and what they call people and things. A headline is what every reader sees first.']);
    // Outlet names are user text: escaped here like everywhere.
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('answers 404 for an unknown comparison', async () => {
    const { app } = await saved('bergfeld-flood-reorder-de');
    expect((await app.request('/c/nope/classroom/handout')).status).toBe(404);
  });
});
