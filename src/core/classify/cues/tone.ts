// Tone: evaluative words one outlet uses and another does not (konstruktiv, Rückschlag, snub).
import type { Cue } from '../../model.js';
import { type Lexicon, compileLexicon, findLexicon } from '../lexicon/match.js';
import { afinnEntries } from '../lexicon/sentiment.js';
import { toneEntries } from '../lexicon/tone.js';
import { type Side, type Signal, differingCues, listOutlets, outletOf } from './side.js';

let hand: Lexicon | null = null;
let afinn: Lexicon | null = null;

function signalsOf(side: Side): Signal[] {
  hand ??= compileLexicon(toneEntries);
  afinn ??= compileLexicon(afinnEntries);
  return side.sentences.flatMap((sentence) => {
    const found = findLexicon(sentence, sentence.text, hand!);
    // AFINN is English; in a German text its words are false friends ("die", "hurt").
    if (side.article.language !== 'de') {
      for (const m of findLexicon(sentence, sentence.text, afinn!)) {
        if (!found.some((h) => h.span.start < m.span.end && m.span.start < h.span.end)) found.push(m);
      }
    }
    return found.map((m) => ({ sentence, text: m.text, span: m.span, value: m.value.slice(2).replace(/\*/g, '') }));
  });
}

export function toneCues(sides: Side[]): Cue[] {
  const signals = sides.map(signalsOf);
  return differingCues('tone', sides, signals, (signal, side, lacking) =>
    `${outletOf(side)} uses the evaluative word '${signal.text}'; ${listOutlets(lacking)} ${lacking.length > 1 ? 'do' : 'does'} not.`,
  );
}
