// Shared setup of the browser tests: the app served in-process on a random loopback port, and
// Debian's chromium (installed by .ci/run) driven headless by playwright-core.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../../src/server/app.js';
import { seedExamples } from '../../src/server/examples.js';
import { openStore } from '../../src/store/store.js';

export interface ServedApp {
  base: string;
  close(): Promise<void>;
}

export async function serveApp(app: Hono): Promise<ServedApp> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The app over an in-memory store with the bundled example sets saved, as `npm start` has it. */
export async function serveWithExamples(): Promise<{ server: ServedApp; examples: Array<{ id: string; title: string; name: string }> }> {
  const store = openStore(':memory:');
  const examples = seedExamples(store, 'fixtures/events');
  return { server: await serveApp(createApp({ store, examples })), examples };
}

/** Screenshots land in test-results/, which the launch makes sure exists. */
export function launchChromium(): Promise<Browser> {
  mkdirSync('test-results', { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
