// "Closest elsewhere": the row toggle of a unit some outlets leave out, its fragment, its page
// without JS, and the JSON answer; sentence text in it is escaped like everywhere else.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';
import { savedComparison } from '../support/saved-comparison.js';

const a =
  'Der Gipfel in Budapest wurde abgesagt.\n\n' +
  'Das Treffen der Außenminister fand nicht statt.\n\n' +
  'Der Zugverkehr in Ostbayern ruht wegen eines Streiks der Lokführer.\n\n' +
  'Die Außenminister <img src=x onerror=alert(1)> wollen im Dezember erneut beraten.';
const b = 'Der Gipfel in Budapest wurde abgesagt.\n\nEin neuer Termin für die Außenminister <b>steht</b> noch nicht fest.';

const saved = () => savedComparison([{ text: a, outlet: 'Blatt A' }, { text: b, outlet: 'Sender B' }]);
const fragment = { 'hx-request': 'true' };

async function unitIdOf(app: Awaited<ReturnType<typeof saved>>['app'], id: string, words: string): Promise<string> {
  const json = (await (await app.request(`/api/comparisons/${id}`)).json()) as { units: Array<{ id: string; sentences: Record<string, string[]> }>; articles: Array<{ sections: Array<{ sentences: Array<{ id: string; text: string }> }> }> };
  const sentence = json.articles.flatMap((x) => x.sections.flatMap((s) => s.sentences)).find((s) => s.text.includes(words))!;
  return json.units.find((u) => Object.values(u.sentences).flat().includes(sentence.id))!.id;
}

describe('closest elsewhere', () => {
  it('puts a toggle in the rows of units some outlets leave out, and none in rows every outlet reports', async () => {
    const { app, id } = await saved();
    const html = await (await app.request(`/c/${id}`)).text();
    const strike = await unitIdOf(app, id, 'Zugverkehr');
    const row = new RegExp(`<tr id="${strike}"[\\s\\S]*?</tr>`).exec(html)![0];
    expect(row).toContain(`hx-get="/c/${id}/units/${strike}/closest"`);
    expect(row).toContain('<summary>Closest elsewhere</summary>');
    // Without JS the toggle holds a link to the same list as a page.
    expect(row).toContain(`<a href="/c/${id}/units/${strike}/closest">`);
    const summit = await unitIdOf(app, id, 'Gipfel');
    expect(new RegExp(`<tr id="${summit}"[\\s\\S]*?</tr>`).exec(html)![0]).not.toContain('Closest elsewhere');
  });

  it('lists the closest sentence with its score, the bar and its unit, escaped, or says nothing is alike', async () => {
    const { app, id } = await saved();
    const ministers = await unitIdOf(app, id, 'erneut beraten');
    const html = await (await app.request(`/c/${id}/units/${ministers}/closest`, { headers: fragment })).text();
    expect(html).not.toContain('<html');
    expect(html).toContain('<p class="closest-outlet">Sender B</p>');
    expect(html).toContain('Ein neuer Termin für die Außenminister &lt;b&gt;steht&lt;/b&gt; noch nicht fest.');
    expect(html).toMatch(/similarity 0\.\d\d, (below the bar|enough to align, but it stands in )/);
    expect(html).toContain('from a similarity of 0.14');
    expect(html).toMatch(new RegExp(`<a href="/c/${id}#u\\d+">unit u\\d+</a>`));
    expect(html).toContain('shared: ');

    const strike = await unitIdOf(app, id, 'Zugverkehr');
    const none = await (await app.request(`/c/${id}/units/${strike}/closest`, { headers: fragment })).text();
    expect(none).toContain('No sentence shares a content word with this unit: nothing like it there.');
  });

  it('is a page of its own without htmx, and a 404 for a unit that is not there', async () => {
    const { app, id } = await saved();
    const strike = await unitIdOf(app, id, 'Zugverkehr');
    const page = await (await app.request(`/c/${id}/units/${strike}/closest`)).text();
    expect(page).toContain('<html');
    expect(page).toContain(`<h1>Closest elsewhere to unit ${strike}</h1>`);
    expect(page).toContain(`<a href="/c/${id}#${strike}">Back to the comparison</a>`);
    const missing = await app.request(`/c/${id}/units/u999/closest`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('There is no such unit in this comparison (any more).');
    expect((await app.request('/c/nope/units/u1/closest')).status).toBe(404);
  });

  it('answers the JSON API with the unit, the bar and the closest sentences', async () => {
    const { app, id } = await saved();
    const ministers = await unitIdOf(app, id, 'erneut beraten');
    const res = await app.request(`/api/comparisons/${id}/units/${ministers}/closest`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { unitId: string; bar: number; closest: Array<{ articleId: string; sentenceId: string; score: number; anchors: string[]; unitId: string; to: string }> };
    expect(body.unitId).toBe(ministers);
    expect(body.bar).toBe(0.14);
    expect(body.closest.length).toBeGreaterThan(0);
    expect(body.closest.every((x) => x.articleId === 'a2' && x.sentenceId.startsWith('a2:') && x.to.startsWith('a1:'))).toBe(true);
    expect(body.closest[0]!.anchors.map((w) => w.toLowerCase())).toContain('außenminister');
    expect((await app.request(`/api/comparisons/${id}/units/u999/closest`)).status).toBe(404);
  });

  it('offers an editor "Align it here", which moves the closest sentence into the unit; a reader gets no button', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const created = await app.request('/api/comparisons', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [{ text: a, outlet: 'Blatt A' }, { text: b, outlet: 'Sender B' }] }),
    });
    const { id, editToken } = (await created.json()) as { id: string; editToken: string };
    const ministers = await unitIdOf(app, id, 'erneut beraten');
    const url = `/c/${id}/units/${ministers}/closest`;
    expect(await (await app.request(url, { headers: fragment })).text()).not.toContain('Align it here');
    const asEditor = await app.request(url, { headers: { ...fragment, 'x-edit-token': editToken } });
    expect(asEditor.headers.get('cache-control')).toContain('no-store');
    const html = await asEditor.text();
    const form = /<form method="post" action="\/c\/[^"]+\/edits"[^>]*>([\s\S]*?)<\/form>/.exec(html)![1]!;
    expect(form).toContain('<input type="hidden" name="kind" value="move-sentence"/>');
    expect(form).toContain(`<input type="hidden" name="toUnitId" value="${ministers}"/>`);
    const sentenceId = /name="sentenceId" value="([^"]+)"/.exec(form)![1]!;

    const body = new URLSearchParams({ kind: 'move-sentence', sentenceId, toUnitId: ministers });
    const moved = await app.request(`/c/${id}/edits`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-edit-token': editToken, origin: 'http://localhost' }, body });
    expect(moved.status).toBe(303);
    const after = (await (await app.request(`/api/comparisons/${id}`)).json()) as { units: Array<{ id: string; sentences: Record<string, string[]> }> };
    expect(after.units.find((u) => u.id === ministers)!.sentences['a2']).toContain(sentenceId);
  });
});
