import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/cli.js';
import { renderers } from '../../src/cli/renderers.js';

function memoryIo(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    async readFile(path) {
      const content = files[path];
      if (content === undefined) throw new Error('ENOENT');
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    async writeFile(path, text) {
      written[path] = text;
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  return { io, out, err, written };
}

const a = 'Talks cancelled\n\nThe meeting in Vienna was cancelled on Monday. Officials gave no reason.\n';
const b = 'Vienna meeting off\n\nOn Monday the Vienna meeting was cancelled. A new date is open.\n';

describe('storydiff CLI', () => {
  it('prints the comparison as JSON by default', async () => {
    const { io, out } = memoryIo({ 'a.txt': a, 'b.txt': b });
    expect(await run(['compare', 'a.txt', 'b.txt'], io, renderers)).toBe(0);
    const comparison = JSON.parse(out.join(''));
    expect(comparison.articles.map((x: { outlet: string }) => x.outlet)).toHaveLength(2);
    expect(comparison.units.length).toBeGreaterThan(0);
    const aligned = comparison.units.filter((u: { sentences: object }) => Object.keys(u.sentences).length === 2);
    expect(aligned.length).toBeGreaterThan(0);
  });

  it('writes to --out instead of stdout', async () => {
    const { io, out, written } = memoryIo({ 'a.txt': a, 'b.txt': b });
    expect(await run(['compare', 'a.txt', 'b.txt', '--out', 'result.json'], io, renderers)).toBe(0);
    expect(out).toEqual([]);
    expect(JSON.parse(written['result.json']!).articles).toHaveLength(2);
  });

  it('refuses a single file with a usage message', async () => {
    const { io, err } = memoryIo({ 'a.txt': a });
    expect(await run(['compare', 'a.txt'], io, renderers)).toBe(2);
    expect(err.join('')).toContain('at least two');
  });

  it('names the file it cannot read', async () => {
    const { io, err } = memoryIo({ 'a.txt': a });
    expect(await run(['compare', 'a.txt', 'missing.txt'], io, renderers)).toBe(1);
    expect(err.join('')).toContain('missing.txt');
  });

  it('refuses a binary file and names it', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
    const { io, err } = memoryIo({ 'a.txt': a, 'report.pdf': new Uint8Array([...pdf, 0, 0, 1, 2]) });
    expect(await run(['compare', 'a.txt', 'report.pdf'], io, renderers)).toBe(1);
    expect(err.join('')).toContain('report.pdf');
    // Named once: "report.pdf looks like a PDF file, not text", not "report.pdf: report.pdf …".
    expect(err.join('')).not.toContain('report.pdf: report.pdf');
  });

  it('reads the bundled fixtures from disk', async () => {
    const { io } = memoryIo({});
    io.readFile = (path) => readFile(path);
    const out: string[] = [];
    io.stdout = (t) => out.push(t);
    const dir = 'fixtures/events/budapest-summit-de';
    const code = await run(['compare', `${dir}/moskau-nah.txt`, `${dir}/washington-skeptisch.txt`], io, renderers);
    expect(code).toBe(0);
    expect(JSON.parse(out.join('')).summary.units).toBeGreaterThan(3);
  });
});

describe('storydiff CLI output formats', () => {
  it('renders Markdown and a standalone HTML page with the user text escaped', async () => {
    const hostile = 'Talks cancelled\n\nThe <script>alert(1)</script> meeting in Vienna was cancelled on Monday.\n';
    const { io, out } = memoryIo({ 'a.txt': hostile, 'b.txt': b });
    expect(await run(['compare', 'a.txt', 'b.txt', '--format', 'md'], io, renderers)).toBe(0);
    const md = out.join('');
    expect(md).toMatch(/^# /m);
    expect(md).toContain('Vienna');

    const html = memoryIo({ 'a.txt': hostile, 'b.txt': b });
    expect(await run(['compare', 'a.txt', 'b.txt', '--format', 'html'], html.io, renderers)).toBe(0);
    const page = html.out.join('');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<style>');
    expect(page).not.toContain('/assets/');
    expect(page).not.toContain('<script');
    expect(page).toContain('&lt;script&gt;');
  });
});
