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
