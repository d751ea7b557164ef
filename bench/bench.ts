// `npm run bench`: speed and memory of compare() on synthetic articles, then the HTTP load test.
// Medians over several runs, since the machine is shared and noisy; targets from issue 4.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { align } from '../src/core/align/align.js';
import { compare } from '../src/core/compare.js';
import { diffWords as wordDiff } from '../src/core/diff/word-diff.js';
import { ingest } from '../src/core/ingest/ingest.js';
import { segment } from '../src/core/segment/segment.js';
import { defaultThresholds } from '../src/core/thresholds.js';
import { printLoad, runLoad } from './load.js';
import { printPages, runPages } from './pages.js';
import { scoreSynthetic } from './synthetic-score.js';
import { makeArticles as realistic, makeTemplateArticles } from './synthetic.js';

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, work: () => void): number {
  work(); // warm-up: caches and JIT
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const runs = Number(process.env.BENCH_RUNS ?? 9);
// BENCH_DATA=template measures the first bench's template sentences (see synthetic.ts).
const template = process.env.BENCH_DATA === 'template';
const makeArticles = template ? makeTemplateArticles : realistic;
console.log(`storydiff bench: medians over ${runs} runs (Node ${process.version}), ${template ? 'template' : 'realistic'} data\n`);
console.log('articles × words   sentences   units   compare ms   align ms   per 1000 sentences');
const medians = new Map<number, number>();
const alignMedians = new Map<number, number>();
// A server compares warm: without this the first row measured code the JIT had not yet compiled
// (2 x 2000 read 337 ms before and 61 ms after the larger runs).
for (let i = 0; i < 3; i++) compare(makeArticles(10, 2000, 99));
const counts = [2, 10, 20, 50];
const cases = counts.map((count) => {
  const inputs = makeArticles(count, 2000);
  const result = compare(inputs);
  const segmented = inputs.map((input, i) => segment(ingest(input, i)));
  align(segmented, defaultThresholds);
  return { count, inputs, result, segmented, compareMs: [] as number[], alignMs: [] as number[] };
});
// The sizes take turns, run after run: the machine is shared, and a slow spell then slows every
// size alike instead of one, so the ratios between sizes hold still better than the times.
// jsdiff's diffWords over two 2,000-word texts takes its turn too: issue 4 gives it as about 900 ms
// on the machine its targets were set on, so it is the yardstick that scales this machine's
// times to that one (see `atReferenceSpeed`).
const [a, b] = makeArticles(2, 2000);
diffWords(a!.text, b!.text);
const jsdiffRounds: number[] = [];
const rounds = runs;
for (let r = 0; r < rounds; r++) {
  for (const c of cases) {
    if (template && c.count >= 50 && r >= 3) continue;
    let start = performance.now();
    c.result = compare(c.inputs);
    c.compareMs.push(performance.now() - start);
    start = performance.now();
    align(c.segmented, defaultThresholds);
    c.alignMs.push(performance.now() - start);
  }
  // Last in the round: its garbage is collected during the 2-article run, no target of its own.
  const jsdiffStart = performance.now();
  diffWords(a!.text, b!.text);
  jsdiffRounds.push(performance.now() - jsdiffStart);
}
for (const c of cases) {
  const compareMs = median(c.compareMs);
  const alignMs = median(c.alignMs);
  medians.set(c.count, compareMs);
  alignMedians.set(c.count, alignMs);
  const sentences = c.result.articles.reduce((n, a) => n + a.sections.reduce((m, s) => m + s.sentences.length, 0), 0);
  console.log(
    `${String(c.count).padStart(8)} × 2000 ${String(sentences).padStart(11)} ${String(c.result.units.length).padStart(7)} ` +
      `${compareMs.toFixed(1).padStart(12)} ${alignMs.toFixed(1).padStart(10)} ${((compareMs / sentences) * 1000).toFixed(1).padStart(17)} ms`,
  );
}

// What the pair view shows for two articles: the comparison plus the word diff of every unit both
// report, against a plain jsdiff diffWords of the two whole texts.
const jsdiffMs = median(jsdiffRounds);
const twoMs = time(runs, () => {
  const c = compare([a!, b!]);
  const byId = new Map(c.articles.flatMap((x) => x.sections.flatMap((s) => s.sentences)).map((s) => [s.id, s]));
  for (const unit of c.units) {
    const [x, y] = c.articles.map((article) => unit.sentences[article.id] ?? []);
    if (x!.length === 0 || y!.length === 0) continue;
    const text = (ids: string[]) => ids.map((id) => byId.get(id)!.text).join(' ');
    wordDiff(text(x!), text(y!), { maxEditLength: 2000 }); // as the pair view diffs
  }
});
const memory = JSON.parse(
  execFileSync(process.execPath, [fileURLToPath(new URL('./memory.js', import.meta.url)), template ? 'template' : 'realistic'], { encoding: 'utf8' }),
) as { rssMb: number; heapMb: number };

const ratio = (m: Map<number, number>, n: number) => (m.get(n)! / m.get(10)!).toFixed(2);
console.log('\ntargets (whole compare; the alignment engine alone in brackets)');
// The fastest run beside the median: on a shared machine the median moves with the neighbours'
// load (the same build read 95–125 ms on one evening), the fastest run much less.
const fastest = new Map(cases.map((c) => [c.count, Math.min(...c.compareMs)]));
const fastest10 = fastest.get(10)!;
console.log(`10 × 2000:                    ${medians.get(10)!.toFixed(1)} ms (${alignMedians.get(10)!.toFixed(1)} ms), fastest run ${fastest10.toFixed(1)} ms (target < 100 ms)`);
// The same figure on the machine: each round's 10-article compare over that round's jsdiff
// time, times the 900 ms the issue measured there. A round's two timings share the machine's spell,
// so the ratio holds when the shared machine runs slow (jsdiff here read 930–2,040 ms).
const referenceJsdiffMs = 900;
const cases10 = cases.find((c) => c.count === 10)!;
const atReferenceSpeed = median(cases10.compareMs.map((ms, r) => (ms / jsdiffRounds[r]!) * referenceJsdiffMs));
console.log(`10 × 2000 at the issue's speed: ${atReferenceSpeed.toFixed(1)} ms (scaled by jsdiff, ${jsdiffMs.toFixed(0)} ms here, 900 ms there; target < 100 ms)`);
// Ratios of the fastest runs too: the neighbours' load moves the medians of the sizes apart.
console.log(`20 × 2000 / 10 × 2000:        ${ratio(medians, 20)} (${ratio(alignMedians, 20)}), fastest runs ${ratio(fastest, 20)} (target <= 2.2)`);
console.log(`50 × 2000 / 10 × 2000:        ${ratio(medians, 50)} (${ratio(alignMedians, 50)}), fastest runs ${ratio(fastest, 50)} (linear: 5)`);
console.log(`2 × 2000 compare + word diffs / jsdiff diffWords: ${twoMs.toFixed(1)} ms / ${jsdiffMs.toFixed(1)} ms = 1/${(jsdiffMs / twoMs).toFixed(1)} (target <= 1/20)`);
console.log(`50 × 2000 peak memory (own process): rss ${memory.rssMb.toFixed(0)} MB, heap ${memory.heapMb.toFixed(0)} MB (target < 300 MB)`);

if (!template) {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log('\nsynthetic alignment (the generator knows each sentence\'s fact): pair precision / recall / F1');
  for (const count of [10, 20, 50]) {
    const s = scoreSynthetic(count);
    console.log(`${String(count).padStart(8)} × 2000   ${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.f1)}`);
  }
}

printPages(await runPages());
if (process.env.BENCH_LOAD !== '0') printLoad(await runLoad());
