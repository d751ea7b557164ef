// `npm run build && node --cpu-prof --cpu-prof-dir=prof dist/bench/profile.js [articles] [runs]`:
// compare() on synthetic articles in a loop, for a CPU profile without the bench's other parts.
import { compare } from '../src/core/compare.js';
import { makeArticles } from './synthetic.js';

const count = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 10);
const inputs = makeArticles(count, 2000);
const start = performance.now();
for (let i = 0; i < runs; i++) compare(inputs);
console.log(`${count} × 2000: ${((performance.now() - start) / runs).toFixed(1)} ms per compare`);
