// The one adapter around fast-diff (a CommonJS module declared with `export =`): storydiff code
// imports refineChars from here and never fast-diff itself, so the import form is settled once.
import fastDiff from 'fast-diff';
import type { CharPart } from '../model.js';

const opOf = { [fastDiff.EQUAL]: 'equal', [fastDiff.DELETE]: 'delete', [fastDiff.INSERT]: 'insert' } as const;

/** Character-level difference of two words, as storydiff's CharPart list. */
export function refineChars(from: string, to: string): CharPart[] {
  return fastDiff(from, to).map(([op, text]) => ({ op: opOf[op], text }));
}
