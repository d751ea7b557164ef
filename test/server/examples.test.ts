import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedExamples } from '../../src/server/examples.js';
import { openStore } from '../../src/store/store.js';

describe('seedExamples', () => {
  it('saves every bundled set once and reuses the saved comparisons on the next start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-examples-'));
    const index = join(dir, 'examples.json');
    const store = openStore(dir);
    const first = seedExamples(store, 'fixtures/events', index);
    expect(first.length).toBeGreaterThanOrEqual(3);
    for (const link of first) expect(store.get(link.id)?.articles.length).toBeGreaterThanOrEqual(2);
    const second = seedExamples(store, 'fixtures/events', index);
    expect(second).toEqual(first);
    store.close();
  });
});
