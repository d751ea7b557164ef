// The embedded store: saved comparisons in one SQLite file under STORYDIFF_DATA.
// WAL mode keeps readers (page views) off the writer's back; synchronous=FULL makes each commit
// durable before save() returns, so a comparison the user was sent to is never lost on a crash.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { editsTouchingUnit } from '../core/curate/curate.js';
import type { Comparison, Edit, EditAction } from '../core/model.js';
import { migrate } from './migrations.js';

export interface SavedTokens {
  id: string;
  deleteToken: string;
  editToken: string;
}

export interface Store {
  /** Saves a comparison under a new unguessable id; sets comparison.id and createdAt. */
  save(comparison: Comparison): SavedTokens;
  get(id: string): Comparison | null;
  delete(id: string, deleteToken: string): boolean;
  /** The label of the edit token `token` for comparison `id`, or null when it is not one of its tokens. */
  editorLabel(id: string, token: string): string | null;
  /** A new edit token with this label (for a shareable edit link); null when there is no such comparison. */
  addEditToken(id: string, label: string): string | null;
  /** Appends a hand edit to the comparison's log; the store sets its id and time. */
  addEdit(id: string, edit: { by: string; action: EditAction }): Edit;
  /** The comparison's hand edits, oldest first. */
  edits(id: string): Edit[];
  /** Undo: drops one edit. False when there was no such edit. */
  removeEdit(id: string, editId: string): boolean;
  /** Reset a unit to automatic: drops the edits that changed it; returns the dropped edit ids. */
  removeUnitEdits(id: string, unitId: string): string[];
  /** Replaces the automatic result (a re-run analysis); keeps id, createdAt, tokens and edits. */
  replaceAutomatic(id: string, comparison: Comparison): boolean;
  close(): void;
}

/** 128 random bits, URL-safe: ids and tokens cannot be guessed or enumerated. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

function hash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function sameToken(token: string, storedHash: Buffer): boolean {
  const candidate = hash(token);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}

export function openStore(dir: string, now: () => Date = () => new Date()): Store {
  let file = ':memory:';
  if (dir !== ':memory:') {
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'storydiff.db');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insert = db.prepare(
    'INSERT INTO comparisons (id, created_at, json, delete_token_hash, edit_token_hash) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare('SELECT json FROM comparisons WHERE id = ?');
  const selectDeleteHash = db.prepare('SELECT delete_token_hash AS h FROM comparisons WHERE id = ?');
  const remove = db.prepare('DELETE FROM comparisons WHERE id = ?');
  const removeTokens = db.prepare('DELETE FROM edit_tokens WHERE comparison_id = ?');
  const removeAllEdits = db.prepare('DELETE FROM edits WHERE comparison_id = ?');
  const insertToken = db.prepare('INSERT INTO edit_tokens (comparison_id, token_hash, label, created_at) VALUES (?, ?, ?, ?)');
  const selectTokens = db.prepare('SELECT token_hash AS h, label FROM edit_tokens WHERE comparison_id = ?');
  const exists = db.prepare('SELECT 1 FROM comparisons WHERE id = ?');
  const insertEdit = db.prepare(
    'INSERT INTO edits (id, comparison_id, seq, at, by, action_json) VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM edits WHERE comparison_id = ?), ?, ?, ?)',
  );
  const selectEdits = db.prepare('SELECT id, at, by, action_json AS a FROM edits WHERE comparison_id = ? ORDER BY seq');
  const removeOneEdit = db.prepare('DELETE FROM edits WHERE comparison_id = ? AND id = ?');
  const updateJson = db.prepare('UPDATE comparisons SET json = ? WHERE id = ?');
  const deleteAll = db.transaction((id: string) => {
    removeAllEdits.run(id);
    removeTokens.run(id);
    return remove.run(id).changes === 1;
  });
  const readEdits = (id: string): Edit[] =>
    (selectEdits.all(id) as Array<{ id: string; at: string; by: string; a: string }>).map((r) => ({
      id: r.id,
      at: r.at,
      by: r.by,
      action: JSON.parse(r.a) as EditAction,
    }));
  const get = (id: string): Comparison | null => {
    const row = select.get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Comparison) : null;
  };
  const removeUnit = db.transaction((id: string, unitId: string) => {
    const automatic = get(id);
    if (!automatic) return [];
    const drop = editsTouchingUnit(automatic, readEdits(id), unitId);
    for (const editId of drop) removeOneEdit.run(id, editId);
    return drop;
  });

  return {
    save(comparison) {
      const tokens: SavedTokens = { id: newSecret(), deleteToken: newSecret(), editToken: newSecret() };
      comparison.id = tokens.id;
      comparison.createdAt = now().toISOString();
      db.transaction(() => {
        insert.run(tokens.id, comparison.createdAt, JSON.stringify(comparison), hash(tokens.deleteToken), hash(tokens.editToken));
        insertToken.run(tokens.id, hash(tokens.editToken), 'creator', comparison.createdAt);
      })();
      return tokens;
    },
    get,
    delete(id, deleteToken) {
      const row = selectDeleteHash.get(id) as { h: Buffer } | undefined;
      if (!row || !sameToken(deleteToken, row.h)) return false;
      return deleteAll(id);
    },
    editorLabel(id, token) {
      if (!token) return null;
      // Compares against every token of the comparison, so timing does not depend on which one matched.
      let label: string | null = null;
      for (const row of selectTokens.all(id) as Array<{ h: Buffer; label: string }>) {
        if (sameToken(token, row.h) && label === null) label = row.label;
      }
      return label;
    },
    addEditToken(id, label) {
      if (!exists.get(id)) return null;
      const token = newSecret();
      insertToken.run(id, hash(token), label, now().toISOString());
      return token;
    },
    addEdit(id, edit) {
      const stored: Edit = { id: randomBytes(6).toString('hex'), at: now().toISOString(), by: edit.by, action: edit.action };
      insertEdit.run(stored.id, id, id, stored.at, stored.by, JSON.stringify(stored.action));
      return stored;
    },
    edits: readEdits,
    removeEdit(id, editId) {
      return removeOneEdit.run(id, editId).changes === 1;
    },
    removeUnitEdits(id, unitId) {
      return removeUnit(id, unitId);
    },
    replaceAutomatic(id, comparison) {
      const old = get(id);
      if (!old) return false;
      const next: Comparison = { ...comparison, id, createdAt: old.createdAt! };
      delete next.edits;
      delete next.staleEdits;
      return updateJson.run(JSON.stringify(next), id).changes === 1;
    },
    close() {
      db.close();
    },
  };
}
