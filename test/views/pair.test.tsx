// The pair view on two texts that each tell a fact the other leaves out: the reader comparing two
// outlets sees what both report, and in its place what only one of them reports.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { pairRows } from '../../src/core/present/pair-rows.js';
import { PairView } from '../../views/pair.js';

const a = [
  'Ein Großbrand hat am Donnerstag eine Lagerhalle im Gewerbegebiet Ost zerstört.',
  'Rund 150 Einsatzkräfte der Feuerwehr waren bis in die Nacht im Einsatz.',
  'Der Betreiber wollte sich zur Ursache des Feuers zunächst nicht äußern.',
].join('\n\n');
const b = [
  'Im Gewerbegebiet Ost ist am Donnerstag eine Lagerhalle bei einem Großbrand vollständig zerstört worden.',
  'Zwei Feuerwehrleute erlitten bei den Löscharbeiten leichte Rauchvergiftungen.',
  'Mehr als 140 Einsatzkräfte der Feuerwehr kämpften bis in die Nacht gegen die Flammen.',
].join('\n\n');

describe('PairView', () => {
  it('shows the facts only one outlet reports, marked "not reported" for the other, and counts them', () => {
    const c = compare([
      { text: a, outlet: 'Anzeiger', id: 'a1' },
      { text: b, outlet: 'Rundschau', id: 'a2' },
    ]);
    const rows = pairRows(c, 'a1', 'a2');
    const html = String(<PairView id="x" articles={c.articles} a="a1" b="a2" rows={rows} />);
    const onlyA = rows.filter((r) => r.only === 'a').length;
    const onlyB = rows.filter((r) => r.only === 'b').length;
    expect(onlyA).toBeGreaterThan(0);
    expect(onlyB).toBeGreaterThan(0);
    expect(html).toContain(`${rows.length - onlyA - onlyB} facts both report; ${onlyA} only Anzeiger reports; ${onlyB} only Rundschau reports.`);
    // The operator's silence is Anzeiger's alone, the injured firefighters Rundschau's.
    const rowOf = (words: string) => html.slice(html.lastIndexOf('<tr', html.indexOf(words)), html.indexOf('</tr>', html.indexOf(words)));
    expect(rowOf('Der Betreiber wollte')).toContain('not reported');
    expect(rowOf('Der Betreiber wollte')).toContain('only Anzeiger reports this');
    expect(rowOf('Zwei Feuerwehrleute erlitten')).toContain('only Rundschau reports this');
    expect(html.match(/class="not-reported">not reported</g)?.length).toBe(onlyA + onlyB);
  });
});
