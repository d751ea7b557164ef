// Certainty: hedges and modality in one outlet where another states the same thing plainly.
import type { Cue } from '../../model.js';
import { certaintyEntries, certaintyMeaning } from '../lexicon/certainty.js';
import { type Lexicon, compileLexicon, findLexicon, overlapping } from '../lexicon/match.js';
import { quotesOf } from './quote.js';
import { type Side, type Signal, differingCues, listOutlets, outletOf } from './side.js';

let lexicon: Lexicon | null = null;

function signalsOf(side: Side): Signal[] {
  lexicon ??= compileLexicon(certaintyEntries);
  const signals: Signal[] = [];
  for (const sentence of side.sentences) {
    // A hedge inside a direct quotation is the speaker's, not the outlet's ("„Ich habe keine
    // Zeit“" is no reported speech, "'We may have to close'" no hedge of the reporter's).
    const quotes = quotesOf(sentence);
    for (const m of findLexicon(sentence, sentence.text, lexicon)) {
      if (quotes.some((q) => overlapping(q, m))) continue;
      // Konjunktiv forms are German grammar; "rate" or "sei" in English text mean something else.
      if (m.value !== 'reported-speech' || side.article.language !== 'en') signals.push({ sentence, text: m.text, span: m.span, value: m.value });
    }
  }
  return signals;
}

export function certaintyCues(sides: Side[]): Cue[] {
  const signals = sides.map(signalsOf);
  return differingCues('certainty', sides, signals, (signal, side, lacking) => {
    // "States it plainly" contrasts a hedge; a claim told as proven is contrasted by who does not.
    const plain = signal.value === 'asserted' ? [] : lacking.filter((l) => signals[sides.indexOf(l)]!.length === 0);
    const rest = plain.length > 0 ? `${listOutlets(plain)} ${plain.length > 1 ? 'state' : 'states'} it plainly` : `${listOutlets(lacking)} ${lacking.length > 1 ? 'do' : 'does'} not`;
    return `${outletOf(side)} ${certaintyMeaning[signal.value] ?? 'hedges the claim'} ('${signal.text}'); ${rest}.`;
  });
}
