// Load test against loopback only: a saved 5-article comparison page, comparison creation, and a
// bare Hono page served in the same run as the yardstick. Bounded in time (LOAD_SECONDS each).
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { createApp } from '../src/server/app.js';
import { whenIdle } from '../src/server/compare-runner.js';
import { openStore } from '../src/store/store.js';

const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 64);

function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        // Waits for requests still in flight when autocannon stops, so none hits a closed store.
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

function article(outlet: string, variant: number): { text: string; outlet: string } {
  const facts = Array.from({ length: 30 }, (_, i) =>
    variant % 2 === 0
      ? `Die Behörde in Kiel meldete am Montag den Fall ${i}, der ${i + variant} Betroffene zählt.`
      : `Am Montag meldete die Kieler Behörde Fall ${i} mit ${i + variant} Betroffenen.`,
  );
  return { outlet, text: `Bericht aus Kiel\n\n${facts.join(' ')}` };
}

/** What Chromium sends for a top-level navigation, minus cookies. */
const browserHeaders = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
  'accept-language': 'de-DE,de;q=0.9,en;q=0.8',
};

export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

async function hammer(name: string, options: Parameters<typeof autocannon>[0]): Promise<LoadFigures> {
  const r = await autocannon({ connections, duration: seconds, ...options });
  return { name, requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

export async function runLoad(): Promise<LoadFigures[]> {
  const store = openStore(mkdtempSync(join(tmpdir(), 'storydiff-load-')));
  const app = createApp({ store });
  const storydiff = await listen(app.fetch);
  const bare = new Hono();
  bare.get('/', (c) => c.html('<!doctype html><title>bare</title><p>Hello</p>'));
  const baseline = await listen(bare.fetch);

  const articles = Array.from({ length: 5 }, (_, i) => article(`Outlet ${i + 1}`, i));
  const created = await fetch(`${storydiff.url}/api/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ articles }),
  });
  const { id } = (await created.json()) as { id: string };

  const plainBytes = (await (await fetch(`${storydiff.url}/c/${id}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
  const compressed = await fetch(`${storydiff.url}/c/${id}`, { headers: { 'accept-encoding': 'br' }, decompress: false } as RequestInit);
  console.log(`saved 5-article page: ${(plainBytes / 1024).toFixed(1)} kB as HTML, ${(Number(compressed.headers.get('content-length') ?? (await compressed.arrayBuffer()).byteLength) / 1024).toFixed(1)} kB as ${compressed.headers.get('content-encoding') ?? 'identity'}`);

  // The machine is shared: the bare and the saved page are measured twice, alternating, and the
  // ratio compares their means, so one noisy slot does not decide it.
  const barePage = () => hammer('bare Hono page', { url: `${baseline.url}/` });
  // A browser always offers compression; the page cache keeps each page precompressed.
  const savedPage = () => hammer('saved comparison page', { url: `${storydiff.url}/c/${id}`, headers: browserHeaders });
  const figures = [
    await barePage(),
    await savedPage(),
    await barePage(),
    await savedPage(),
    await hammer('saved page, uncompressed', { url: `${storydiff.url}/c/${id}` }),
    await hammer('bare page, browser headers', { url: `${baseline.url}/`, headers: browserHeaders }),
    await hammer('comparison creation (API)', {
      url: `${storydiff.url}/api/comparisons`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: articles.slice(0, 2) }),
    }),
  ];
  await Promise.all([storydiff.close(), baseline.close()]);
  // Creations autocannon gave up on may still be parsed or queued for the worker; they save when done.
  for (let round = 0; round < 3; round++) {
    await new Promise((done) => setTimeout(done, 200));
    await whenIdle();
  }
  store.close();
  return figures;
}

export function printLoad(figures: LoadFigures[]): void {
  console.log(`\nLoad (${connections} connections, ${seconds} s each, loopback)`);
  console.log('target                         req/s     p99 ms   errors  non-2xx');
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(28)} ${f.requestsPerSecond.toFixed(0).padStart(7)} ${f.p99Ms.toFixed(1).padStart(10)} ${String(f.errors).padStart(8)} ${String(f.non2xx).padStart(8)}`,
    );
  }
  const rate = (name: string) => {
    const runs = figures.filter((f) => f.name === name).map((f) => f.requestsPerSecond);
    return runs.reduce((a, b) => a + b, 0) / runs.length;
  };
  const bare = rate('bare Hono page');
  console.log(`ratio saved page / bare page (means of two alternating runs): ${(rate('saved comparison page') / bare).toFixed(2)} (goal >= 0.5)`);
  console.log(`ratio saved page, uncompressed / bare page: ${(rate('saved page, uncompressed') / bare).toFixed(2)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printLoad(await runLoad());
}
