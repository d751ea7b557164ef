// Bundled example sets (fixtures/events/*) compared and saved on start, so the home page can link them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../core/compare.js';
import type { ArticleInput } from '../core/model.js';
import { analysisVersion } from '../core/version.js';
import type { Store } from '../store/store.js';

interface Meta {
  title?: string;
  /** Shown first on the home page, as a way in for someone who has never used storydiff. */
  featured?: boolean;
  articles: Array<{ file: string; outlet?: string; id?: string }>;
}

export function loadExamples(dir: string): Array<{ name: string; title: string; featured: boolean; inputs: ArticleInput[] }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'meta.json')))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => {
      const meta = JSON.parse(readFileSync(join(dir, d.name, 'meta.json'), 'utf8')) as Meta;
      const inputs = meta.articles.map((a) => ({
        text: readFileSync(join(dir, d.name, a.file), 'utf8'),
        ...(a.outlet ? { outlet: a.outlet } : {}),
        ...(a.id ? { id: a.id } : {}),
      }));
      return { name: d.name, title: meta.title ?? d.name, featured: meta.featured === true, inputs };
    });
}

/**
 * Compares and saves each example; returns the links for the home page. With an index file, an
 * example whose articles and analysis version are unchanged keeps its saved comparison, so the
 * store does not gain a copy of every example at every start and old links keep working.
 */
export function seedExamples(store: Store, dir: string, indexFile?: string): Array<{ id: string; title: string; name: string; featured: boolean }> {
  let index: Record<string, string> = {};
  if (indexFile && existsSync(indexFile)) {
    try {
      index = JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, string>;
    } catch {
      index = {}; // a damaged index only costs a fresh copy of the examples
    }
  }
  const links = loadExamples(dir).map((e) => {
    const key = createHash('sha256').update(analysisVersion).update(JSON.stringify(e.inputs)).digest('hex');
    const known = index[key];
    const id = known && store.get(known) ? known : store.save(compare(e.inputs)).id;
    index[key] = id;
    return { id, title: e.title, name: e.name, featured: e.featured };
  });
  if (indexFile) writeFileSync(indexFile, JSON.stringify(index, null, 2));
  return links;
}
