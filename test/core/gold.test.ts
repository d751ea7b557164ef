// Scores the real pipeline against the hand-made gold of every fixture event set (issue 4: pair F1
// of at least 0.9 per set; issue 5: the gold cues found).
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import type { Article, Comparison, Cue, Unit } from '../../src/core/model.js';
import { loadEventSets, resolveGold, scoreComparison, unlistedSentences, type Gold, type GoldScore } from '../support/gold.js';

const sets = loadEventSets();
// Compared lazily, so a pipeline that throws fails its own tests, not the scorer's unit tests below.
const comparisons = new Map<string, Comparison>();
const comparisonOf = (name: string): Comparison => {
  let comparison = comparisons.get(name);
  if (!comparison) {
    const set = sets.find((s) => s.name === name)!;
    comparison = compare(set.articles, { language: set.meta.language });
    comparisons.set(name, comparison);
  }
  return comparison;
};
const scores = new Map<string, GoldScore>();
const scoreOf = (name: string): GoldScore => {
  let score = scores.get(name);
  if (!score) {
    const set = sets.find((s) => s.name === name)!;
    score = scoreComparison(set, comparisonOf(name));
    scores.set(name, score);
  }
  return score;
};

const pct = (x: number): string => `${(100 * x).toFixed(0).padStart(3)}%`;

describe('gold event sets', () => {
  it('finds the thirty-three fixture sets, each with articles and gold', () => {
    expect(sets.map((s) => s.name)).toEqual([
      'ashcombe-measles-en',
      'auenfels-tarifeinigung-de',
      'bergfeld-flood-reorder-de',
      'brackwell-byelection-en',
      'budapest-summit-de',
      'carrow-hospital-breach-en',
      'corvin-verdict-en',
      'dunmore-wildfire-en',
      'fernwald-stadion-de',
      'greyhaven-protest-en',
      'halvorsen-layoffs-en',
      'harlan-rate-decision-en',
      'harwick-derailment-en',
      'helmsried-werksschliessung-de',
      'hohenried-windpark-de',
      'kessling-port-strike-en',
      'kestenbach-ammoniak-de',
      'kirchfeld-stellwerk-de',
      'kranzberg-fire-de',
      'lindenau-outage-de',
      'lindholm-innenstadt-de',
      'marlow-manager-sacked-en',
      'mosbrunn-museumsraub-de',
      'ostwald-rueckruf-de',
      'pellbridge-fares-en',
      'quillon-outage-en',
      'rabenau-haushaltsstreit-de',
      'sonnwalde-klinik-de',
      'talheim-bridge-de',
      'tarnholm-ceasefire-en',
      'velmouth-ferry-en',
      'weidenau-studie-de',
      'wiesental-unwetter-de',
    ]);
    for (const set of sets) {
      expect(set.articles.length).toBeGreaterThanOrEqual(2);
      expect(set.gold.units.length).toBeGreaterThan(0);
    }
  });

  it.each(sets.map((s) => s.name))('%s: every gold substring names exactly one sentence, and every sentence is in the gold', (name) => {
    const set = sets.find((s) => s.name === name)!;
    const comparison = comparisonOf(name);
    expect(resolveGold(set.gold, comparison).problems).toEqual([]);
    expect(unlistedSentences(set.gold, comparison)).toEqual([]);
  });

  it('prints the scores', () => {
    const rows = sets.map((set) => {
      const s = scoreOf(set.name);
      return `${set.name.padEnd(28)} P ${pct(s.pairs.precision)} R ${pct(s.pairs.recall)} F1 ${pct(s.pairs.f1)}  omissions ${pct(s.omissionRecall)}  cues ${pct(s.cueRecall)}  exclusives ${pct(s.exclusiveRecall)}`;
    });
    console.log(`gold scores (aligned pairs, omission / cue / exclusive recall)\n${rows.join('\n')}`);
    expect(rows).toHaveLength(sets.length);
  });

  // Issue 4's goal is pair F1 >= 0.9 and cue recall >= 0.8 on every set. Sets that reach it are
  // held to it (or above); the others have floors a little under today's measured figures (pair
  // F1 100 / 83 / 93 / 95 / 71 / 65%, cue recall 100 / 91 / 67 / 91 / 0 / 67%, in the order below), so that
  // no change makes alignment or cue detection worse unnoticed. Raise them as the engine
  // improves; never lower them to pass. After corpus-driven compound splitting and separable
  // verbs (and alignMinScore 0.18 -> 0.14, swept over all sets): kranzberg 71 -> 75%, lindenau
  // 65 -> 83%, the others unchanged.
  const floors: Record<string, { f1: number; cues: number }> = {
    'bergfeld-flood-reorder-de': { f1: 0.98, cues: 0.95 },
    'budapest-summit-de': { f1: 0.82, cues: 0.85 },
    // Held out: written before any tuning; 56% F1 when added, 67% after tuning on the other three
    // sets; a development set since.
    'harwick-derailment-en': { f1: 0.92, cues: 0.65 },
    'kessling-port-strike-en': { f1: 0.93, cues: 0.95 },
    // Second held-out set, written after that and never tuned on (71% F1 when added; 80% with
    // average linkage). Its two gold cues (e2's "Mehr als 140", "teilte … mit") are not found by
    // the cue detectors yet.
    'kranzberg-fire-de': { f1: 0.78, cues: 0.48 },
    // Third held-out set (German), written once the second had been measured: 65% F1 when added.
    'lindenau-outage-de': { f1: 0.81, cues: 0.65 },
    // Fourth held-out set (German), written before corpus-driven compound splitting and separable
    // verbs were built, never tuned on: 86% F1 (P 89%, R 84%) when added, untouched, and 86% after
    // them. Cue recall 100% once its gold cues were corrected (see its README).
    'talheim-bridge-de': { f1: 0.84, cues: 0.8 },
    // Fifth and sixth held-out sets, written on 2026-11-25 by someone who had not seen the
    // engine's code changes that day, 18-25 sentences per article (the earlier sets have 10-16),
    // measured once: carrow 73% F1 (P 69%, R 77%), cue recall 46%; hohenried 44% F1 (P 44%,
    // R 43%), cue recall 42%. Their paraphrases share no content word far more often than the
    // earlier sets', which is the honest estimate of what this lexical engine does on unseen text.
    // With average linkage and the own-account / expert attribution phrases: hohenried 45% F1,
    // cue recall 50%; with vague quantities of several words ("tens of thousands"), hedges such as
    // "believed to", reported reactions (Freude, enttäuscht) and an anonymous source's introduction
    // in its cue ("according to people familiar"): cue recall carrow 62%, hohenried 67%.
    'carrow-hospital-breach-en': { f1: 0.72, cues: 0.67 },
    'hohenried-windpark-de': { f1: 0.43, cues: 0.65 },
    // Seventh and eighth held-out sets, written on 2026-12-01 by an author who had not read the
    // alignment code, measured untouched at 5990d62: tarnholm 73% F1 (P 66%, R 82%), cue recall
    // 41%; helmsried (four outlets) 77% F1 (P 74%, R 81%), cue recall 42%. With average linkage:
    // tarnholm 75% (P 69%, R 82%), cues 41%; helmsried 76% (P 89%, R 67%), cues 39%.
    'tarnholm-ceasefire-en': { f1: 0.74, cues: 0.54 },
    'helmsried-werksschliessung-de': { f1: 0.75, cues: 0.51 },
    // Five outlets each, written on 2026-12-01 blind to the engine, measured when added at
    // 326b2f5: kestenbach (a development set, for tuning on many outlets) 70% F1 (P 64%, R 76%),
    // cue recall 49%; pellbridge (held out) 65% F1 (P 68%, R 63%), cue recall 47%. With the
    // estimates, findings, industry circles and belittling particles: kestenbach cue recall 62%;
    // with framing-only labels and sources named inside a compound, 68% (tarnholm 44 -> 48%);
    // with hedges in number cues, kestenbach 70%, pellbridge 53%, tarnholm 52%.
    'kestenbach-ammoniak-de': { f1: 0.68, cues: 0.71 },
    'pellbridge-fares-en': { f1: 0.63, cues: 0.62 },
    // Four outlets each, development sets written on 2026-12-01 blind to the engine, measured when
    // added at fcf8405: marlow (a football manager sacked) 73% F1 (P 74%, R 72%), ostwald (a
    // bakery's recall) 77% F1 (P 81%, R 74%). Cue recall after their gold cues were brought to
    // the fixtures' conventions (see their READMEs): marlow 24%, ostwald 57%. With quotations
    // compared passage by passage, tone compounds and AFINN by strength, own-source and
    // spokesperson attribution, and multipliers, magnitudes and vague times as figures (analysis
    // 0.4.0): marlow 70%, ostwald 70%, kestenbach 73%, carrow 69%; held out (totals only)
    // pellbridge 58%, tarnholm 56%, helmsried 47%.
    'marlow-manager-sacked-en': { f1: 0.71, cues: 0.68 },
    'ostwald-rueckruf-de': { f1: 0.75, cues: 0.68 },
    // Three outlets each, development sets written later on 2026-12-01 blind to the engine,
    // measured when added at 2956290: brackwell (a by-election) 71% F1 (P 69%, R 73%), cue recall
    // 37%; weidenau (a health study) 62% F1 (P 68%, R 58%), cue recall 30%. With times of day,
    // shares (one in four, a third), officials, links-not-causes, researchers as a label and alarm
    // words: 50% and 43% (helmsried 47 -> 50%).
    'brackwell-byelection-en': { f1: 0.69, cues: 0.55 },
    'weidenau-studie-de': { f1: 0.6, cues: 0.51 },
    // The third pair of that day (a central bank's rate decision, en; a car-free old town, de),
    // measured when added at 7c9c388: harlan 76% F1 (P 76%, R 76%), cue recall 47%; lindholm 71%
    // F1 (P 85%, R 61%), cue recall 40%. With years, months with their year, shares in counts,
    // market verbs, surveys, rate rises and car-free labels: 77% and 70% (weidenau 43 -> 47%).
    'harlan-rate-decision-en': { f1: 0.74, cues: 0.78 },
    'lindholm-innenstadt-de': { f1: 0.69, cues: 0.68 },
    // The fourth pair of that day (a fraud verdict, en; a signal-box failure, de), measured when
    // added at 9959f81: corvin 58% F1 (P 63%, R 54%), cue recall 40%; kirchfeld 70% F1 (P 77%,
    // R 64%), cue recall 57%. With verdicts, deception verbs, passengers and faults as labels,
    // shares with an article (four of the seven), parts of a month and a few loaded words: 53% and 67%.
    'corvin-verdict-en': { f1: 0.56, cues: 0.51 },
    'kirchfeld-stellwerk-de': { f1: 0.68, cues: 0.65 },
    // The fifth round (a wage deal told by two outlets, de: the two-text case; a wildfire told by
    // four, en), measured when added at a0adbcf: auenfels 55% F1 (P 64%, R 47%), cue recall 37%;
    // dunmore 50% F1 (P 49%, R 51%), cue recall 47%.
    'auenfels-tarifeinigung-de': { f1: 0.53, cues: 0.58 },
    'dunmore-wildfire-en': { f1: 0.48, cues: 0.58 },
    // The sixth round (a budget dispute, de; clashes at a protest march, en), measured when added at
    // e4eaeb9: rabenau 47% F1 (P 63%, R 38%), cue recall 37%; greyhaven 74% F1 (P 75%, R 72%), cue
    // recall 42%.
    'rabenau-haushaltsstreit-de': { f1: 0.45, cues: 0.4 },
    'greyhaven-protest-en': { f1: 0.72, cues: 0.51 },
    // The seventh round (job cuts beside record profits, en), measured when added at 2628e2f: 81% F1
    // (P 90%, R 74%), cue recall 45%.
    'halvorsen-layoffs-en': { f1: 0.79, cues: 0.55 },
    // The seventh round's German set (a storm with flash floods, four outlets), measured when added at
    // 3a67316: 77% F1 (P 73%, R 83%), cue recall 57%.
    'wiesental-unwetter-de': { f1: 0.75, cues: 0.73 },
    // Analysis 0.5.0 (dates, ranges and floors among the figures; speakers named before the verb;
    // titles of people; emphasis, belittling and outrage words; plain news senses left out): the
    // cue floors above were raised to just under the figures it reads (held out: helmsried 50 ->
    // 53%, pellbridge 58 -> 64%, tarnholm 56%).
    // Two held-out sets written on 2026-12-01 blind to the engine, never tuned on, measured by totals
    // at the session's start (8395375) and end (c691887): quillon 68% F1 (P 85%, R 56%) both times,
    // cue recall 32 -> 35%; sonnwalde 55% F1 (P 62%, R 50%) both times, cue recall 48 -> 50%.
    'quillon-outage-en': { f1: 0.66, cues: 0.33 },
    // Lowered once, on purpose (0.48 -> 0.46): analysis 0.6.0 no longer reads Konjunktiv I as a
    // hedge against an outlet that quotes the speaker (a precision audit of the development sets
    // judged such cues wrong); the set's engine cue recall went 50 -> 47.5%, one cue, by total.
    'sonnwalde-klinik-de': { f1: 0.53, cues: 0.46 },
    // Two more held-out sets written on 2026-12-01 (a later session) blind to the engine, never
    // tuned on, measured by totals when added (f8f06e4): fernwald 80% F1 (P 92%, R 71%), cue recall
    // 24%; ashcombe 61% F1 (P 61%, R 60%), cue recall 33%.
    'fernwald-stadion-de': { f1: 0.78, cues: 0.22 },
    'ashcombe-measles-en': { f1: 0.59, cues: 0.31 },
    // Two more held-out sets written on 2026-12-01 (session 8) blind to the engine, never tuned on,
    // measured by totals when added (0e66ee4, and unchanged after that session's cue rules):
    // mosbrunn 66% F1 (P 87%, R 53%), cue recall 24%; velmouth 71% F1 (P 85%, R 61%), cue recall 25%.
    'mosbrunn-museumsraub-de': { f1: 0.64, cues: 0.22 },
    'velmouth-ferry-en': { f1: 0.69, cues: 0.23 },
  };
  const floorOf = (name: string) => floors[name] ?? { f1: 0.9, cues: 0.8 };

  it.each(sets.map((s) => s.name))('%s: aligned-pair F1 stays at or above its floor', (name) => {
    const s = scoreOf(name);
    const floor = floorOf(name).f1;
    expect({ f1: s.pairs.f1 >= floor ? 'ok' : s.pairs.f1, missed: s.misses.pairs, extra: s.misses.extraPairs }).toEqual({
      f1: 'ok',
      missed: expect.any(Array),
      extra: expect.any(Array),
    });
  });

  it.each(sets.map((s) => s.name))('%s: gold cue recall stays at or above its floor', (name) => {
    const s = scoreOf(name);
    const floor = floorOf(name).cues;
    expect({ cueRecall: s.cueRecall >= floor ? 'ok' : s.cueRecall, missed: s.misses.cues }).toEqual({
      cueRecall: 'ok',
      missed: expect.any(Array),
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The scorer itself, on a hand-made comparison whose figures are worked out by hand below.
// ---------------------------------------------------------------------------------------------

function article(id: string, texts: string[]): Article {
  return {
    id,
    outlet: id,
    title: null,
    url: null,
    date: null,
    format: 'text',
    language: 'en',
    body: texts.join(' '),
    titleSpan: null,
    paragraphCount: 1,
    sections: [
      {
        id: `${id}:h0`,
        heading: null,
        headingSpan: null,
        sentences: texts.map((text, index) => ({ id: `${id}:s${index}`, text, start: 0, end: 0, index, paragraph: 0 })),
      },
    ],
  };
}

function unit(id: string, sentences: Record<string, string[]>, missingFrom: string[], cues: Cue[] = []): Unit {
  const status = Object.keys(sentences).length === 1 ? 'exclusive' : 'omission';
  return { id, status, sentences, missingFrom, cues, pairs: [] };
}

const handMade: Comparison = {
  analysisVersion: 'test',
  articles: [
    article('x', ['Alpha one.', 'Beta two.', 'Gamma three.']),
    article('y', ['Alpha again.', 'Beta again.', 'Delta only.']),
    article('z', ['Alpha thrice.', 'Gamma too.']),
  ],
  units: [
    unit('u1', { x: ['x:s0'], y: ['y:s0'] }, ['z'], [{ kind: 'tone', articleId: 'x', text: 'Harsh words', note: '' }]),
    unit('u2', { z: ['z:s0'] }, ['x', 'y'], [{ kind: 'certainty', articleId: 'x', text: 'reportedly', note: '' }]),
    unit('u3', { x: ['x:s1'], y: ['y:s1', 'y:s2'] }, ['z'], [{ kind: 'label', articleId: 'y', text: '3', note: '' }]),
    unit('u4', { x: ['x:s2'] }, ['y', 'z']),
    unit('u5', { z: ['z:s1'] }, ['x', 'y']),
  ],
  sectionLinks: [],
  summary: {
    counts: { agreement: 0, framing: 0, omission: 0, exclusive: 0 },
    units: 0,
    consensus: [],
    articles: [],
    ranking: [],
  },
};

const handGold: Gold = {
  units: [
    { note: 'alpha', sentences: { x: ['Alpha one'], y: ['Alpha again'], z: ['Alpha thrice'] } },
    { note: 'beta', sentences: { x: ['Beta two'], y: ['Beta again'] } },
    { note: 'gamma', sentences: { x: ['Gamma three'], z: ['Gamma too'] } },
    { note: 'delta', sentences: { y: ['Delta'] } },
  ],
  omissions: [
    { unit: 1, missingFrom: ['z'] },
    { unit: 2, missingFrom: ['y'] },
  ],
  cues: [
    { kind: 'tone', articleId: 'x', text: 'harsh', unit: 0 },
    { kind: 'number', articleId: 'y', text: '3', unit: 1 },
    { kind: 'certainty', articleId: 'z', text: 'reportedly', unit: 0 },
  ],
};

describe('scoreComparison', () => {
  it('scores pairs, omissions, cues and exclusives as computed by hand', () => {
    // Gold pairs: x0-y0, x0-z0, y0-z0, x1-y1, x2-z1 (5). Predicted: x0-y0, x1-y1, x1-y2 (3), 2 right.
    // P = 2/3, R = 2/5, F1 = 2·(2/3)·(2/5) / (2/3 + 2/5) = 1/2.
    const s = scoreComparison({ gold: handGold }, handMade);
    expect(s.pairs).toEqual({ precision: 2 / 3, recall: 2 / 5, f1: expect.closeTo(0.5, 12), gold: 5, predicted: 3, truePositives: 2 });
    // Beta is aligned in u3 which lists z as missing; gamma was never aligned, so its omission is not credited.
    expect(s.omissionRecall).toBe(1 / 2);
    expect(s.misses.omissions).toEqual(['unit 2 (gamma): not missing from y']);
    // tone/x «Harsh words» contains «harsh»; y's «3» has the wrong kind; «reportedly» is on the wrong article.
    expect(s.cueRecall).toBe(1 / 3);
    expect(s.misses.cues).toEqual(['unit 1 y number «3»', 'unit 0 z certainty «reportedly»']);
    // Delta (y:s2) was wrongly put next to x's beta sentence.
    expect(s.exclusiveRecall).toBe(0);
    expect(s.misses.extraPairs).toEqual(['x:s1 «Beta two.» ~ y:s2 «Delta only.»']);
    expect(s.misses.pairs).toHaveLength(3);
  });

  it('refuses a gold whose substrings name no sentence, several sentences, or one sentence twice', () => {
    const broken: Gold = {
      units: [
        { note: 'none', sentences: { x: ['Epsilon'] } },
        { note: 'several', sentences: { y: ['again'] } },
        { note: 'twice', sentences: { z: ['Gamma', 'too'] } },
      ],
      omissions: [],
      cues: [],
    };
    expect(resolveGold(broken, handMade).problems).toEqual([
      'unit 0 x: «Epsilon» matches 0 sentences',
      'unit 1 y: «again» matches 2 sentences',
      'unit 2 z: «too» is the sentence already given for unit 2',
    ]);
    expect(() => scoreComparison({ gold: broken }, handMade)).toThrow(/matches 0 sentences/);
  });

  it('gives a perfect score when the comparison groups sentences exactly as the gold does', () => {
    const exact: Comparison = {
      ...handMade,
      units: [
        unit('u1', { x: ['x:s0'], y: ['y:s0'], z: ['z:s0'] }, [], [
          { kind: 'tone', articleId: 'x', text: 'harsh', note: '' },
          { kind: 'certainty', articleId: 'z', text: 'Reportedly', note: '' },
        ]),
        unit('u2', { x: ['x:s1'], y: ['y:s1'] }, ['z'], [{ kind: 'number', articleId: 'y', text: 'about 3', note: '' }]),
        unit('u3', { x: ['x:s2'], z: ['z:s1'] }, ['y']),
        unit('u4', { y: ['y:s2'] }, ['x', 'z']),
      ],
    };
    const s = scoreComparison({ gold: handGold }, exact);
    expect([s.pairs.precision, s.pairs.recall, s.pairs.f1, s.omissionRecall, s.cueRecall, s.exclusiveRecall]).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
