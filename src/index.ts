// The library entry of the `storydiff` package: `compare()` and the data model.
export { compare } from './core/compare.js';
export { InputError, isInputError } from './core/errors.js';
export type * from './core/model.js';
export { defaultThresholds } from './core/thresholds.js';
export type { Thresholds } from './core/thresholds.js';
