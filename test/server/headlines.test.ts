// The headlines on the pages that show them: the comparison page's block, the pair view's first
// row, the Markdown export; and a comparison saved before analysis 0.6.0 (no headlines field).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import type { ArticleInput, Comparison } from '../../src/core/model.js';
import { createApp } from '../../src/server/app.js';
import { editCookie } from '../../src/server/curate-routes.js';
import { openStore } from '../../src/store/store.js';
import { savedComparison } from '../support/saved-comparison.js';

function fixtureInputs(set: string): ArticleInput[] {
  const meta = JSON.parse(readFileSync(`fixtures/events/${set}/meta.json`, 'utf8')) as { articles: Array<{ file: string; outlet: string; id: string }> };
  return meta.articles.map((a) => ({ outlet: a.outlet, id: a.id, text: readFileSync(`fixtures/events/${set}/${a.file}`, 'utf8') }));
}

/** The text of an HTML fragment as read on the page: marks' numbers and hover notes, then tags, dropped; entities read. */
const textOf = (html: string) =>
  html
    .replace(/<sup class="cue-ref">[\s\S]*?<\/sup>/g, '')
    .replace(/<span class="cue-tip"[\s\S]*?<\/span><\/mark>/g, '</mark>')
    .replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const section = (html: string, id: string) => html.match(new RegExp(`<section id="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';

const bodies = ['Am Montag fiel in Oberwald der Strom aus. Die Stadtwerke suchen die Ursache.', 'In Oberwald fiel am Montag der Strom aus. Die Ursache ist noch unklar.'];
const titled = (a?: string, b?: string): ArticleInput[] => [
  { text: bodies[0]!, outlet: 'Tagesblatt', ...(a ? { title: a } : {}) },
  { text: bodies[1]!, outlet: 'Morgenpost', ...(b ? { title: b } : {}) },
];

describe('the comparison page’s headlines block', () => {
  it('shows each outlet’s title with its cue words marked, and the notes, above the overview (kirchfeld-stellwerk-de)', async () => {
    const { app, id } = await savedComparison(fixtureInputs('kirchfeld-stellwerk-de'));
    const html = await (await app.request(`/c/${id}`)).text();
    expect(html.indexOf('id="headlines"')).toBeGreaterThan(0);
    expect(html.indexOf('id="headlines"')).toBeLessThan(html.indexOf('id="overview"'));
    const block = section(html, 'headlines');
    const items = [...block.matchAll(/<li><strong class="headline-outlet">([^<]*)<\/strong>([\s\S]*?)<\/li>/g)].map((m) => `${m[1]}: ${textOf(m[2]!)}`);
    expect(items).toEqual([
      'Kirchfelder Rundschau: Stellwerk fällt aus: Stillstand am Hauptbahnhof zum Ferienstart',
      'Blitz24: Ferien-Chaos am Hauptbahnhof: Tausende Fahrgäste sitzen in Kirchfeld fest',
      'Nachrichtenagentur nrp: Stellwerksstörung legt Bahnverkehr in Kirchfeld stundenlang lahm',
    ]);
    const marks = [...block.matchAll(/<mark class="cue-mark cue-(\w+)"[^>]*id="cue-(\d+)"[^>]*>([^<]*)</g)].map((m) => `${m[2]} ${m[1]} ${m[3]}`);
    expect(marks).toEqual(['1 tone Stillstand', '2 tone Ferien-Chaos', '3 number Tausende', '4 number stundenlang']);
    const notes = [...block.matchAll(/<li id="note-(\d+)">([\s\S]*?)<\/li>/g)].map((m) => `${m[1]} ${textOf(m[2]!).replace(/\s+↩$/, '').trim()}`);
    expect(notes[1]).toBe("2 tone Blitz24: “Ferien-Chaos” — Blitz24 uses the evaluative word 'Ferien-Chaos'; Kirchfelder Rundschau and Nachrichtenagentur nrp do not.");
    expect(notes).toHaveLength(4);
  });

  it('is left out when only one article has a title', async () => {
    const { app, id } = await savedComparison(titled('Chaos in Oberwald'));
    const html = await (await app.request(`/c/${id}`)).text();
    expect(html).not.toContain('id="headlines"');
    expect(html).toContain('id="overview"');
  });

  it('says so when identical titles show no difference', async () => {
    const { app, id } = await savedComparison(titled('Stromausfall in Oberwald', 'Stromausfall in Oberwald'));
    const block = section(await (await app.request(`/c/${id}`)).text(), 'headlines');
    expect(block).toContain('The headlines show no framing difference.');
    expect(block).not.toContain('<mark');
  });
});

describe('the pair view’s headline row', () => {
  it('shows the two titles marked, their word diff, and numbers their notes before the rows’ (kessling-port-strike-en)', async () => {
    const { app, id } = await savedComparison(fixtureInputs('kessling-port-strike-en'));
    const html = await (await app.request(`/c/${id}/pair?a=b1&b=b2`)).text();
    const row = html.match(/<tr id="pair-headline"[\s\S]*?<\/tr>/)?.[0] ?? '';
    const cells = [...row.matchAll(/<td data-label="([^"]*)">([\s\S]*?)<\/td>/g)];
    expect(cells.map((m) => m[1])).toEqual(['The Northern Ledger, headline', 'Business Tide, headline', 'Word diff']);
    const marks = [...row.matchAll(/<mark class="cue-mark cue-(\w+)"[^>]*id="cue-(\d+)"[^>]*>([^<]*)</g)].map((m) => `${m[2]} ${m[1]} ${m[3]}`);
    expect(marks).toEqual(['1 label strike', '2 tone snub', '3 label Walkout', '4 tone setback']);
    // The diff rebuilds both titles: deletions and equal words are the first, insertions and equal words the second.
    const diff = cells[2]![2]!;
    const from = diff.replace(/<ins>[^<]*<\/ins>/g, '').replace(/<[^>]+>/g, '');
    const to = diff.replace(/<del>[^<]*<\/del>/g, '').replace(/<[^>]+>/g, '');
    expect(from.replace(/\s+/g, ' ').trim()).toBe('Kessling dockers strike over a pay offer they call a snub');
    expect(to.replace(/\s+/g, ' ').trim()).toBe('Walkout at Kessling deals a setback to regional trade');
    expect(diff).toContain('<del>');
    expect(diff).toContain('<ins>');
    // The first unit row's notes go on from the headline's four.
    const starts = [...html.matchAll(/<ol class="footnotes" start="(\d+)">/g)].map((m) => Number(m[1]));
    expect(starts[0]).toBe(1);
    expect(starts[1]).toBe(5);
  });

  it('is left out when one of the two outlets has no title', async () => {
    const { app, id } = await savedComparison([...titled('Chaos in Oberwald', 'Stromausfall in Oberwald'), { text: bodies[1]!, outlet: 'Kurier' }]);
    expect(await (await app.request(`/c/${id}/pair?a=a1&b=a2`)).text()).toContain('id="pair-headline"');
    expect(await (await app.request(`/c/${id}/pair?a=a1&b=a3`)).text()).not.toContain('id="pair-headline"');
  });
});

describe('the Markdown export', () => {
  it('lists the headlines and their cues before the units', async () => {
    const { app, id } = await savedComparison(titled('Chaos in Oberwald', 'Stromausfall in Oberwald'));
    const md = await (await app.request(`/c/${id}/export.md`)).text();
    const block = md.slice(md.indexOf('## Headlines'), md.indexOf('## u1'));
    expect(block).toBe(
      "## Headlines\n\n- **Tagesblatt**: Chaos in Oberwald\n- **Morgenpost**: Stromausfall in Oberwald\n  - tone (a1): Tagesblatt uses the evaluative word 'Chaos'; Morgenpost does not.\n\n",
    );
  });

  it('has no headlines section without two titles', async () => {
    const { app, id } = await savedComparison(titled(undefined, 'Stromausfall in Oberwald'));
    expect(await (await app.request(`/c/${id}/export.md`)).text()).not.toContain('## Headlines');
  });
});

describe('a comparison saved before analysis 0.6.0', () => {
  it('renders without headlines everywhere, and a re-run adds them', async () => {
    const store = openStore(':memory:');
    const app = createApp({ store });
    const { headlines: _none, ...current } = compare(titled('Chaos in Oberwald', 'Stromausfall in Oberwald'));
    const old: Comparison = { ...current, analysisVersion: '0.5.1' };
    const { id, editToken } = store.save(old);
    for (const path of [`/c/${id}`, `/c/${id}/pair?a=a1&b=a2`, `/c/${id}/classroom`, `/c/${id}/classroom/handout`, `/c/${id}/export.md`, `/c/${id}/export.csv`]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const body = await res.text();
      expect(body, path).not.toMatch(/id="headlines"|id="pair-headline"|## Headlines|The headlines differ/);
    }
    const json = (await (await app.request(`/c/${id}/export.json`)).json()) as Comparison;
    expect(json.analysisVersion).toBe('0.5.1');
    expect('headlines' in json).toBe(false);

    const rerun = await app.request(`/c/${id}/rerun`, { method: 'POST', headers: { cookie: `${editCookie}=${editToken}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(rerun.status).toBe(303);
    const after = (await (await app.request(`/c/${id}/export.json`)).json()) as Comparison;
    expect(after.headlines?.cues.map((x) => `${x.kind} ${x.text}`)).toEqual(['tone Chaos']);
    expect(await (await app.request(`/c/${id}`)).text()).toContain('id="headlines"');
  });
});
