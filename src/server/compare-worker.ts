// Runs compare() off the main thread for the compare runner; one message in, one message out.
import { parentPort } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import { isInputError } from '../core/errors.js';
import type { ArticleInput, CompareOptions } from '../core/model.js';

interface Job {
  id: number;
  inputs: ArticleInput[];
  options: CompareOptions;
}

parentPort!.on('message', ({ id, inputs, options }: Job) => {
  try {
    parentPort!.postMessage({ id, comparison: compare(inputs, options) });
  } catch (error) {
    const inputError = isInputError(error) ? { problems: error.problems, status: error.status } : null;
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error), inputError });
  }
});
