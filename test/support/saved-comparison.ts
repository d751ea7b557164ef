// A fresh app with one comparison saved through the API, for route tests that read its pages.
import { createApp } from '../../src/server/app.js';
import type { ArticleInput } from '../../src/core/model.js';
import { openStore } from '../../src/store/store.js';

export async function savedComparison(articles: ArticleInput[]): Promise<{ app: ReturnType<typeof createApp>; id: string }> {
  const app = createApp({ store: openStore(':memory:') });
  const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
  return { app, id: ((await res.json()) as { id: string }).id };
}
