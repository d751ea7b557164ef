// Variant names map to one canonical term for ALIGNMENT only (Kreml, Moskau and Russland align),
// taken from the label groups that name one actor (classify reports the different choice as a
// cue); the groups that only frame (Konzern / Unternehmen) stay apart here.
import { alignedLabelGroups } from '../classify/lexicon/labels.js';

interface Variant {
  prefix: string;
  wildcard: boolean;
  canonical: string;
}

const variants: Variant[] = Object.entries(alignedLabelGroups).flatMap(([canonical, patterns]) =>
  patterns
    .filter((p) => !p.includes(' '))
    .map((p) => ({ prefix: p.replace(/\*$/, ''), wildcard: p.endsWith('*'), canonical: `=${canonical}` })),
);

/** The canonical term of a lowercased word, or null when it is no known variant. */
export function canonicalVariant(word: string): string | null {
  for (const v of variants) {
    if (v.wildcard ? word.startsWith(v.prefix) : word === v.prefix) return v.canonical;
  }
  return null;
}
