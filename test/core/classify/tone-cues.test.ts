// Tone cues on sentence pairs written for this test: the readings under which a lexicon word is
// no evaluative choice of the outlet's where it stands, each with a case that must stay a cue.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/model.js';
import { cuesFor } from '../../support/cue-units.js';

/** The tone cues of a two-outlet unit as 'tone <article> <text>', sorted. */
const tones = (a: string, b: string, language: Language = 'en'): string[] =>
  cuesFor(a, b, language)
    .filter((c) => c.kind === 'tone')
    .map((c) => `${c.kind} ${c.articleId} ${c.text}`)
    .sort();

describe('tone: a word inside a direct quotation is the speaker’s', () => {
  it('en: a quoted word is no cue; the same word in the outlet’s own voice is', () => {
    expect(tones('"We respect the court\'s ruling and will appeal," the lawyer said.', 'The lawyer said the defence would appeal.')).toEqual([]);
    expect(tones('The club called the result a disaster.', 'The club commented on the result.')).toEqual(['tone a disaster']);
  });
  it('en: an outlet that quotes a general word carries it against one using it', () => {
    expect(tones('"It is a terrible outcome for the town," the mayor said.', 'The mayor called it a terrible outcome.')).toEqual([]);
    expect(tones('"It is a terrible outcome for the town," the mayor said.', 'The mayor commented on the outcome.')).toEqual([]);
    expect(tones('The mayor called it a terrible outcome.', 'The mayor commented on the outcome.')).toEqual(['tone a terrible']);
  });
  it('en: a short quoted fragment set in the outlet’s sentence is the outlet’s pick', () => {
    expect(tones('The statement spoke of his "hard work and commitment".', 'The statement thanked him.')).toEqual(['tone a commitment']);
  });
  it('de and en: a hand-listed framing word stays the outlet’s choice even quoted', () => {
    expect(tones('„Die Gewerkschaft nimmt die ganze Stadt in Geiselhaft“, sagte der Verbandschef.', 'Der Verband warf der Gewerkschaft Erpressung vor.', 'de')).toEqual(['tone a Geiselhaft', 'tone b Erpressung']);
  });
  it('en: a quotation left open runs to the sentence end', () => {
    expect(tones('The chairman told the paper: "Steve is a good man and has given everything', 'The chairman thanked the manager.')).toEqual([]);
  });
});
