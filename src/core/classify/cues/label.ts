// Label: different names for the same actor or thing (Kreml / Moskau / Russland, Krieg /
// Konflikt, strike / walkout). A cue only when two outlets both name the thing, differently.
import type { Cue } from '../../model.js';
import { labelGroups, sameLabel } from '../lexicon/labels.js';
import { type Lexicon, compileLexicon, findLexicon } from '../lexicon/match.js';
import { type Side, type Signal, differingCues, outletOf } from './side.js';

let lexicon: Lexicon | null = null;

function variantsOf(side: Side): Signal[] {
  lexicon ??= compileLexicon(
    Object.entries(labelGroups).flatMap(([group, variants]) =>
      variants.map((pattern) => ({ pattern, value: `${group}:${sameLabel[pattern] ?? pattern.replace(/\*/g, '')}` })),
    ),
  );
  const signals: Signal[] = [];
  for (const sentence of side.sentences) {
    for (const m of findLexicon(sentence, sentence.text, lexicon)) signals.push({ sentence, text: m.text, span: m.span, value: m.value });
  }
  return signals;
}

const groupOf = (value: string): string => value.slice(0, value.indexOf(':'));

export function labelCues(sides: Side[]): Cue[] {
  const signals = sides.map(variantsOf);
  // Most units name no actor of the table: nothing to compare.
  if (signals.every((list) => list.length === 0)) return [];
  const groups = signals.map((list) => new Set(list.map((s) => groupOf(s.value))));
  // Another outlet names the same thing, but never with this word.
  const namesItToo = (signal: Signal, j: number) => groups[j]!.has(groupOf(signal.value));
  return differingCues(
    'label',
    sides,
    signals,
    (signal, side, differing) => {
      const group = groupOf(signal.value);
      const theirs = differing.slice(0, 3).map((other) => {
        const words = signals[sides.indexOf(other)]!.filter((s) => groupOf(s.value) === group).map((s) => `'${s.text}'`);
        return `${outletOf(other)} says ${[...new Set(words)].join(' or ')}`;
      });
      return `${outletOf(side)} calls it '${signal.text}' where ${theirs.join(' and ')}${differing.length > 3 ? ` (and ${differing.length - 3} others differ)` : ''}.`;
    },
    namesItToo,
  );
}
