// Peak memory of one compare() of 50 × 2,000 words, run by bench.ts in a fresh process so the
// figure is not inflated by the heap the timing runs left behind. Prints JSON.
import { compare } from '../src/core/compare.js';
import { makeArticles, makeTemplateArticles } from './synthetic.js';

const inputs = (process.argv[2] === 'template' ? makeTemplateArticles : makeArticles)(50, 2000);
let heap = process.memoryUsage().heapUsed;
const timer = setInterval(() => (heap = Math.max(heap, process.memoryUsage().heapUsed)), 5);
// The sampler only runs between tasks, so sample once more with the result still alive.
const result = compare(inputs);
heap = Math.max(heap, process.memoryUsage().heapUsed);
clearInterval(timer);
console.log(JSON.stringify({ units: result.units.length, rssMb: process.resourceUsage().maxRSS / 1024, heapMb: heap / 2 ** 20 }));
