// The home page's examples: the featured few above the form as a way in, every example after it,
// so the form is on the first screen however many examples are bundled.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { loadExamples } from '../../src/server/examples.js';
import { openStore } from '../../src/store/store.js';

const many = Array.from({ length: 30 }, (_, i) => ({ id: `x${i}`, title: `Example ${i}`, name: `set-${i}`, featured: i === 4 || i === 17 }));

describe('home page examples', () => {
  it('links the featured examples before the form and all of them after it', async () => {
    const app = createApp({ store: openStore(':memory:'), examples: many });
    const html = await (await app.request('/')).text();
    const form = html.indexOf('<form method="post" action="/compare"');
    const all = html.indexOf('id="examples"');
    expect(form).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(form);
    const before = html.slice(0, form);
    expect(before).toContain('Try an example');
    expect(before.match(/href="\/examples\/set-\d+"/g)).toEqual(['href="/examples/set-4"', 'href="/examples/set-17"']);
    expect(before).toContain('All 30 examples');
    expect(html.slice(all).match(/href="\/examples\/set-\d+"/g)?.length).toBe(30);
  });

  it('shows no featured line after a failed submit, whose problems come first', async () => {
    const app = createApp({ store: openStore(':memory:'), examples: many });
    const html = await (await app.request('/compare', { method: 'POST', body: new FormData() })).text();
    expect(html).not.toContain('Try an example');
    expect(html).toContain('id="examples"');
  });

  it('reads "featured" from the bundled sets\' meta.json: a few, not all', () => {
    const featured = loadExamples('fixtures/events').filter((e) => e.featured);
    expect(featured.length).toBeGreaterThanOrEqual(2);
    expect(featured.length).toBeLessThanOrEqual(4);
  });
});
