// Page furniture (a dateline, a photo credit, "Lesen Sie auch") is left out of the analysis and
// listed per outlet on the comparison page, escaped like every piece of user text.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

describe('page furniture on the comparison page', () => {
  it('lists what each outlet’s copy brought along, and compares none of it', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const articles = [
      {
        outlet: 'Tagesblatt',
        text: 'Gipfel abgesagt\n\nBERLIN (dpa) – Der Kreml hat das Treffen in Budapest abgesagt.\n\nFoto: <b>Max</b> & Muster\n\nLesen Sie auch: Was der Gipfel bedeutet',
      },
      { outlet: 'Morgenpost', text: 'Gipfel geplatzt\n\nRussland hat das Treffen in Budapest abgesagt.' },
    ];
    const created = await app.request('/api/comparisons', {
      method: 'POST',
      body: JSON.stringify({ articles }),
      headers: { 'content-type': 'application/json' },
    });
    expect(created.status).toBe(201);
    const comparison = (await created.json()) as { id: string; articles: Array<{ furniture?: Array<{ kind: string; text: string }> }>; units: unknown[] };
    expect(comparison.articles[0]!.furniture?.map((f) => f.kind)).toEqual(['dateline', 'credit', 'link']);
    expect(comparison.articles[1]!.furniture).toBeUndefined();
    // One shared fact, nothing exclusive: the credit and the link made no unit of their own.
    expect(comparison.units).toHaveLength(1);

    const page = await (await app.request(`/c/${comparison.id}`)).text();
    expect(page).toContain('Not compared: 3 lines of page furniture');
    expect(page).toContain('dateline: <q>BERLIN (dpa)</q>');
    expect(page).toContain('photo credit: <q>Foto: &lt;b&gt;Max&lt;/b&gt; &amp; Muster</q>');
    expect(page).toContain('link to another article: <q>Lesen Sie auch: Was der Gipfel bedeutet</q>');
    expect(page.match(/Not compared:/g)).toHaveLength(1);
  });
});
