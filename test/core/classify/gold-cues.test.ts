// Cue recall of classification alone: the fixture sets' gold units are handed to classify() as the
// alignment, so a miss here is classification's own, not an alignment error carried forward.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/classify.js';
import { compare } from '../../../src/core/compare.js';
import type { Alignment, Unit } from '../../../src/core/model.js';
import { defaultThresholds } from '../../../src/core/thresholds.js';
import { loadEventSets, resolveGold } from '../../support/gold.js';

const sets = loadEventSets();

function classifyGold(name: string): { units: Unit[]; missed: string[]; total: number } {
  const set = sets.find((s) => s.name === name)!;
  const comparison = compare(set.articles, { language: set.meta.language });
  const resolved = resolveGold(set.gold, comparison);
  const ids = comparison.articles.map((a) => a.id);
  const alignment: Alignment = {
    units: resolved.units.map((sentences, i) => ({
      id: `g${i}`,
      sentences,
      missingFrom: ids.filter((id) => !sentences[id]),
      pairs: [],
    })),
    sectionLinks: [],
  };
  const units = classify(comparison.articles, alignment, defaultThresholds);
  const missed = set.gold.cues
    .filter(
      (cue) =>
        !units[cue.unit]!.cues.some(
          (c) => c.kind === cue.kind && c.articleId === cue.articleId && c.text.toLowerCase().includes(cue.text.toLowerCase()),
        ),
    )
    .map((cue) => `unit ${cue.unit} ${cue.articleId} ${cue.kind} «${cue.text}»`);
  return { units, missed, total: set.gold.cues.length };
}

// The goal is 80% on every set. The held-out sets written on 2026-11-25 fall short, measured once
// when added (62% and 50%: hedges, attribution phrases and labels the lexicons do not hold yet);
// their floors sit just under that so no change loses ground unnoticed. Raise them, never lower.
// The sets written on 2026-12-01 by an author who had not seen the engine, measured once when
// added: helmsried 47%, tarnholm 41% (loaded words, labels and hedges the lexicons lack). Since
// multi-word vague quantities, more hedges, reported reactions and anonymous sources with their
// introduction: carrow 77%, hohenried 83%; the two new sets unchanged. The five-outlet sets of
// the same day, measured when added: kestenbach 54%, pellbridge 47%. With estimates, findings and
// information as introductions of a source (nach ersten Schätzungen der Feuerwehr, nach Auskunft
// des Landratsamts), industry and security circles as unnamed sources, and belittling particles
// (lediglich, ausgerechnet) as tone: kestenbach 68%, the others unchanged; with framing-only
// label groups (Konzern / Unternehmen, militants / fighters), kestenbach 70%; with sources named
// inside a compound (nach Polizeiangaben), 73%; with criminal groups as labels (gang / criminal
// group), carrow 77 -> 85%, which meets the goal and needs no floor of its own. With the hedge
// before a figure in its cue ("knapp drei", "about 280"): kestenbach 76%, pellbridge 53%,
// tarnholm 48% (held-out figures read as totals only). The two development sets added later that
// day (marlow, ostwald), blind to the engine: 29% and 40% untouched, 45% and 60% once their gold
// cues followed the fixtures' conventions (no cue on one outlet's own material, short cue texts).
// Analysis 0.4.0 (quotations passage by passage, tone compounds and AFINN by strength, own
// sources and spokespeople, multipliers, magnitudes and vague times): marlow 91%, ostwald 80%,
// kestenbach 81%, which meet the goal; held out (totals only) helmsried 56%, pellbridge 58%,
// tarnholm 56%. The two sets added last that day (brackwell, weidenau), blind to the engine: 43%
// and 33% untouched; with times of day, shares, officials, links-not-causes, researchers as a
// label and alarm words, 67% and 47% (held out: helmsried 58%, pellbridge 58%, tarnholm 56%).
// The third pair (harlan, lindholm), blind to the engine: 53% and 50% untouched; with years,
// months with their year, shares in counts, market verbs, surveys, rate rises and car-free labels
// 87% and 80%, which meet the goal (in sample; held out: helmsried 61%).
// The fourth pair (corvin, kirchfeld), blind to the engine: 43% and 67% untouched; with verdicts,
// deception verbs, passengers and faults as labels and shares with an article, 77% and 87%.
// The fifth pair (auenfels, two outlets; dunmore, four), blind to the engine: 51% and 60% untouched.
// The sixth pair (rabenau, greyhaven), blind to the engine: 63% and 44% untouched.
// The seventh round (halvorsen, wiesental), blind to the engine: 60% and 57% untouched.
// Analysis 0.5.0: auenfels 86%, dunmore 84%, halvorsen 83%, wiesental 80%, rabenau 74%, greyhaven
// 70%, brackwell 73%, weidenau 60%, corvin 80%; held out (totals only) helmsried 64%, pellbridge 64%,
// tarnholm 56%, quillon 57%, sonnwalde 68%. Floors just under these.
const recallFloors: Record<string, number> = {
  // Lowered once, on purpose (0.89 -> 0.84): Konjunktiv I against a direct quote of the same
  // speaker is a paraphrase (a quote cue), no hedge; auenfels' 'gehe' and 'hätten' were such cues.
  'auenfels-tarifeinigung-de': 0.84,
  'dunmore-wildfire-en': 0.82,
  'rabenau-haushaltsstreit-de': 0.77,
  'greyhaven-protest-en': 0.68,
  'halvorsen-layoffs-en': 0.83,
  'wiesental-unwetter-de': 0.84,
  // Held out, totals only: 51 -> 57% and 63 -> 68% from the session's start to its end.
  'quillon-outage-en': 0.55,
  'sonnwalde-klinik-de': 0.65,
  // Held out, totals only, measured when added (f8f06e4): 40% and 40%.
  'fernwald-stadion-de': 0.38,
  'ashcombe-measles-en': 0.38,
  // Held out, totals only, measured when added (0e66ee4; unchanged by 0.6.0's cue rules): 39% and 33%.
  'mosbrunn-museumsraub-de': 0.37,
  'velmouth-ferry-en': 0.31,
  'corvin-verdict-en': 0.78,
  'brackwell-byelection-en': 0.75,
  'weidenau-studie-de': 0.61,
  'helmsried-werksschliessung-de': 0.62,
  // Analysis 0.5.1 (an unnamed source with its verb, plural reporting verbs): 64 -> 67%.
  'pellbridge-fares-en': 0.65,
  'tarnholm-ceasefire-en': 0.54,
  // Analysis 0.6.0 (Konjunktiv by position, lower-case offices, German appositions, how a figure
  // and a spokesperson are told) raised the development floors above: auenfels 91%, rabenau 79%,
  // halvorsen 85%, wiesental 86%, brackwell 77%, weidenau 63%. Held-out total unchanged (154/286).
};

describe('cue recall on the gold alignment', () => {
  it.each(sets.map((s) => s.name))('%s: the gold cues are found (80%, or the set\'s floor)', (name) => {
    const { missed, total } = classifyGold(name);
    const recall = (total - missed.length) / total;
    const floor = recallFloors[name] ?? 0.8;
    expect({ recall: recall >= floor ? 'ok' : recall, missed }).toEqual({ recall: 'ok', missed: expect.any(Array) });
  });

  it('lists the cues found per unit (printed for a reader checking precision by eye)', () => {
    const { units } = classifyGold(process.env.CUES_SET ?? 'budapest-summit-de');
    const lines = units.flatMap((u) => u.cues.map((c) => `${u.id} ${c.kind} ${c.articleId} «${c.text}» ${c.note}`));
    if (process.env.CUES_SET) console.log(lines.join('\n'));
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe('an article compared with itself', () => {
  it.each(sets.map((s) => s.name))('%s: every unit of each article against its own copy is an agreement', (name) => {
    const set = sets.find((s) => s.name === name)!;
    for (const input of set.articles) {
      const [original, copy] = compare([input, { ...input, id: 'copy', outlet: 'Copy' }]).articles;
      const pairs = original!.sections.flatMap((s) => s.sentences).map((sentence, i) => ({
        id: `u${i}`,
        sentences: { [original!.id]: [sentence.id], copy: [`copy:s${sentence.index}`] },
        missingFrom: [],
        pairs: [],
      }));
      const units = classify([original!, copy!], { units: pairs, sectionLinks: [] }, defaultThresholds);
      expect(units.filter((u) => u.status !== 'agreement').map((u) => u.cues)).toEqual([]);
    }
  });
});
