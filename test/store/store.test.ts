import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { migrations } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/store.js';

const sample = () =>
  compare([
    { text: 'The council approved the budget on Monday. It takes effect in May.', outlet: 'Herald' },
    { text: 'On Monday the council passed the budget. Critics called it rushed.', outlet: 'Courier' },
  ]);

describe('store', () => {
  it('saves, reads and deletes with the secret token only', () => {
    const store = openStore(':memory:', () => new Date('2026-11-25T10:00:00Z'));
    const comparison = sample();
    const { id, deleteToken, editToken } = store.save(comparison);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/); // 16 random bytes = 128 bits
    expect(deleteToken).not.toBe(editToken);
    const read = store.get(id)!;
    expect(read.id).toBe(id);
    expect(read.createdAt).toBe('2026-11-25T10:00:00.000Z');
    expect(read.units).toEqual(comparison.units);
    expect(store.delete(id, editToken)).toBe(false);
    expect(store.delete(id, 'guess')).toBe(false);
    expect(store.get(id)).not.toBeNull();
    expect(store.delete(id, deleteToken)).toBe(true);
    expect(store.get(id)).toBeNull();
    expect(store.get('nope')).toBeNull();
  });

  it('keeps comparisons across reopening, in WAL mode, with the schema migrated once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-store-'));
    const first = openStore(dir);
    const { id } = first.save(sample());
    first.close();
    const again = openStore(dir);
    expect(again.get(id)?.articles.map((a) => a.outlet)).toEqual(['Herald', 'Courier']);
    again.close();
    const db = new Database(join(dir, 'storydiff.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('survives kill -9 of a process in the middle of writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-crash-'));
    openStore(dir).close();
    // A writer that saves comparisons as fast as it can and reports each committed id.
    const writer = `
      import { openStore } from ${JSON.stringify(join(process.cwd(), 'src/store/store.ts'))};
      const store = openStore(${JSON.stringify(dir)});
      const doc = { analysisVersion: 'x', articles: [], units: [], sectionLinks: [],
        summary: { counts: {}, units: 0, consensus: [], articles: [], ranking: [] },
        padding: 'x'.repeat(200000) };
      for (;;) { const { id } = store.save({ ...doc }); process.stdout.write(id + '\\n'); }
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', writer], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const committed: string[] = [];
    let buffered = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        committed.push(...lines);
        if (committed.length >= 20) resolve();
      });
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const db = new Database(join(dir, 'storydiff.db'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const store = openStore(dir);
    for (const id of committed) expect(store.get(id)?.id).toBe(id);
    store.close();
  });
});
