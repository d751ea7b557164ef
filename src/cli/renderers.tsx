// The CLI's non-JSON output formats, taken from the same views and exports the web app uses.
// The HTML page is made standalone: the stylesheet inlined, no scripts (the static page needs none), no icon.
import { readFileSync } from 'node:fs';
import { ComparisonPage } from '../../views/comparison.js';
import type { Comparison } from '../core/model.js';
import { toMarkdown } from '../server/exports.js';
import type { Renderers } from './cli.js';

function standaloneHtml(c: Comparison): string {
  const page = String(<ComparisonPage c={c} o={{ ref: c.articles[0]?.id ?? '', status: '', cue: '', units: c.units }} />);
  const css = readFileSync(new URL('../../public/app.css', import.meta.url.replace('/dist/src/', '/src/')), 'utf8');
  return `<!doctype html>${page}`
    .replace(/<link rel="stylesheet" href="\/assets\/app.css"\s*\/?>/, `<style>${css.replace(/<\//g, '<\\/')}</style>`)
    .replace(/<script src="\/assets\/[\w.-]+\.js"( defer(="")?)?><\/script>/g, '')
    // The site's icon lives under /assets too, which a page opened from disk does not have.
    .replace(/<link rel="icon"[^>]*>/, '');
}

export const renderers: Renderers = {
  md: toMarkdown,
  html: standaloneHtml,
};
