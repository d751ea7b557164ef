// Render time of every page of a saved 5-article comparison, uncached (issue: no request over
// 100 ms). Each request carries a fresh query parameter, so the page cache never answers it.
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createApp } from '../src/server/app.js';
import { openStore } from '../src/store/store.js';

export interface PageFigure {
  path: string;
  medianMs: number;
  maxMs: number;
  kB: number;
}

/**
 * The fixture sets the page figures have been measured on since 2026-12-01: named, so that a new
 * fixture set does not make the pages longer and the figures incomparable.
 */
const pageSets = [
  'bergfeld-flood-reorder-de', 'budapest-summit-de', 'carrow-hospital-breach-en', 'harwick-derailment-en',
  'helmsried-werksschliessung-de', 'hohenried-windpark-de', 'kessling-port-strike-en', 'kranzberg-fire-de',
  'lindenau-outage-de', 'talheim-bridge-de', 'tarnholm-ceasefire-en',
];

/** Five ~1,300-word articles: rotations of the bundled fixture texts, so they share and miss facts. */
function fiveArticles(): Array<{ outlet: string; text: string }> {
  const dir = 'fixtures/events/'; // npm run bench runs from the repository root
  const texts: string[] = [];
  for (const set of pageSets) {
    const meta = JSON.parse(readFileSync(`${dir}${set}/meta.json`, 'utf8')) as { articles: Array<{ file: string }> };
    for (const a of meta.articles) texts.push(readFileSync(`${dir}${set}/${a.file}`, 'utf8'));
  }
  return Array.from({ length: 5 }, (_, i) => ({
    outlet: `Outlet ${i + 1}`,
    text: [...texts.slice(i), ...texts.slice(0, i)].filter((_, k) => (k + i) % 5 !== 0).join('\n\n'),
  }));
}

export async function runPages(runs = 7): Promise<PageFigure[]> {
  const app = createApp({ store: openStore(':memory:') });
  const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: fiveArticles() }) });
  const { id, articles } = (await res.json()) as { id: string; articles: Array<{ id: string }> };
  const [a, b, c] = articles.map((x) => x.id);
  const paths = ['', `?ref=${c}`, `/aligned?status=framing`, `/pair?a=${a}&b=${b}`, '/classroom?i=2', '/export.json', '/export.csv', '/export.md', '/export.tei.xml'];
  const figures: PageFigure[] = [];
  let bust = 0;
  for (const path of paths) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const url = `/c/${id}${path}${path.includes('?') ? '&' : '?'}run=${bust++}`;
      // As a browser asks: the first view of a page also pays for its brotli body.
      const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' };
      if (path.startsWith('/aligned')) headers['hx-request'] = 'true';
      const t = performance.now();
      const r = await app.request(url, { headers });
      const body = Buffer.from(await r.arrayBuffer());
      times.push(performance.now() - t);
      // The page's own size, as before pages were asked for compressed.
      const encoding = r.headers.get('content-encoding');
      bytes = (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).byteLength;
    }
    times.sort((x, y) => x - y);
    figures.push({ path: `/c/:id${path}`, medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]!, kB: bytes / 1024 });
  }
  return figures;
}

export function printPages(figures: PageFigure[]): void {
  console.log('\nPages of a saved 5-article comparison, uncached, asked for as a browser does (brotli; goal: every request under 100 ms)');
  console.log('route                                   median ms   max ms     kB');
  for (const f of figures) {
    console.log(`${f.path.padEnd(40)}${f.medianMs.toFixed(1).padStart(9)}${f.maxMs.toFixed(1).padStart(9)}${f.kB.toFixed(0).padStart(7)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printPages(await runPages());
}
