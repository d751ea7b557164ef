// Every page names an icon, and the old default address answers without a 404.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

describe('favicon', () => {
  it('is an SVG named on every page, and /favicon.ico answers 204', async () => {
    const app = createApp({ store: openStore(':memory:') });
    for (const path of ['/', '/diff', '/missing']) expect(await (await app.request(path)).text(), path).toContain('<link rel="icon" type="image/svg+xml" href="/assets/favicon.svg"/>');
    const icon = await app.request('/assets/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toMatch(/^<svg /);
    expect((await app.request('/favicon.ico')).status).toBe(204);
  });
});
