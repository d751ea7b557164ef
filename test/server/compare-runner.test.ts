import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { InputError } from '../../src/core/errors.js';
import { runCompare, stopCompareWorker } from '../../src/server/compare-runner.js';

const inputs = [
  { text: 'Die Fähre nach Helgoland fiel am Dienstag aus. Grund war ein Sturm.', outlet: 'Inselbote' },
  { text: 'Wegen eines Sturms fiel die Fähre nach Helgoland am Dienstag aus.', outlet: 'Küstenpost' },
];

afterAll(() => stopCompareWorker());

describe('runCompare', () => {
  it('gives the same comparison in the worker as inline', async () => {
    const inWorker = await runCompare(inputs, {}, 'worker');
    const inline = await runCompare(inputs, {}, 'inline');
    expect(inWorker).toEqual(compare(inputs));
    expect(inline).toEqual(inWorker);
  });

  it('keeps the event loop free while a large comparison runs in the worker', async () => {
    const big = Array.from({ length: 6 }, (_, a) => ({
      text: Array.from({ length: 300 }, (_, i) => `Satz ${i} über Thema ${(i * (a + 3)) % 97} in Hamburg.`).join(' '),
    }));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const result = await runCompare(big);
    clearInterval(timer);
    expect(result.articles).toHaveLength(6);
    expect(ticks).toBeGreaterThan(0);
  });

  it('lets a script that used the worker exit by itself, and only after its comparison came back', () => {
    // An idle worker once held finished processes (the bench) open forever; an unref'd busy one
    // would let a process exit with a comparison still owed.
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-runner-'));
    const script = join(dir, 'script.mts');
    const runner = pathToFileURL(new URL('../../src/server/compare-runner.ts', import.meta.url).pathname).href;
    writeFileSync(script, `import { runCompare } from ${JSON.stringify(runner)};
const c = await runCompare(${JSON.stringify(inputs)}, {}, 'worker');
console.log('units', c.units.length);`);
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).not.toMatch(/unsettled|Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^units \d+/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 40_000);

  it('passes input errors back as InputError', async () => {
    await expect(runCompare([{ text: 'x' }], {}, 'worker')).rejects.toBeInstanceOf(InputError);
  });
});
