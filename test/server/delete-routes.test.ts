import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

const articles = [
  { outlet: 'Morgenpost', text: 'Der Gipfel in Budapest ist abgesagt. Moskau nannte die Gespräche konstruktiv.' },
  { outlet: 'Rundschau', text: 'Der Gipfel in Budapest findet nicht statt. Washington sprach von Differenzen.' },
];

async function created() {
  const app = createApp({ store: openStore(':memory:') });
  const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
  const { id, deleteToken, editToken } = (await res.json()) as { id: string; deleteToken: string; editToken: string };
  return { app, id, deleteToken, editToken };
}

const post = (token: string): RequestInit => ({
  method: 'POST',
  body: new URLSearchParams({ token }),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('deleting a comparison', () => {
  it('asks for confirmation on the delete link, then deletes with the right token only', async () => {
    const { app, id, deleteToken, editToken } = await created();
    expect((await app.request(`/c/${id}`)).status).toBe(200); // now in the page cache

    const confirm = await app.request(`/delete/${id}?token=${encodeURIComponent(deleteToken)}`);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain(`action="/delete/${id}"`);
    expect(html).toContain(`value="${deleteToken}"`);
    expect((await app.request(`/c/${id}`)).status).toBe(200); // a GET of the link deletes nothing

    for (const wrong of ['', 'guess', editToken]) {
      const refused = await app.request(`/delete/${id}`, post(wrong));
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain('nothing was deleted');
      expect((await app.request(`/api/comparisons/${id}`)).status).toBe(200);
    }

    const done = await app.request(`/delete/${id}`, post(deleteToken));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Comparison deleted');
    // The cached page went with it.
    expect((await app.request(`/c/${id}`)).status).toBe(404);
    expect((await app.request(`/c/${id}/export.json`)).status).toBe(404);
    expect((await app.request(`/delete/${id}`, post(deleteToken))).status).toBe(404);
  });

  it('deletes through the API with the x-delete-token header', async () => {
    const { app, id, deleteToken } = await created();
    expect((await app.request(`/api/comparisons/${id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await app.request(`/api/comparisons/${id}`, { method: 'DELETE', headers: { 'x-delete-token': 'nope' } })).status).toBe(403);
    expect((await app.request(`/api/comparisons/${id}`, { method: 'DELETE', headers: { 'x-delete-token': deleteToken } })).status).toBe(204);
    expect((await app.request(`/api/comparisons/${id}`)).status).toBe(404);
    expect((await app.request(`/api/comparisons/${id}`, { method: 'DELETE', headers: { 'x-delete-token': deleteToken } })).status).toBe(404);
  });

  it('refuses a cross-site delete form even with the right token', async () => {
    const { app, id, deleteToken } = await created();
    const init = post(deleteToken);
    init.headers = { ...(init.headers as Record<string, string>), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    expect((await app.request(`http://localhost/delete/${id}`, init)).status).toBe(403);
    expect((await app.request(`/api/comparisons/${id}`)).status).toBe(200);
  });
});
