// Bundled example sets (fixtures/events/*) compared and saved on start, so the home page can link them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../core/compare.js';
import type { ArticleInput } from '../core/model.js';
import type { Store } from '../store/store.js';

interface Meta {
  title?: string;
  articles: Array<{ file: string; outlet?: string; id?: string }>;
}

export function loadExamples(dir: string): Array<{ title: string; inputs: ArticleInput[] }> {
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
      return { title: meta.title ?? d.name, inputs };
    });
}

/** Compares and saves each example; returns the links for the home page. */
export function seedExamples(store: Store, dir: string): Array<{ id: string; title: string }> {
  return loadExamples(dir).map((e) => ({ id: store.save(compare(e.inputs)).id, title: e.title }));
}
