import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { csvColumns, toCsv, toMarkdown, toTei } from '../../src/server/exports.js';

/** RFC 4180 reader: quoted cells with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const event = (name: string) => {
  const dir = new URL(`../../fixtures/events/${name}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ text: readFileSync(new URL(f, dir), 'utf8'), outlet: f.replace(/\.txt$/, '') }));
};

describe('CSV export', () => {
  it('has the documented columns and one row per unit and article of a real comparison', () => {
    const c = compare(event('harwick-derailment-en'));
    const rows = parseCsv(toCsv(c));
    expect(rows[0]).toEqual(['unit_id', 'status', 'article_id', 'outlet', 'sentence_ids', 'sentences', 'cues', 'edited', 'unit_note']);
    expect(rows[0]).toEqual([...csvColumns]);
    const body = rows.slice(1);
    expect(body.length).toBe(c.units.length * c.articles.length);
    const text = new Map(c.articles.flatMap((a) => a.sections.flatMap((s) => s.sentences.map((x) => [x.id, x.text] as const))));
    for (const [unitId, status, articleId, outlet, ids, sentences, cues] of body) {
      const unit = c.units.find((u) => u.id === unitId)!;
      expect(unit.status).toBe(status);
      expect(c.articles.find((a) => a.id === articleId)?.outlet).toBe(outlet);
      const own = unit.sentences[articleId!] ?? [];
      expect(ids).toBe(own.join(' '));
      expect(sentences).toBe(own.map((id) => text.get(id)).join(' '));
      expect(cues!.split('; ').filter(Boolean).length).toBe(unit.cues.filter((x) => x.articleId === articleId).length);
    }
    // An article that leaves a unit out has an empty row for it: the gaps of the matrix.
    const omission = c.units.find((u) => u.missingFrom.length > 0);
    if (omission) expect(body.some((r) => r[0] === omission.id && r[4] === '' && r[2] === omission.missingFrom[0])).toBe(true);
  });

  it('keeps every cell text that a spreadsheet would otherwise run as a formula', () => {
    const [a, b] = event('budapest-summit-de');
    const c = compare([
      { ...a!, outlet: '=HYPERLINK("http://evil","x")' },
      { ...b!, outlet: '  +SUM(1,2)' },
      { text: '@cmd|" /C calc"!A0 ist kein Satz.\n\n-2+3 Grad meldet der Wetterdienst.', outlet: '\t-1' },
    ]);
    const rows = parseCsv(toCsv(c)).slice(1);
    for (const row of rows) for (const value of row) expect(value).not.toMatch(/^\s*[=+\-@]/);
    expect(rows.some((r) => r[3] === `'=HYPERLINK("http://evil","x")`)).toBe(true);
    // Outlet names arrive trimmed; sentences as written.
    expect(rows.some((r) => r[3] === `'+SUM(1,2)`)).toBe(true);
    expect(rows.some((r) => r[3] === `'-1`)).toBe(true);
    expect(rows.some((r) => r[5]!.startsWith(`'@cmd|`))).toBe(true);
    expect(rows.some((r) => r[5]!.startsWith(`'-2+3 Grad`))).toBe(true);
  });
});

describe('curated exports', () => {
  it('carry hand edits and notes: CSV columns, Markdown blockquotes with raw HTML escaped, TEI notes', async () => {
    const { curate } = await import('../../src/core/curate/curate.js');
    const automatic = compare(event('harwick-derailment-en'));
    const unit = automatic.units.find((u) => Object.keys(u.sentences).length > 1)!;
    const c = curate(automatic, [
      { id: 'e1', at: '2026-11-25T10:00:00Z', by: 'creator', action: { kind: 'note', unitId: unit.id, markdown: 'Two **different** numbers.\n<script>alert(1)</script>' } },
      { id: 'e2', at: '2026-11-25T10:01:00Z', by: 'creator', action: { kind: 'note', unitId: null, markdown: 'Checked by hand.' } },
      { id: 'e3', at: '2026-11-25T10:02:00Z', by: 'creator', action: { kind: 'set-status', unitId: unit.id, status: 'agreement' } },
    ]);
    const rows = parseCsv(toCsv(c));
    const noted = rows.filter((r) => r[0] === unit.id);
    expect(noted.length).toBe(c.articles.length);
    for (const r of noted) {
      expect(r[1]).toBe('agreement');
      expect(r[7]).toBe('yes');
      expect(r[8]).toContain('Two **different** numbers.');
    }
    expect(rows.filter((r) => r[0] !== unit.id && r[0] !== 'unit_id').every((r) => r[7] === 'no' && r[8] === '')).toBe(true);

    const md = toMarkdown(c);
    expect(md).toContain(`## ${unit.id} (agreement, edited by hand)`);
    expect(md).toContain('> Two **different** numbers.\n> &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('> Checked by hand.');
    expect(md).not.toContain('<script>');
    expect(md).toContain('_3 hand edits applied');

    const tei = toTei(c);
    expect(tei).toContain(`<app xml:id="${unit.id}" type="agreement" resp="#curator">`);
    expect(tei).toContain('<note type="curator">Two **different** numbers.\n&lt;script&gt;alert(1)&lt;/script&gt;</note>');
  });
});

describe('export downloads', () => {
  it('name the file after the comparison, and start the CSV with a UTF-8 byte order mark for Excel', async () => {
    const { createApp } = await import('../../src/server/app.js');
    const { openStore } = await import('../../src/store/store.js');
    const app = createApp({ store: openStore(':memory:') });
    const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: event('budapest-summit-de').slice(0, 2) }) });
    const { id } = await res.json();
    for (const ext of ['json', 'csv', 'md', 'tei.xml']) {
      const file = await app.request(`/c/${id}/export.${ext}`);
      expect(file.headers.get('content-disposition'), ext).toBe(`attachment; filename="storydiff-${id}.${ext}"`);
    }
    const csv = new Uint8Array(await (await app.request(`/c/${id}/export.csv`)).arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.slice(3))).toMatch(/^"unit_id","status"/);
  });
});

describe('Markdown export', () => {
  it('escapes only what Markdown would read as markup: a viewer shows each sentence as written', async () => {
    const { marked } = await import('marked');
    const sentences = [
      'Der Alarm wurde um 10.30 Uhr ausgelöst.',
      'Die Firma (Sitz: Köln) nannte 3 - 4 Gründe!',
      'Er schrieb *nie* __so__ `Code` oder [einen Link](https://example.org) ~~weg~~.',
      'Ein Tag <b>fett</b> und &amp; bleiben Text, 5 > 3 und a|b # auch.',
      'Ein Backslash \\ und ein Stern * bleiben.',
    ];
    const c = compare([
      { text: sentences.join('\n\n'), outlet: 'Blatt *A*' },
      { text: 'Ganz anders berichtet die zweite Zeitung über etwas.', outlet: 'B' },
    ]);
    const md = toMarkdown(c);
    expect(md).toContain('Der Alarm wurde um 10.30 Uhr ausgelöst.');
    expect(md).toContain('Die Firma (Sitz: Köln) nannte 3 - 4 Gründe!');
    const html = await marked.parse(md);
    const shown = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => shown(m[1]!));
    for (const s of sentences) expect(items.some((i) => i.includes(s)), s).toBe(true);
    expect(html).not.toMatch(/<(em|strong|code|a|b|del)>(nie|so|Code|einen Link|fett|weg)</);
    expect(items.some((i) => i.startsWith('Blatt *A*: '))).toBe(true);
  });
});
