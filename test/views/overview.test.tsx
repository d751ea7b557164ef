import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { Overview } from '../../views/comparison.js';

function fixture(set: string) {
  const meta = JSON.parse(readFileSync(`fixtures/events/${set}/meta.json`, 'utf8')) as { articles: Array<{ file: string; outlet: string; id: string }> };
  return compare(meta.articles.map((a) => ({ outlet: a.outlet, id: a.id, text: readFileSync(`fixtures/events/${set}/${a.file}`, 'utf8') })));
}

describe('Overview', () => {
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

  it('lists distinctive words with their counts, or says there are none', () => {
    const html = String(<Overview c={fixture('budapest-summit-de')} />);
    expect(html).toMatch(/class="term" title="\d+× here; z = \d\.\d\d against the other outlets">kreml <small>\d+×<\/small>/);
  });
});
