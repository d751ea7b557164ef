// Attribution cues found by sentence structure: sources named in lower case by a phrase.
import { describe, expect, it } from 'vitest';
import type { Cue, Language } from '../../../src/core/model.js';
import { cuesFor } from '../../support/cue-units.js';
import { compare } from '../../../src/core/compare.js';

const attribution = (a: string, b: string, language: Language) =>
  cuesFor(a, b, language)
    .filter((c: Cue) => c.kind === 'attribution')
    .map((c) => `${c.articleId} ${c.text}`)
    .sort();

describe('attribution: an English institution or office named in lower case by two or three words', () => {
  it('after a comma, closing the sentence, or opening it', () => {
    expect(attribution('The count was confirmed on Friday, the returning officer said.', 'The count was confirmed on Friday.', 'en')).toEqual(['a the returning officer said']);
    expect(attribution('The county fire service said the blaze was under control.', 'The blaze was under control.', 'en')).toEqual(['a The county fire service said']);
    expect(attribution('Two wards were closed, the health board confirmed.', 'Two wards were closed.', 'en')).toEqual(['a the health board confirmed']);
  });
  it('the same office in both outlets is no difference', () => {
    expect(attribution('Two wards were closed, the health board said.', 'The health board said two wards were closed.', 'en')).toEqual([]);
  });
  it('not an object of the verb before it, an adverb, or a phrase that does not open its clause', () => {
    expect(attribution('The mayor thanked the local fire service said to have saved the hall.', 'The mayor thanked the crews.', 'en')).toEqual([]);
    expect(attribution('The election was fair, the officer really said.', 'The election was fair.', 'en')).toEqual([]);
    expect(attribution('Crews from the local fire service said nothing.', 'Nobody had anything to add.', 'en')).toEqual([]);
  });
});

describe('attribution: a spokesperson with the article and whom they speak for', () => {
  it('de: "ein Sprecher des Polizeipräsidiums Oberland"', () => {
    expect(attribution('Die Lage sei offen, sagte ein Sprecher des Polizeipräsidiums Oberland.', 'Die Lage ist offen.', 'de')).toEqual(['a ein Sprecher des Polizeipräsidiums Oberland']);
    expect(attribution('Das bestätigte eine Sprecherin der Stadt am Abend.', 'Das ist bestätigt.', 'de')).toEqual(['a eine Sprecherin der Stadt']);
  });
  it('en: "a spokeswoman for the council", "a spokesman for Norland Rail"', () => {
    expect(attribution('The line is closed, a spokeswoman for the council said.', 'The line is closed.', 'en')).toEqual(['a a spokeswoman for the council']);
    expect(attribution('A spokesman for Norland Rail confirmed the closure.', 'The line is closed.', 'en')).toEqual(['a A spokesman for Norland Rail']);
  });
  it('a lower-case word after "der" is no institution ("ein Sprecher der neuen Behörde" keeps the role alone)', () => {
    expect(attribution('Das sagte ein Sprecher der neuen Behörde.', 'Das ist so.', 'de')).toEqual(['a ein Sprecher']);
  });
});

describe('attribution: what a reporting verb or an introduction does not name', () => {
  const attribution = (a: string, b: string, language: 'de' | 'en' = 'en', outlets: [string, string] = ['A', 'B']) =>
    compare([
      { text: a, outlet: outlets[0] },
      { text: b, outlet: outlets[1] },
    ], { language })
      .units.flatMap((u) => u.cues)
      .filter((c) => c.kind === 'attribution' || c.kind === 'label')
      .map((c) => `${c.articleId} ${c.kind} ${c.text} ${c.value}`);

  it('a day after the verb says when, not who ("officials said Monday")', () => {
    expect(attribution('Three people were hurt in the fire, officials said Monday.', 'Three people were hurt in the fire, officials said on Monday.')).toEqual([]);
    expect(attribution('Drei Menschen wurden bei dem Brand verletzt, teilte am Montag die Polizei mit.', 'Drei Menschen wurden bei dem Brand verletzt, teilte die Polizei am Montag mit.', 'de')).toEqual([]);
  });
  it('a source in lower case is its whole noun phrase ("according to federal records")', () => {
    expect(attribution('The plant was fined in 2023, according to federal records.', 'The plant was fined in 2023.')).toEqual(['a1 attribution according to federal records named:record']);
    expect(attribution('The plant was fined in 2023, according to figures released by the state.', 'The plant was fined in 2023.')).toEqual(['a1 attribution according to figures named:figure']);
  });
  it('de: a noun after "dem" or "den" before the verb is whom it is told, not who tells it', () => {
    expect(attribution('Das Treffen wurde abgesagt, wie Quellen dem Sender gesagt haben sollen.', 'Das Treffen wurde abgesagt.', 'de').filter((c) => c.includes('named:'))).toEqual([]);
    expect(attribution('Den Geschäften sagte sie ein Förderprogramm zu.', 'Die Stadt plant ein Förderprogramm für die Geschäfte.', 'de')).toEqual([]);
    expect(attribution('Der Kreml dementierte, wie Peskow sagte.', 'Der Kreml dementierte.', 'de')).toEqual(['a1 attribution Peskow sagte named:peskow']);
  });
  it('an outlet citing its own reporting, each in its own name, differs in nothing', () => {
    expect(attribution('Nach Rundschau-Informationen wird das Werk der Firma geschlossen.', 'Nach Nordkurier-Informationen wird das Werk der Firma geschlossen.', 'de', ['Rundschau', 'Nordkurier'])).toEqual([]);
    expect(attribution('Nach Informationen unserer Zeitung wird das Werk der Firma geschlossen.', 'Das Werk der Firma wird geschlossen.', 'de')).toEqual(['a1 attribution Nach Informationen own-reporting']);
  });
});

describe('attribution: one source named two ways is the same attribution', () => {
  it('the short and the full name of a body, a name before and after the verb', () => {
    expect(attribution('The water board said the pipes would be replaced by June.', 'The pipes will be replaced by June, Eastfield Water Board said.', 'en')).toEqual([]);
    expect(attribution('The school will reopen on Monday, head teacher Ruth Ambler said.', 'Ruth Ambler, the head teacher, said the school would reopen on Monday.', 'en')).toEqual([]);
  });
  it('de: the genitive and another name of the same actor (Kreml / Moskau)', () => {
    expect(attribution('Nach Angaben des Kremls verlief das Treffen ruhig.', 'Moskau nannte das Treffen ruhig.', 'de')).toEqual([]);
  });
  it('a different source, and a spokesperson against the body itself, still differ', () => {
    expect(attribution('The march drew 5,000 people, police said.', 'The march drew 12,000 people, the organisers said.', 'en')).toEqual(['a police said', 'b the organisers said']);
    expect(attribution('Die Werte seien unbedenklich, sagte ein Sprecher des Wasserverbands.', 'Der Wasserverband erklärte, die Werte seien unbedenklich.', 'de')).not.toEqual([]);
  });
});

describe('attribution: a warning, a stress or a demand is the kind of statement, no loaded verb', () => {
  it('warned, betonte, verlangte are reported like said', () => {
    expect(attribution('The council warned that the bridge could close.', 'The council said the bridge could close.', 'en')).toEqual([]);
    expect(attribution('Die Bürgermeisterin betonte, die Brücke bleibe offen.', 'Die Bürgermeisterin sagte, die Brücke bleibe offen.', 'de')).toEqual([]);
  });
  it('claimed still colours the statement', () => {
    expect(attribution('The council claimed that the bridge was safe.', 'The council said the bridge was safe.', 'en')).toEqual(['a claimed']);
  });
});

describe('attribution: "claim" in the sense of taking something is no reporting verb', () => {
  it('claimed responsibility, claimed two lives', () => {
    expect(attribution('Black Lantern claimed responsibility for the outage.', 'Black Lantern caused the outage.', 'en')).toEqual([]);
    expect(attribution('The storm claimed two lives in the valley.', 'Two people died in the valley.', 'en')).toEqual([]);
    expect(attribution('The group claimed the outage was an accident.', 'The group said the outage was an accident.', 'en')).toEqual(['a claimed']);
  });
});

describe('attribution: a source given alone against the same source set beside another', () => {
  it('stays a difference', () => {
    expect(attribution('About 8,000 people came, according to the organisers.', 'About 3,000 people came, according to police, while organisers spoke of 8,000.', 'en')).toContain('a according to the organisers');
  });
});

describe('attribution: the words around a name', () => {
  it('en: a place after a preposition is where the speakers are, not who they are', () => {
    // "residents on Larch Creek Road said" and "Residents claim" cite the same people: only the loaded verb differs.
    expect(attribution('Some residents on Larch Creek Road said they never received the alert.', 'Residents claim the alert never arrived.', 'en')).toEqual(['b claim']);
    expect(attribution('Police in Leeds said two men were arrested.', 'Two men were arrested, police said.', 'en')).toEqual([]);
    // A name before the verb is still the speaker.
    expect(attribution('Two men were arrested, Chief Constable Ann Ward said.', 'Two men were arrested.', 'en')).toEqual(['a Chief Constable Ann Ward said']);
  });
  it('de: "Anwohner in der Rosenstraße sagten" names the residents', () => {
    const cues = cuesFor('Anwohner in der Rosenstraße sagten, der Alarm sei zu spät gekommen.', 'Der Alarm kam zu spät.', 'de').filter((c: Cue) => c.kind === 'attribution');
    expect(cues.map((c) => [c.text, c.value])).toEqual([['Anwohner in der Rosenstraße sagten', 'named:anwohner']]);
  });
  it('en: a name keeps its joints and a role before a person ("Fire and Forestry Service", "resident Tanya Birch")', () => {
    expect(attribution('The fire had burned 12,400 acres, according to the Norland Fire and Forestry Service.', 'The fire had burned 12,400 acres.', 'en')).toEqual([
      'a according to the Norland Fire and Forestry Service',
    ]);
    // The same service named by its office in the other outlet is no different source.
    expect(attribution('The fire had burned 12,400 acres, according to the Norland Fire and Forestry Service.', 'The fire had burned 12,400 acres, the state fire service said.', 'en')).toEqual([]);
    expect(attribution('"Nobody warned us," said Ridgeview resident Tanya Birch, 44.', '"Nobody warned us."', 'en')).toEqual(['a said Ridgeview resident Tanya Birch']);
    expect(attribution('The Department for Transport said the line would reopen.', 'The line will reopen.', 'en')).toEqual(['a Department for Transport said']);
    // A lower-case word that ends the name is no part of it: "said Tanya Birch yesterday".
    expect(attribution('"Nobody warned us," said Tanya Birch yesterday.', '"Nobody warned us."', 'en')).toEqual(['a said Tanya Birch']);
  });
});

describe('attribution: an English speaker after the verb only after what was said', () => {
  it('"Prosecutors said Marsh inflated …" cites the prosecutors; "…," said Marsh cites Marsh', () => {
    expect(attribution('Prosecutors said Marsh inflated the revenue.', 'Marsh inflated the revenue.', 'en')).toEqual(['a Prosecutors said']);
    expect(attribution('"We inflated nothing," said Marsh.', '"We inflated nothing."', 'en')).toEqual(['a said Marsh']);
    expect(attribution('The revenue, said Marsh, was never inflated.', 'The revenue was never inflated.', 'en')).toEqual(['a said Marsh']);
    // A pronoun before the verb names nobody, and the name after it is whom the claim is about.
    expect(attribution('He said Marsh inflated the revenue.', 'Marsh inflated the revenue.', 'en')).toEqual([]);
  });
  it('de: the verb before the speaker is German word order, whatever stands before it', () => {
    expect(attribution('Am Montag sagte Peskow, die Lage sei ernst.', 'Die Lage ist ernst.', 'de')).toEqual(['a sagte Peskow']);
  });
});
