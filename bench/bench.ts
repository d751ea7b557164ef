// `npm run bench`: speed and memory of compare() on synthetic articles, then the HTTP load test.
// Medians over several runs, since the machine is shared and noisy; targets from issue 4.
import { diffWords } from 'diff';
import { align } from '../src/core/align/align.js';
import { compare } from '../src/core/compare.js';
import { ingest } from '../src/core/ingest/ingest.js';
import type { ArticleInput } from '../src/core/model.js';
import { segment } from '../src/core/segment/segment.js';
import { defaultThresholds } from '../src/core/thresholds.js';
import { printLoad, runLoad } from './load.js';

/** A small seeded PRNG (mulberry32), so every run benchmarks the same articles. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = ['Der Stadtrat', 'Die Regierung', 'Der Minister', 'Die Gewerkschaft', 'Das Gericht', 'Die Polizei', 'Der Konzern', 'Die Opposition'];
const verbs = ['beschloss', 'kritisierte', 'prüfte', 'verschob', 'bestätigte', 'lehnte'];
const objects = ['den Haushalt', 'das Bauprojekt', 'die Reform', 'den Vertrag', 'die Abstimmung', 'das Verfahren', 'die Förderung'];
const places = ['Hamburg', 'Leipzig', 'Köln', 'Dresden', 'Bremen', 'Mainz', 'Kiel', 'Erfurt', 'Potsdam', 'Ulm'];

/** A pool of facts; each article reports ~60% of them in its own wording and order, plus own material. */
function makeArticles(count: number, wordsEach: number, seed = 7): ArticleInput[] {
  const random = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const facts = Array.from({ length: 400 }, (_, i) => ({
    subject: pick(subjects),
    verb: pick(verbs),
    object: pick(objects),
    place: pick(places),
    number: 10 + i * 7,
    day: pick(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag']),
  }));
  return Array.from({ length: count }, (_, a) => {
    const sentences: string[] = [];
    let words = 0;
    let own = 0;
    while (words < wordsEach) {
      let sentence: string;
      if (random() < 0.6) {
        const f = facts[Math.floor(random() * facts.length)]!;
        sentence =
          random() < 0.5
            ? `${f.subject} in ${f.place} ${f.verb} am ${f.day} ${f.object} mit ${f.number} Stimmen.`
            : `Am ${f.day} ${f.verb} ${f.subject.toLowerCase()} ${f.object} in ${f.place}, ${f.number} Stimmen dafür.`;
      } else {
        own += 1;
        sentence = `Redaktion ${a} berichtet zusätzlich über ${pick(objects)} Nummer ${own} in ${pick(places)} und Umgebung.`;
      }
      sentences.push(sentence);
      words += sentence.split(' ').length;
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    return { outlet: `Outlet ${a + 1}`, text: `Bericht ${a + 1}\n\n${paragraphs.join('\n\n')}` };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, work: () => void): number {
  work(); // warm-up: caches and JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const gc = (globalThis as { gc?: () => void }).gc;

function peakMemory(work: () => void): { rssMb: number; heapMb: number } {
  gc?.();
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  work();
  const m = process.memoryUsage();
  clearInterval(timer);
  return { rssMb: Math.max(rss, m.rss) / 2 ** 20, heapMb: Math.max(heap, m.heapUsed) / 2 ** 20 };
}

const runs = Number(process.env.BENCH_RUNS ?? 7);
console.log(`storydiff bench: medians over ${runs} runs (Node ${process.version})\n`);
console.log('articles × words   compare ms   align ms');
const medians = new Map<number, number>();
for (const count of [2, 10, 20, 50]) {
  const inputs = makeArticles(count, 2000);
  const compareMs = time(count >= 50 ? Math.min(runs, 3) : runs, () => compare(inputs));
  const segmented = inputs.map((input, i) => segment(ingest(input, i)));
  const alignMs = time(runs, () => align(segmented, defaultThresholds));
  medians.set(count, compareMs);
  console.log(`${String(count).padStart(8)} × 2000 ${compareMs.toFixed(1).padStart(12)} ${alignMs.toFixed(1).padStart(10)}`);
}

const [a, b] = makeArticles(2, 2000);
const jsdiffMs = time(3, () => diffWords(a!.text, b!.text));
const twoMs = medians.get(2)!;
const memory = peakMemory(() => compare(makeArticles(50, 2000)));

console.log('\ntargets');
console.log(`10 × 2000 compare:            ${medians.get(10)!.toFixed(1)} ms (target < 100 ms)`);
console.log(`20 × 2000 / 10 × 2000:        ${(medians.get(20)! / medians.get(10)!).toFixed(2)} (target <= 2.2)`);
console.log(`2 × 2000 compare / diffWords: ${twoMs.toFixed(1)} ms / ${jsdiffMs.toFixed(1)} ms = 1/${(jsdiffMs / twoMs).toFixed(1)} (target <= 1/20)`);
console.log(`50 × 2000 peak memory:        rss ${memory.rssMb.toFixed(0)} MB, heap ${memory.heapMb.toFixed(0)} MB (target < 300 MB)`);

if (process.env.BENCH_LOAD !== '0') printLoad(await runLoad());
