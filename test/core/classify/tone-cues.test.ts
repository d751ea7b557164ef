// Tone cues on sentence pairs written for this test: the readings under which a lexicon word is
// no evaluative choice of the outlet's where it stands, each with a case that must stay a cue.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/model.js';
import { toneEntries } from '../../../src/core/classify/lexicon/tone.js';
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

describe('tone: general (AFINN) words whose sense where they stand is no judgment', () => {
  it('en: a reaction told as wire copy tells it is the fact; a loaded verb for it is tone', () => {
    expect(tones('The union criticised the decision.', 'The union commented on the decision.')).toEqual([]);
    expect(tones('Investors welcomed the cuts.', 'Investors reacted to the cuts.')).toEqual([]);
    expect(tones('The union blasted the decision.', 'The union commented on the decision.')).toEqual(['tone a blasted']);
  });
  it('en: market and economy vocabulary is no judgment; a dramatic word for it is', () => {
    expect(tones('The crown strengthened 0.4 percent against the euro.', 'The crown rose 0.4 percent against the euro.')).toEqual([]);
    expect(tones('The bank expects growth of 1 per cent.', 'The bank expects the economy to expand by 1 per cent.')).toEqual([]);
    expect(tones('Rent alone costs a third more.', 'Rent costs a third more.')).toEqual([]);
    expect(tones('It was the firm\'s best quarter ever.', 'It was a record quarter for the firm.')).toEqual([]);
    expect(tones('Shares plummeted after the report.', 'Shares fell after the report.')).toEqual(['tone a plummeted']);
  });
  it('en: a negated general word says what the event lacked; a negated hand-listed word still frames', () => {
    expect(tones('Officials said the leak posed no danger to residents.', 'Officials said the leak posed no risk to residents.')).toEqual([]);
    expect(tones('More strikes may follow if no better offer is made.', 'More strikes may follow.')).toEqual([]);
    expect(tones('The minister said it was no setback.', 'The minister commented on the vote.')).toEqual(['tone a no setback']);
  });
  it('en: fixed terms that name a unit or a charge are no tone; the word alone still is', () => {
    expect(tones('Riot police cleared the square.', 'Officers cleared the square.')).toEqual([]);
    expect(tones('Seven were charged with violent disorder.', 'Seven were charged.')).toEqual([]);
    expect(tones('The crowd turned violent at noon.', 'The crowd gathered at noon.')).toEqual(['tone a violent']);
  });
  it('en: a capitalised word inside a name is no tone; at the sentence start it still is', () => {
    expect(tones('The finance spokesperson of the Progress Party spoke.', 'The finance spokesperson of the opposition spoke.')).toEqual([]);
    expect(tones('The new office opened on Hope Street.', 'The new office opened on Mill Street.')).toEqual([]);
    expect(tones('Struggling Marlow Town dismissed the manager.', 'Marlow Town dismissed the manager.')).toEqual(['tone a Struggling']);
    // A headline in title case capitalises every word: no names read into it.
    expect(tones('Struggling Town Hit By Humiliating Defeat', 'Town Loses Again At Home', 'en')).toContain('tone a Humiliating');
  });
  it('en: "hurt" after a passive auxiliary is the injury; "hurt" as a verb of harm still frames', () => {
    expect(tones('A freight train derailed, but no one was hurt.', 'A freight train derailed, but no one was injured.')).toEqual([]);
    expect(tones('The operator said the strike would hurt the economy.', 'The operator commented on the strike.')).toEqual(['tone a hurt']);
  });
  it('en: crime, accident and result words name the fact', () => {
    expect(tones('Patients were warned about scam calls.', 'Patients were warned about calls.')).toEqual([]);
    expect(tones('The accident happened at noon.', 'The derailment happened at noon.')).toEqual([]);
    expect(tones('Operating profit rose 31 percent.', 'Operating earnings rose 31 percent.')).toEqual([]);
  });
});

describe('tone: forms and synonyms of one hand-listed word', () => {
  it('every entry’s value is the pattern of an entry with the same polarity', () => {
    const patterns = new Set(toneEntries.map((e) => `${e.value[0]}:${e.pattern}`));
    for (const entry of toneEntries) expect(patterns.has(entry.value), entry.pattern).toBe(true);
  });
  it('en and de: another form or a synonym of a listed word is the same word; a plain word is not', () => {
    expect(tones('Talks broke down on Friday.', 'Talks collapsed on Friday.')).toEqual([]);
    expect(tones('Talks collapsed on Friday.', 'Talks ended on Friday.')).toEqual(['tone a collapsed']);
    expect(tones('Das Treffen ist gescheitert.', 'Nach dem Scheitern des Treffens reisten alle ab.', 'de')).toEqual([]);
    expect(tones('Das Treffen ist gescheitert.', 'Das Treffen endete ohne Ergebnis.', 'de')).toEqual(['tone a gescheitert']);
  });
  it('de: "lahmgelegt" is the plain word for a stopped service, in agency copy too', () => {
    expect(tones('Ein Defekt hat den Zugverkehr lahmgelegt.', 'Ein Defekt unterbrach den Zugverkehr.', 'de')).toEqual([]);
    expect(tones('Ein Defekt sorgte für Chaos im Zugverkehr.', 'Ein Defekt unterbrach den Zugverkehr.', 'de')).toEqual(['tone a Chaos']);
  });
  it('de: an agreement is the event, not its tone', () => {
    expect(tones('Die Gespräche endeten ohne Einigung.', 'Die Gespräche wurden abgebrochen.', 'de')).toEqual([]);
    expect(tones('Er zeigte sich zuversichtlich, dass eine Einigung gelinge.', 'Er äußerte sich zu den Gesprächen.', 'de')).toEqual(['tone a zuversichtlich']);
  });
});

describe('tone: a threat told as an ultimatum is the fact', () => {
  it('en: "threatened to … unless" is carried, not a cue; a threat told vividly still is', () => {
    expect(tones('The group threatened to publish the files unless a ransom was paid.', 'The group said it would publish the files.')).toEqual([]);
    // Carried: an outlet telling the ultimatum does not lack the word another outlet uses for it.
    expect(tones('The group threatened to publish the files unless a ransom was paid.', 'The group has threatened the hospital.')).toEqual([]);
    expect(tones('Furious union bosses are now threatening strikes.', 'The union will ballot its members.')).toEqual(['tone a Furious', 'tone a threatening']);
  });
});

describe('tone: "historic" dating an old place; the verb after a quotation', () => {
  it('de and en: "historic" before an old place or building dates it; before an event it still praises', () => {
    expect(tones('Der Rat sperrt die historische Altstadt für Autos.', 'Der Rat sperrt die Altstadt für Autos.', 'de')).toEqual([]);
    expect(tones('Das historische Fachwerkhaus brannte ab.', 'Das Fachwerkhaus brannte ab.', 'de')).toEqual([]);
    expect(tones('Whitlock won in a historic victory.', 'Whitlock won the seat.')).toEqual(['tone a historic']);
    expect(tones('The council will close the historic town centre to cars.', 'The council will close the centre to cars.')).toEqual([]);
    expect(tones('It was a historic score for the club.', 'It was a big score for the club.')).toEqual(['tone a historic']);
    expect(tones('Der Rat fasste einen historischen Beschluss.', 'Der Rat fasste einen Beschluss.', 'de')).toEqual(['tone a historischen Beschluss']);
  });
  it('de: right after a quotation the word is the reporting verb, and no noun joins it', () => {
    expect(tones('„Ein guter Tag“, jubelte Lea Sommer von der Initiative.', '„Ein guter Tag“, sagte Lea Sommer von der Initiative.', 'de')).toEqual(['tone a jubelte']);
  });
});

describe('tone: a German word in indirect speech is the speaker’s', () => {
  it('de: a tone word in a Konjunktiv I clause is carried; one in the outlet’s own clause is a cue', () => {
    expect(tones('Man sei enttäuscht, erklärte ein Sprecher.', 'Ein Sprecher äußerte sich.', 'de')).toEqual([]);
    expect(tones('Eine Regierung, die sich nicht einmal auf einen Haushalt einigen könne, müsse gehen, sagte er.', 'Er forderte Neuwahlen.', 'de')).toEqual([]);
    expect(tones('Der Betrieb schiebt die Schuld auf einen Zulieferer, dessen Ware verunreinigt gewesen sei.', 'Der Betrieb nennt einen Zulieferer.', 'de')).toEqual(['tone a schiebt die Schuld']);
    expect(tones('Der Geschäftsführer zeigte sich enttäuscht.', 'Der Geschäftsführer äußerte sich.', 'de')).toEqual(['tone a enttäuscht']);
  });
});

describe('tone: an injury suffered; an idiom as one phrase', () => {
  it('en: "suffered" with an injury reports the harm; with a defeat it still frames', () => {
    expect(tones('A firefighter suffered burns to his hands.', 'A firefighter was burned.')).toEqual([]);
    expect(tones('The driver suffered a broken leg.', 'The driver broke a leg.')).toEqual([]);
    expect(tones('The club suffered another defeat.', 'The club lost again.')).toEqual(['tone a suffered']);
  });
  it('de: "brach die Hölle los" is one phrase, the same word as "Hölle"', () => {
    expect(tones('Am Abend brach über dem Tal die Hölle los.', 'Am Abend zog ein Gewitter über das Tal.', 'de')).toEqual(['tone a die Hölle los']);
    expect(tones('Am Abend brach über dem Tal die Hölle los.', 'Es war eine Nacht wie in der Hölle.', 'de')).toEqual([]);
  });
});

describe('tone: a general word before a listed one of its polarity is one phrase', () => {
  it('en: "painful blow" is one cue; apart, or of another polarity, the words stay two', () => {
    expect(tones('Homeowners were dealt a painful blow.', 'Rates rose again.')).toEqual(['tone a painful blow']);
    expect(tones('Homeowners were dealt a painful blow.', 'Homeowners were dealt a blow.')).toEqual([]);
    expect(tones('It was painful, and a blow to the town.', 'Rates rose again.')).toEqual(['tone a blow', 'tone a painful']);
  });
});
