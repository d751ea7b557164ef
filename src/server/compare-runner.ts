// Comparisons run in a worker thread, so page views stay fast while a 20-article comparison is
// computed, and so creations are served in arrival order. Small ones used to run inline: under 64
// concurrent creations that interleaved 15-45 ms blocks of analysis with the request parsing of
// the others, and some waited over 10 s (p99 8.4 s, 14 timeouts in 10 s); through the worker's
// queue p99 was 1.1 s with no timeout, at more requests/s (95 vs 81), the second core doing the work.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import { InputError } from '../core/errors.js';
import type { ArticleInput, CompareOptions, Comparison } from '../core/model.js';


interface Pending {
  resolve(c: Comparison): void;
  reject(e: unknown): void;
}

/** tsx's ESM loader API as a file URL (its package exports map 'import' to index.mjs). */
function tsxEsmApi(): string {
  const cjsEntry = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjsEntry.replace(/index\.cjs$/, 'index.mjs')).href;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  // From dist/ the worker is plain JS; under tsx or vitest it is the .ts source, loaded through tsx.
  // Node 20 does not apply `--import tsx` to a worker's entry file, so the source variant starts
  // from a tiny script that registers tsx's loader first.
  const fromSource = import.meta.url.endsWith('.ts');
  const w = fromSource
    ? new Worker(
        `import(${JSON.stringify(tsxEsmApi())})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./compare-worker.ts', import.meta.url).href)}); });`,
        { eval: true },
      )
    : new Worker(new URL('./compare-worker.js', import.meta.url));
  w.on('message', (msg: { id: number; comparison?: Comparison; error?: string; inputError?: { problems: InputError['problems']; status: InputError['status'] } | null }) => {
    const job = pending.get(msg.id);
    if (!job) return;
    pending.delete(msg.id);
    refWhileBusy();
    if (msg.comparison) job.resolve(msg.comparison);
    else if (msg.inputError) job.reject(new InputError(msg.inputError.problems, msg.inputError.status));
    else job.reject(new Error(msg.error));
  });
  w.on('error', (error) => failAll(error));
  w.on('exit', () => {
    worker = null;
    failAll(new Error('the compare worker stopped'));
  });
  // An idle worker must not keep a finished process (a script, the bench) alive; a busy one must,
  // or the process could exit with a comparison still owed. refWhileBusy() switches between both.
  w.unref();
  return w;
}

const idleWaiters: Array<() => void> = [];

function refWhileBusy(): void {
  if (pending.size === 0) for (const done of idleWaiters.splice(0)) done();
  if (!worker) return;
  if (pending.size > 0) worker.ref();
  else worker.unref();
}

/** Resolves once no comparison is owed (e.g. before closing the store a server wrote to). */
export function whenIdle(): Promise<void> {
  return pending.size === 0 ? Promise.resolve() : new Promise((done) => idleWaiters.push(done));
}

function failAll(error: unknown): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  refWhileBusy();
}

/** Compares in the worker; 'inline' (tests, to check both give the same) runs on this thread. */
export function runCompare(inputs: ArticleInput[], options: CompareOptions = {}, where: 'worker' | 'inline' = 'worker'): Promise<Comparison> {
  if (where === 'inline') {
    try {
      return Promise.resolve(compare(inputs, options));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  worker ??= startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    refWhileBusy();
    worker!.postMessage({ id, inputs, options });
  });
}

/** Stops the worker (tests and shutdown). */
export async function stopCompareWorker(): Promise<void> {
  if (worker) await worker.terminate();
  worker = null;
}
