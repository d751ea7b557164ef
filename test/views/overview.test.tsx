import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { AlignedView, Overview } from '../../views/comparison.js';
import { unitsInReadingOrder } from '../../src/core/present/reading-order.js';

function fixture(set: string) {
  const meta = JSON.parse(readFileSync(`fixtures/events/${set}/meta.json`, 'utf8')) as { articles: Array<{ file: string; outlet: string; id: string }> };
  return compare(meta.articles.map((a) => ({ outlet: a.outlet, id: a.id, text: readFileSync(`fixtures/events/${set}/${a.file}`, 'utf8') })));
}

describe('Overview', () => {
  it('tells the reader when the articles are in different languages, naming the outlets of each, and only then', () => {
    const de = 'In der Nacht zu Montag ist in Kranzberg eine Lagerhalle abgebrannt. Die Feuerwehr war mit 120 Einsatzkräften vor Ort. Verletzt wurde niemand, teilte die Polizei mit.';
    const en = 'A warehouse burned down in Kranzberg overnight into Monday. The fire brigade sent 120 firefighters. Nobody was injured, police said.';
    const mixed = compare([{ outlet: 'Tagblatt <i>', id: 'a', text: de }, { outlet: 'Courier', id: 'b', text: en }, { outlet: 'Wire', id: 'c', text: en }]);
    const html = String(<Overview c={mixed} />);
    expect(html).toContain('<p class="language-note" role="note">These articles are in different languages (German: Tagblatt &lt;i&gt;; English: Courier, Wire).');
    const same = compare([{ outlet: 'Courier', id: 'b', text: en }, { outlet: 'Wire', id: 'c', text: en.replace('sent', 'deployed') }]);
    expect(String(<Overview c={same} />)).not.toContain('language-note');
  });

  it('says in words how much every outlet reports and how much of it alike, matching the counts', () => {
    for (const set of ['budapest-summit-de', 'kessling-port-strike-en', 'bergfeld-flood-reorder-de']) {
      const c = fixture(set);
      const html = String(<Overview c={c} />);
      const sentence = /class="lede-summary">([^<]+)</.exec(html)?.[1] ?? '';
      const all = c.summary.consensus.length;
      expect(sentence).toContain(all === 0 ? 'No unit is reported by every outlet' : `report ${all} of the ${c.summary.units} units`);
      expect(all).toBeGreaterThan(0);
      expect(c.summary.counts.agreement).toBeLessThanOrEqual(all);
    }
  });

  it('says in each coverage row what the unit reports (clipped, escaped) and its status, not by colour alone', () => {
    const c = compare([
      { outlet: 'A', id: 'a', text: 'Der <b>Stadtrat</b> hat am Dienstag nach langer Debatte die autofreie Innenstadt ab April beschlossen, gegen die Stimmen der Opposition.' },
      { outlet: 'B', id: 'b', text: 'Der Stadtrat hat die autofreie Innenstadt ab April beschlossen.' },
    ]);
    const html = String(<Overview c={c} />);
    expect(html).toContain('<th scope="col">What it reports</th>');
    const row = /<tr class="(\w+)"><th scope="row">[^]*?<\/th><td class="gist">([^<]*)<\/td>/.exec(html);
    expect(row?.[1]).toBe(c.units[0]!.status);
    expect(row?.[2]).toContain('&lt;b&gt;Stadtrat&lt;/b&gt;');
    expect(row?.[2]).toMatch(/…$/);
    expect(row![2]!.replace(/&[a-z]+;/g, 'x').length).toBeLessThanOrEqual(70);
    expect(html).toContain('<span class="sr">Framing difference</span>');
  });

  it('explains its terms: what a unit is, and coverage as units reported of all', () => {
    const c = fixture('kessling-port-strike-en');
    const html = String(<Overview c={c} />);
    expect(html).toContain('A <dfn>unit</dfn> is one fact as the outlets tell it');
    for (const s of c.summary.articles) expect(html).toContain(`Reports ${s.units} of the ${c.summary.units} units (${Math.round(s.coverage * 100)}%)`);
    expect(html).toContain('reports the same facts as this one');
  });

  it('lists distinctive words with their counts, or says there are none', () => {
    const html = String(<Overview c={fixture('budapest-summit-de')} />);
    expect(html).toMatch(/class="term" title="\d+× here; z = \d\.\d\d against the other outlets">kreml <small>\d+×<\/small>/);
  });
});

describe('Overview sections', () => {
  it("lists which section of one outlet covers what another's covers, strongest first, with headings escaped", () => {
    const c = fixture('bergfeld-flood-reorder-de');
    const html = String(<Overview c={c} />);
    expect(html).toContain('<table class="section-links">');
    const shared = [...html.matchAll(/<tr><td>[^]*?<\/td><td>[^]*?<\/td><td>(\d+)<\/td><\/tr>/g)].map((m) => Number(m[1]));
    expect(shared.length).toBe(Math.min(12, c.sectionLinks.length));
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    const headed = c.articles.flatMap((a) => a.sections.filter((s) => s.heading)).map((s) => s.heading!);
    expect(headed.some((h) => html.includes(`<q>${h}</q>`))).toBe(true);
  });

  it('is left out when no article has headings', () => {
    const c = compare([
      { outlet: 'A', text: 'Der Gipfel ist abgesagt. Moskau lobte das Gespräch.' },
      { outlet: 'B', text: 'Der Gipfel findet nicht statt. Washington sprach von Differenzen.' },
    ]);
    expect(String(<Overview c={c} />)).not.toContain('section-links');
  });
});

describe('Aligned view', () => {
  it("says why each unit's sentences were aligned: similarity and shared terms per pair", () => {
    const c = fixture('kessling-port-strike-en');
    const ref = c.articles[0]!.id;
    const html = String(<AlignedView c={c} o={{ ref, status: '', cue: '', units: unitsInReadingOrder(c, ref) }} />);
    const whys = html.match(/<details class="why">/g) ?? [];
    expect(whys.length).toBe(c.units.filter((u) => u.pairs.length > 0).length);
    const pair = c.units.flatMap((u) => u.pairs).find((p) => p.anchors.length > 0)!;
    expect(html).toContain(`similarity ${pair.score.toFixed(2)}; shared: ${pair.anchors.slice(0, 6).join(', ')}`);
  });
});
