import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { migrate, migrations } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/store.js';

const sample = () =>
  compare([
    { text: 'The council approved the budget on Monday. It takes effect in May. Critics were absent.', outlet: 'Herald' },
    { text: 'On Monday the council passed the budget. Critics called it rushed.', outlet: 'Courier' },
  ]);

describe('store: edit tokens and hand edits', () => {
  it('knows the creator by the edit token and labels shared edit links', () => {
    const store = openStore(':memory:');
    const { id, editToken, deleteToken } = store.save(sample());
    expect(store.editorLabel(id, editToken)).toBe('creator');
    expect(store.editorLabel(id, deleteToken)).toBeNull();
    expect(store.editorLabel(id, '')).toBeNull();
    expect(store.editorLabel(id, editToken.slice(0, -1))).toBeNull();
    expect(store.editorLabel('other', editToken)).toBeNull();
    const shared = store.addEditToken(id, 'Ms Berger')!;
    expect(shared).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(shared).not.toBe(editToken);
    expect(store.editorLabel(id, shared)).toBe('Ms Berger');
    expect(store.editorLabel(id, editToken)).toBe('creator');
    expect(store.addEditToken('nope', 'x')).toBeNull();
  });

  it('keeps edits in order, undoes one, resets a unit, and deletes them with the comparison', () => {
    let t = 0;
    const store = openStore(':memory:', () => new Date(Date.UTC(2026, 10, 25, 10, 0, t++)));
    const { id, deleteToken } = store.save(sample());
    const automatic = store.get(id)!;
    const shared = automatic.units.filter((u) => Object.keys(u.sentences).length === 2);
    expect(shared.length).toBeGreaterThanOrEqual(2);
    const u1 = shared[0]!;
    const u2 = shared.at(-1)!;
    const e1 = store.addEdit(id, { by: 'creator', action: { kind: 'set-status', unitId: u1!.id, status: 'framing' } });
    const e2 = store.addEdit(id, { by: 'creator', action: { kind: 'note', unitId: null, markdown: 'Checked by hand.' } });
    const e3 = store.addEdit(id, { by: 'Ms Berger', action: { kind: 'split-unit', unitId: u2!.id, articleIds: ['a2'] } });
    const e4 = store.addEdit(id, { by: 'Ms Berger', action: { kind: 'note', unitId: `u-${e3.id}`, markdown: 'split off' } });
    expect(e1.id).toMatch(/^[0-9a-f]{12}$/);
    expect(e1.at < e2.at).toBe(true);
    expect(store.edits(id).map((e) => e.id)).toEqual([e1.id, e2.id, e3.id, e4.id]);
    expect(store.edits(id)[2]).toEqual(e3);

    expect(store.removeEdit(id, e2.id)).toBe(true);
    expect(store.removeEdit(id, e2.id)).toBe(false);
    expect(store.edits(id).map((e) => e.id)).toEqual([e1.id, e3.id, e4.id]);

    // Resetting the split unit drops the split and the note on the unit it had created.
    expect(store.removeUnitEdits(id, u2!.id)).toEqual([e3.id, e4.id]);
    expect(store.edits(id).map((e) => e.id)).toEqual([e1.id]);
    const e5 = store.addEdit(id, { by: 'creator', action: { kind: 'note', unitId: null, markdown: 'again' } });
    expect(store.edits(id).map((e) => e.id)).toEqual([e1.id, e5.id]); // appended after the survivors

    expect(store.delete(id, deleteToken)).toBe(true);
    expect(store.edits(id)).toEqual([]);
    expect(store.editorLabel(id, 'x')).toBeNull();
  });

  it('replaces the automatic result and keeps id, creation time and edits', () => {
    const store = openStore(':memory:');
    const { id } = store.save(sample());
    const before = store.get(id)!;
    store.addEdit(id, { by: 'creator', action: { kind: 'set-status', unitId: before.units[0]!.id, status: 'agreement' } });
    const rerun = compare([
      { text: 'Something else entirely happened.', outlet: 'Herald' },
      { text: 'Nothing like it.', outlet: 'Courier' },
    ]);
    expect(store.replaceAutomatic(id, rerun)).toBe(true);
    const after = store.get(id)!;
    expect(after.id).toBe(id);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.articles[0]!.body).toBe('Something else entirely happened.');
    expect(store.edits(id)).toHaveLength(1);
    expect(store.replaceAutomatic('nope', rerun)).toBe(false);
  });

  it('keeps tokens and edits in a file across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-edits-'));
    const first = openStore(dir);
    const { id, editToken } = first.save(sample());
    const shared = first.addEditToken(id, 'class 9b')!;
    const edit = first.addEdit(id, { by: 'class 9b', action: { kind: 'note', unitId: null, markdown: '**why**' } });
    first.close();
    const again = openStore(dir);
    expect(again.editorLabel(id, editToken)).toBe('creator');
    expect(again.editorLabel(id, shared)).toBe('class 9b');
    expect(again.edits(id)).toEqual([edit]);
    again.close();
  });

  it('migrates a version-1 database: existing edit tokens become the creator token', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-v1-'));
    const db = new Database(join(dir, 'storydiff.db'));
    db.exec(migrations[0]!);
    db.pragma('user_version = 1');
    const old = openStore(':memory:');
    const { id, editToken } = old.save(sample());
    const json = JSON.stringify(old.get(id));
    const h = (s: string) => createHash('sha256').update(s).digest();
    db.prepare('INSERT INTO comparisons VALUES (?, ?, ?, ?, ?)').run(id, '2026-01-01T00:00:00.000Z', json, h('del'), h(editToken));
    db.close();
    const store = openStore(dir);
    expect(store.editorLabel(id, editToken)).toBe('creator');
    expect(store.edits(id)).toEqual([]);
    store.close();
    const check = new Database(join(dir, 'storydiff.db'));
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length);
    migrate(check); // running again changes nothing
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length);
    check.close();
  });
});
