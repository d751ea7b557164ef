// The aligned view: a filter that matches nothing says so, and an outlet's empty cell says it does
// not report the unit.
import { describe, expect, it } from 'vitest';
import { savedComparison } from '../support/saved-comparison.js';

const a = 'Der Gipfel in Budapest wurde abgesagt.\n\nDas Treffen der Außenminister fand nicht statt.\n\nDer Zugverkehr in Ostbayern ruht wegen eines Streiks der Lokführer.';
const b = 'Der Gipfel in Budapest wurde abgesagt.\n\nDas Treffen der Außenminister fand nicht statt.';

const saved = () => savedComparison([{ text: a, outlet: 'A' }, { text: b, outlet: 'B' }]);

describe('the aligned view', () => {
  it('says "No units match these filters." with a link that clears them, instead of a bare table header', async () => {
    const { app, id } = await saved();
    const html = await (await app.request(`/c/${id}?cue=tone&status=agreement`)).text();
    const aligned = /<section id="aligned"[\s\S]*?<\/section>/.exec(html)![0];
    expect(aligned).toContain('No units match these filters.');
    expect(aligned).toMatch(new RegExp(`<a href="/c/${id}\\?ref=a1&amp;status=&amp;cue="[^>]*>Show all units</a>`));
    expect(aligned).not.toContain('<table class="aligned">');
    const all = await (await app.request(`/c/${id}`)).text();
    expect(all).not.toContain('No units match');
  });

  it('marks an outlet\'s empty cell "not reported", as text a screen reader reads', async () => {
    const { app, id } = await saved();
    const html = await (await app.request(`/c/${id}`)).text();
    const row = [...html.matchAll(/<tr id="[^"]+" class="exclusive">([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).find((r) => r.includes('Zugverkehr'));
    expect(row).toBeDefined();
    expect(row).toContain('<p class="not-reported">not reported</p>');
    const agreement = /<tr id="[^"]+" class="agreement">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(agreement).not.toContain('not reported');
  });
});
