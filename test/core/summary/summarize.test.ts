import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/core/compare.js';
import type { Article, Cue, Unit } from '../../../src/core/model.js';
import { summarize } from '../../../src/core/summary/summarize.js';

const text = (outlet: string) =>
  `${outlet} berichtet über das Treffen in Budapest am Dienstag. Die Delegationen kamen am Morgen an.\n\n` +
  `Die Gespräche dauerten bis zum späten Abend. Danach reisten alle Teilnehmer wieder ab.`;

function articles(): Article[] {
  return compare([
    { text: text('Morgenpost'), outlet: 'Morgenpost', id: 'a' },
    { text: text('Rundschau'), outlet: 'Rundschau', id: 'b' },
    { text: text('Dienst'), outlet: 'Dienst', id: 'c' },
  ]).articles;
}

const cue = (kind: Cue['kind'], articleId: string): Cue => ({ kind, articleId, text: 'x', note: 'n' });
const unit = (id: string, sentences: Record<string, string[]>, status: Unit['status'], cues: Cue[] = []): Unit => ({
  id,
  status,
  sentences,
  missingFrom: ['a', 'b', 'c'].filter((a) => !sentences[a]),
  cues,
  pairs: [],
});

describe('summarize', () => {
  const arts = articles();
  // s0/s1 stand in each article's first paragraph (the lede), s2/s3 in the second.
  const units = [
    unit('u1', { a: ['a:s0'], b: ['b:s0'], c: ['c:s0'] }, 'framing', [cue('certainty', 'b'), cue('tone', 'a')]),
    unit('u2', { a: ['a:s1'], b: ['b:s1'] }, 'omission'),
    unit('u3', { b: ['b:s2'], c: ['c:s2'] }, 'framing', [cue('number', 'b'), cue('number', 'c')]),
    unit('u4', { a: ['a:s2'] }, 'exclusive'),
  ];
  const summary = summarize(arts, units);

  it('counts statuses and keeps the consensus core to what every article reports', () => {
    expect(arts.map((a) => a.sections.flatMap((s) => s.sentences).map((s) => `${s.id}@${s.paragraph}`))[0]).toEqual([
      'a:s0@0',
      'a:s1@0',
      'a:s2@1',
      'a:s3@1',
    ]);
    expect(summary.counts).toEqual({ agreement: 0, framing: 2, omission: 1, exclusive: 1 });
    expect(summary.units).toBe(4);
    expect(summary.consensus).toEqual(['u1']);
  });

  it('reports coverage, exclusives, omissions and cue counts per article', () => {
    const [a, b, c] = summary.articles;
    expect(a).toMatchObject({ articleId: 'a', sentences: 4, units: 3, coverage: 0.75, exclusiveUnits: ['u4'], omittedUnits: ['u3'] });
    expect(a!.cueCounts).toEqual({ tone: 1, certainty: 0, attribution: 0, quote: 0, number: 0, label: 0, placement: 0 });
    expect(b).toMatchObject({ units: 3, coverage: 0.75, exclusiveUnits: [], omittedUnits: [] });
    expect(b!.cueCounts.number).toBe(1);
    expect(b!.cueCounts.certainty).toBe(1);
    expect(c).toMatchObject({ units: 2, coverage: 0.5, exclusiveUnits: [], omittedUnits: ['u2'] });
  });

  it('ranks framing differences by the documented formula', () => {
    // u1: certainty 3 + tone 2.5 + 0.25 × 2 cues + 0.5 × (2 articles − 1) + 1 (lede) = 7.5
    // u3: number 2 + 0.25 × 2 cues + 0.5 × (2 articles − 1) + 0 (second paragraph) = 3
    expect(summary.ranking).toEqual([
      { unitId: 'u1', score: 7.5, reason: 'The outlets differ in how certain they sound and their tone. At least one tells it in its first paragraph.' },
      { unitId: 'u3', score: 3, reason: 'The outlets differ in the figures and dates they give.' },
    ]);
  });

  it('gives two-article comparisons no omissions: what one leaves out is the other’s exclusive', () => {
    const two = arts.slice(0, 2);
    const s = summarize(two, [
      { ...unit('u1', { a: ['a:s0'], b: ['b:s0'] }, 'agreement'), missingFrom: [] },
      { ...unit('u2', { a: ['a:s1'] }, 'exclusive'), missingFrom: ['b'] },
    ]);
    expect(s.articles.map((x) => x.omittedUnits)).toEqual([[], []]);
    expect(s.articles.map((x) => x.exclusiveUnits)).toEqual([['u2'], []]);
    expect(s.consensus).toEqual(['u1']);
  });
});
