// The embedded store: saved comparisons in one SQLite file under STORYDIFF_DATA.
// WAL mode keeps readers (page views) off the writer's back; synchronous=FULL makes each commit
// durable before save() returns, so a comparison the user was sent to is never lost on a crash.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Comparison } from '../core/model.js';
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

  return {
    save(comparison) {
      const tokens: SavedTokens = { id: newSecret(), deleteToken: newSecret(), editToken: newSecret() };
      comparison.id = tokens.id;
      comparison.createdAt = now().toISOString();
      insert.run(tokens.id, comparison.createdAt, JSON.stringify(comparison), hash(tokens.deleteToken), hash(tokens.editToken));
      return tokens;
    },
    get(id) {
      const row = select.get(id) as { json: string } | undefined;
      return row ? (JSON.parse(row.json) as Comparison) : null;
    },
    delete(id, deleteToken) {
      const row = selectDeleteHash.get(id) as { h: Buffer } | undefined;
      if (!row || !sameToken(deleteToken, row.h)) return false;
      return remove.run(id).changes === 1;
    },
    close() {
      db.close();
    },
  };
}
