// Label cues: where a label word is there but names something else (a place, a compound's other
// thing, a verb, another person), no cue; where two outlets name one thing differently, still one.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../support/cue-units.js';

/** The label cues of a two-outlet unit, as "article:text". */
const labels = (a: string, b: string, language: 'de' | 'en' = 'de'): string[] =>
  cuesFor(a, b, language).filter((c) => c.kind === 'label').map((c) => `${c.articleId}:${c.text}`);

describe('label cues: a word swap of a count or a day is a figure, not a name', () => {
  it('Hunderte / Tausende, Montag / Dienstag in otherwise the same words are no label', () => {
    expect(labels('Hunderte Fahrgäste saßen am Montag im Zug fest.', 'Tausende Fahrgäste saßen am Montag im Zug fest.')).toEqual([]);
    expect(labels('Am Montag saßen die Fahrgäste stundenlang im Zug fest.', 'Am Dienstag saßen die Fahrgäste stundenlang im Zug fest.')).toEqual([]);
  });

  it('a noun swapped in the same words is still a label', () => {
    expect(labels('Die Hafenarbeiter streikten am Montag für mehr Lohn.', 'Die Dockarbeiter streikten am Montag für mehr Lohn.')).toEqual(['a:Hafenarbeiter', 'b:Dockarbeiter']);
  });
});
