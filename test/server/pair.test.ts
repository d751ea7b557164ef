// GET /c/:id/pair: two different outlets, a full page unless htmx asks for a part (a history
// restore after Back asks for the whole page), and the same for the aligned view's pushed address.
import { describe, expect, it } from 'vitest';
import { savedComparison } from '../support/saved-comparison.js';

const a = 'Der Gipfel in Budapest wurde abgesagt.\n\nDas Treffen der Außenminister fand nicht statt.';
const b = 'Der Gipfel in Budapest ist vorerst abgesagt.\n\nDas Treffen der Außenminister platzte.';

const saved = () => savedComparison([{ text: a, outlet: 'Morgenpost' }, { text: b, outlet: 'Rundschau' }]);

describe('GET /c/:id/pair', () => {
  it('does not pair an outlet with itself: it shows the next one and says why', async () => {
    const { app, id } = await saved();
    const html = await (await app.request(`/c/${id}/pair?a=a1&b=a1`)).text();
    expect(html).toMatch(/<thead><tr><th scope="col">Morgenpost<\/th><th scope="col">Rundschau<\/th>/);
    expect(html).toContain('An outlet compared with itself shows no differences, so Rundschau is shown as the second outlet.');
    expect(await (await app.request(`/c/${id}/pair?a=a1&b=a2`)).text()).not.toContain('compared with itself');
  });

  it('pushes the pair\'s address from its form, and answers a history restore with the whole page', async () => {
    const { app, id } = await saved();
    const part = await (await app.request(`/c/${id}/pair?a=a2&b=a1`, { headers: { 'hx-request': 'true', 'hx-request-type': 'partial' } })).text();
    expect(part).toMatch(/<form [^>]*hx-push-url="true"/);
    expect(part).not.toContain('<html');
    const restore = await (await app.request(`/c/${id}/pair?a=a2&b=a1`, { headers: { 'hx-request': 'true', 'hx-request-type': 'full', 'hx-history-restore-request': 'true' } })).text();
    expect(restore).toContain('<html');
  });

  it('answers a history restore of a pushed aligned-view address with the whole page, not the fragment', async () => {
    const { app, id } = await saved();
    const restore = await app.request(`/c/${id}/aligned?ref=a2`, { headers: { 'hx-request': 'true', 'hx-request-type': 'full' } });
    expect(restore.status).toBe(303);
    expect(restore.headers.get('location')).toBe(`/c/${id}?ref=a2`);
    const part = await app.request(`/c/${id}/aligned?ref=a2`, { headers: { 'hx-request': 'true', 'hx-request-type': 'partial' } });
    expect(part.status).toBe(200);
  });
});
