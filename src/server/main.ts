// Starts the web app: SQLite store under STORYDIFF_DATA, bundled examples saved, PORT (default 3000).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { openStore } from '../store/store.js';
import { createApp } from './app.js';
import { seedExamples } from './examples.js';

const examplesDir = [new URL('../../fixtures/events/', import.meta.url), new URL('../../../fixtures/events/', import.meta.url)]
  .map((u) => fileURLToPath(u))
  .find((p) => existsSync(p));
const dataDir = process.env.STORYDIFF_DATA ?? './data';
const store = openStore(dataDir);
const examples = examplesDir ? seedExamples(store, examplesDir, join(dataDir, 'examples.json')) : [];
const port = Number(process.env.PORT ?? 3000);
serve({ fetch: createApp({ store, examples }).fetch, port }, (info) => {
  console.log(`storydiff on http://localhost:${info.port}`);
});
