// Diagnostic for alignment quality: per fixture set, pair P/R/F1 and every missed and extra pair
// with its sentence texts and similarity score; with --sweep, F1 of all sets together over a grid
// of thresholds (thresholds are tuned on all sets at once, never on one).
//   npx tsx test/support/gold-report.ts [--sweep [--all]] [--quiet] [set-name ...]
// (--all: sweep the held-out sets too, which then stop being held out)
import { compare } from '../../src/core/compare.js';
import { alignTuning, vectorize, similarity } from '../../src/core/align/similarity.js';
import type { Thresholds } from '../../src/core/thresholds.js';
import { loadEventSets, scoreComparison, type EventSet } from './gold.js';

const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const quiet = args.includes('--quiet');
const names = args.filter((a) => !a.startsWith('--'));
// A sweep chooses thresholds, so it leaves out the sets kept for measuring (meta.json heldOut).
const sets = loadEventSets().filter(
  (s) => (names.length === 0 || names.includes(s.name)) && !(sweep && s.meta.heldOut && !args.includes('--all')),
);
const pct = (x: number): string => `${(100 * x).toFixed(0).padStart(3)}%`;

function run(set: EventSet, thresholds: Partial<Thresholds> = {}) {
  const comparison = compare(set.articles, { language: set.meta.language, thresholds });
  return { comparison, score: scoreComparison(set, comparison) };
}

if (sweep) {
  // The compound part weight is swept with the thresholds (--parts=0.4,0.6 to choose values).
  const partsArg = args.find((a) => a.startsWith('--parts='));
  const partWeights = partsArg ? partsArg.slice(8).split(',').map(Number) : [alignTuning.compoundPartWeight];
  const rows: Array<{ part: number; min: number; extra: number; f1s: number[]; mean: number; worst: number }> = [];
  for (const part of partWeights) {
    alignTuning.compoundPartWeight = part;
    for (let min = 0.1; min <= 0.32; min += 0.02) {
      for (let extra = 0.08; extra <= min + 1e-9; extra += 0.02) {
        const f1s = sets.map((s) => run(s, { alignMinScore: min, alignExtraMinScore: extra }).score.pairs.f1);
        rows.push({ part, min, extra, f1s, mean: f1s.reduce((a, b) => a + b, 0) / f1s.length, worst: Math.min(...f1s) });
      }
    }
  }
  // By mean F1 over all sets (the worst set alone would let one hard set pick the thresholds).
  rows.sort((a, b) => b.mean - a.mean || b.worst - a.worst);
  console.log(`part  min   extra  worst  mean  ${sets.map((s) => s.name.slice(0, 12)).join(' ')}`);
  for (const r of rows.slice(0, 20)) {
    console.log(`${r.part.toFixed(2)}  ${r.min.toFixed(2)}  ${r.extra.toFixed(2)}  ${pct(r.worst)}  ${pct(r.mean)}  ${r.f1s.map(pct).join('         ')}`);
  }
} else {
  for (const set of sets) {
    const { comparison, score } = run(set);
    const s = score.pairs;
    console.log(`\n== ${set.name}  P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, right ${s.truePositives})`);
    if (quiet) continue;
    const vectors = vectorize(comparison.articles);
    const byId = new Map(vectors.map((v) => [v.sentence.id, v]));
    const scoreOf = (line: string): string => {
      const ids = [...line.matchAll(/(\w+:s\d+) «/g)].map((m) => m[1]!);
      const [a, b] = ids.map((id) => byId.get(id)!);
      return a && b ? similarity(a, b).toFixed(3) : '?';
    };
    for (const line of score.misses.pairs) console.log(`  MISS  ${scoreOf(line)}  ${line}`);
    for (const line of score.misses.extraPairs) console.log(`  EXTRA ${scoreOf(line)}  ${line}`);
  }
}
