// The store's schema, as an ordered list of migrations. PRAGMA user_version records how many have
// run, so opening an old database upgrades it and opening a current one changes nothing.
import type Database from 'better-sqlite3';

export const migrations: string[] = [
  // 1: comparisons as JSON documents; tokens kept only as SHA-256 hashes.
  `CREATE TABLE comparisons (
     id TEXT PRIMARY KEY,
     created_at TEXT NOT NULL,
     json TEXT NOT NULL,
     delete_token_hash BLOB NOT NULL,
     edit_token_hash BLOB NOT NULL
   )`,
  // 2: curation. Several edit tokens per comparison, each with a label ("creator", or one given to a
  // shared edit link), and the hand edits as an ordered log on top of the stored automatic result.
  `CREATE TABLE edit_tokens (
     comparison_id TEXT NOT NULL,
     token_hash BLOB NOT NULL,
     label TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX edit_tokens_by_comparison ON edit_tokens (comparison_id);
   INSERT INTO edit_tokens (comparison_id, token_hash, label, created_at)
     SELECT id, edit_token_hash, 'creator', created_at FROM comparisons;
   CREATE TABLE edits (
     id TEXT NOT NULL,
     comparison_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     at TEXT NOT NULL,
     by TEXT NOT NULL,
     action_json TEXT NOT NULL,
     PRIMARY KEY (comparison_id, id)
   );
   CREATE INDEX edits_in_order ON edits (comparison_id, seq);`,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
