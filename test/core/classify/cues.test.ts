// Each cue kind on sentence pairs written for this test, in German and English.
import { describe, expect, it } from 'vitest';
import { canonicalVariant } from '../../../src/core/align/variants.js';
import { classify, cuesOf } from '../../../src/core/classify/classify.js';
import type { Cue, CueKind, Language } from '../../../src/core/model.js';
import { defaultThresholds } from '../../../src/core/thresholds.js';
import { toneCompoundHeads, toneEntries } from '../../../src/core/classify/lexicon/tone.js';
import { article, cuesFor } from '../../support/cue-units.js';

const brief = (cues: Cue[]) => cues.map((c) => `${c.kind} ${c.articleId} ${c.text}`).sort();
/** `brief` of one kind's cues of a two-outlet unit, in `language` unless a call says otherwise. */
const kindsIn =
  (language: Language) =>
  (kind: CueKind, a: string, b: string, lang: Language = language): string[] =>
    brief(cuesFor(a, b, lang).filter((c) => c.kind === kind));

describe('tone', () => {
  it('de: an evaluative word in one outlet only', () => {
    const cues = cuesFor('Der Kreml nannte das Gespräch konstruktiv.', 'Der Kreml äußerte sich zu dem Gespräch.');
    expect(brief(cues.filter((c) => c.kind === 'tone'))).toEqual(['tone a konstruktiv']);
    expect(cues.find((c) => c.kind === 'tone')!.note).toBe("Tagesblatt uses the evaluative word 'konstruktiv'; Morgenpost does not.");
  });
  it('de: inflected forms of the same word are the same tone', () => {
    const cues = cuesFor('Das Gespräch war konstruktiv.', 'Es war ein konstruktives Gespräch.');
    expect(cues.filter((c) => c.kind === 'tone')).toEqual([]);
  });
  it('de: the reactions an outlet chooses to report (joy, disappointment) are tone', () => {
    expect(brief(cuesFor('Bei der Initiative war die Freude groß.', 'Die Initiative äußerte sich.'))).toEqual(['tone a Freude']);
    expect(brief(cuesFor('Der Geschäftsführer zeigte sich enttäuscht.', 'Der Geschäftsführer äußerte sich.'))).toEqual(['tone a enttäuscht']);
  });
  it('de: a particle that belittles or points a finger is tone', () => {
    expect(brief(cuesFor('Der Chef ließ lediglich eine Entschuldigung verbreiten.', 'Der Chef ließ eine Entschuldigung verbreiten.'))).toEqual(['tone a lediglich']);
    expect(brief(cuesFor('Das Ventil war ausgerechnet am Wartungstag defekt.', 'Das Ventil war am Wartungstag defekt.'))).toEqual(['tone a ausgerechnet']);
  });
  it('en: a hand-listed framing word and an AFINN-165 word', () => {
    const cues = cuesFor('The operator called the strike a setback.', 'The operator commented on the strike.', 'en');
    expect(brief(cues)).toEqual(['tone a setback']);
    const afinn = cuesFor('Officials described the damage as catastrophic.', 'Officials described the damage.', 'en');
    expect(brief(afinn)).toEqual(['tone a catastrophic']);
  });
});

describe('certainty', () => {
  it('de: a hedge against a plain statement, with the span in the sentence', () => {
    const a = 'Angeblich wurden drei Schritte besprochen.';
    const cues = cuesFor(a, 'Es wurden drei Schritte besprochen.');
    expect(brief(cues)).toEqual(['certainty a Angeblich']);
    const [cue] = cues;
    expect(a.slice(cue!.span!.start, cue!.span!.end)).toBe('Angeblich');
    expect(cue!.value).toBe('reported');
    expect(cue!.note).toBe("Tagesblatt passes the claim on as unconfirmed hearsay ('Angeblich'); Morgenpost states it plainly.");
  });
  it('de: Konjunktiv I of reported speech', () => {
    const cues = cuesFor('Die Lage sei unter Kontrolle, erklärte Müller.', 'Die Lage ist unter Kontrolle, erklärte Müller.');
    expect(brief(cues)).toEqual(['certainty a sei']);
  });
  it('de: the same hedge in both outlets is no difference', () => {
    expect(cuesFor('Das Treffen soll in Budapest stattfinden.', 'In Budapest soll das Treffen stattfinden.')).toEqual([]);
  });
  it('en: reportedly and allegedly', () => {
    expect(brief(cuesFor('Dozens of ships are reportedly queuing.', 'Dozens of ships are queuing.', 'en'))).toEqual(['certainty a reportedly']);
    expect(brief(cuesFor('The strike is costing 12 million euros.', 'The strike is allegedly costing 12 million euros.', 'en'))).toEqual(['certainty b allegedly']);
  });
  it('en: believed to, appears to; de: gilt als, scheint', () => {
    expect(brief(cuesFor('The gang is believed to operate from abroad.', 'The gang operates from abroad.', 'en'))).toEqual(['certainty a is believed to']);
    expect(brief(cuesFor('A gang, believed to operate from abroad, struck.', 'A gang struck.', 'en'))).toEqual(['certainty a believed to']);
    expect(brief(cuesFor('The server appears to have been outdated.', 'The server was outdated.', 'en'))).toEqual(['certainty a appears to']);
    expect(brief(cuesFor('Der Plan gilt als gescheitert.', 'Der Plan ist gescheitert.').filter((c) => c.kind === 'certainty'))).toEqual(['certainty a gilt als']);
  });
  it('de and en: a forecast is an expectation, not yet a fact', () => {
    const cues = cuesFor('The line is expected to reopen on Friday.', 'The line will reopen on Friday.', 'en');
    expect(brief(cues)).toEqual(['certainty a is expected to']);
    expect(cues[0]!.note).toContain('presents it as an expectation, not yet a fact');
    expect(brief(cuesFor('Die Strecke bleibt voraussichtlich bis Freitag gesperrt.', 'Die Strecke bleibt bis Freitag gesperrt.'))).toEqual(['certainty a voraussichtlich']);
    expect(cuesFor('The expected rain arrived on Friday.', 'The rain arrived on Friday.', 'en').filter((c) => c.kind === 'certainty')).toEqual([]);
  });
});

describe('attribution', () => {
  it('de: a named source against an anonymous one', () => {
    const cues = cuesFor('Laut CNN wurde das Treffen abgesagt.', 'Das Treffen wurde abgesagt, sagte ein Insider.');
    expect(brief(cues)).toEqual(['attribution a Laut CNN', 'attribution b Insider']);
    expect(cues.find((c) => c.articleId === 'b')!.note).toBe("Morgenpost relies on an unnamed source ('Insider'); Tagesblatt does not.");
  });
  it('de: two different named sources are told as such, and a name ends at a comma', () => {
    const cues = cuesFor('Ein Insider sagte laut CNN, Rubios Team rate ab.', 'Ein Insider sagte laut Politico, das Team rate ab.');
    const named = cues.filter((c) => c.kind === 'attribution' && c.text.startsWith('laut'));
    expect(named.map((c) => c.text).sort()).toEqual(['laut CNN', 'laut Politico']);
    expect(named.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt attributes this to 'laut CNN'; Morgenpost cites 'laut Politico' instead.");
  });
  it('de: a separable reporting verb names the institution after its article, a pronoun names nobody', () => {
    const cues = cuesFor('Eine Gefahr bestehe nicht, teilte das Umweltamt mit.', 'Eine Gefahr besteht nicht.');
    expect(brief(cues.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a teilte das Umweltamt']);
    expect(cuesFor('Eine Gefahr bestehe nicht, teilte er mit.', 'Eine Gefahr bestehe nicht.').filter((c) => c.kind === 'attribution')).toEqual([]);
    // An article before an object is no source: "nannte das Gespräch konstruktiv".
    expect(cuesFor('Moskau nannte das Gespräch konstruktiv.', 'Moskau lobte das Gespräch.').filter((c) => c.kind === 'attribution' && c.text.includes('Gespräch'))).toEqual([]);
    expect(brief(cuesFor('Das sei nur ein Anfang, sagte die Polizeisprecherin.', 'Das sei nur ein Anfang.').filter((c) => c.kind === 'attribution'))).toEqual(['attribution a sagte die Polizeisprecherin']);
  });
  it('de: the same source in other words is no difference', () => {
    expect(cuesFor('Laut CNN wurde das Treffen abgesagt.', 'Das Treffen wurde abgesagt, berichtet CNN.')).toEqual([]);
  });
  it("de: the party's own account, and an assessment by named experts", () => {
    const cues = cuesFor('Der Betreiber wollte nach eigenen Angaben 50 Millionen Euro investieren.', 'Der Betreiber wollte 50 Millionen Euro investieren.');
    expect(brief(cues.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a nach eigenen Angaben']);
    expect(cues.find((c) => c.kind === 'attribution')!.note).toBe(
      "Tagesblatt gives this as the party's own account ('nach eigenen Angaben'); Morgenpost states it without saying whose figure or view it is.",
    );
    const assessed = cuesFor('Eine neue Genehmigung ist nach Einschätzung von Fachleuten möglich.', 'Eine neue Genehmigung ist möglich.');
    expect(brief(assessed.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a nach Einschätzung von Fachleuten']);
  });
  it('de: estimates, findings and information given by a named body; circles of an industry are unnamed', () => {
    const estimated = cuesFor('Nach ersten Schätzungen der Feuerwehr traten drei Tonnen aus.', 'Drei Tonnen traten aus.');
    expect(brief(estimated.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a Nach ersten Schätzungen der Feuerwehr']);
    const informed = cuesFor('Neue Sirenen sollen nach Auskunft des Landratsamts bis Jahresende stehen.', 'Neue Sirenen sollen bis Jahresende stehen.');
    expect(brief(informed.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a nach Auskunft des Landratsamts']);
    const circles = cuesFor('Lieferungen verzögern sich nach Einschätzung aus Branchenkreisen um Wochen.', 'Lieferungen verzögern sich um Wochen.');
    expect(brief(circles.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a aus Branchenkreisen']);
    const talks = cuesFor('Aus Verhandlungskreisen verlautete, die Arbeitgeber hätten eingelenkt.', 'Die Arbeitgeber lenkten ein.');
    expect(brief(talks.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a Aus Verhandlungskreisen']);
    const coalition = cuesFor('Die Reform kommt nach Informationen aus Koalitionskreisen im Mai.', 'Die Reform kommt im Mai.');
    expect(brief(coalition.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a nach Informationen aus Koalitionskreisen']);
  });
  it('de: districts (Landkreise, Wahlkreise) and circles with an article are places, not unnamed sources', () => {
    const districts = cuesFor('Die Bäckerei betreibt 41 Filialen in den Landkreisen Rennsberg und Auental.', 'Die Bäckerei betreibt 41 Filialen.');
    expect(districts.filter((c) => c.kind === 'attribution')).toEqual([]);
    const seats = cuesFor('In drei Wahlkreisen wird neu ausgezählt.', 'Es wird neu ausgezählt.');
    expect(seats.filter((c) => c.kind === 'attribution')).toEqual([]);
    const theCircles = cuesFor('Die Reform betrifft die Verwaltungskreise und die Gemeindekreise im Norden.', 'Die Reform betrifft den Norden.');
    expect(theCircles.filter((c) => c.kind === 'attribution')).toEqual([]);
    // A circle of people still is one.
    const informed = cuesFor('Der Vertrag ist nach Angaben aus Sicherheitskreisen unterschrieben.', 'Der Vertrag ist unterschrieben.');
    expect(brief(informed.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a nach Angaben aus Sicherheitskreisen']);
  });
  it('de: a source named inside one word (nach Polizeiangaben, laut NDR-Informationen) is the same source as one named after it', () => {
    const named = cuesFor('Nach Polizeiangaben wurden drei Menschen verletzt.', 'Drei Menschen wurden verletzt.');
    expect(brief(named.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a Nach Polizeiangaben']);
    expect(cuesFor('Nach Polizeiangaben wurden drei Menschen verletzt.', 'Drei Menschen wurden nach Angaben der Polizei verletzt.').filter((c) => c.kind === 'attribution')).toEqual([]);
    expect(cuesFor('Laut NDR-Informationen wurden drei Menschen verletzt.', 'Drei Menschen wurden nach Informationen des NDR verletzt.').filter((c) => c.kind === 'attribution')).toEqual([]);
    const other = cuesFor('Unternehmensangaben zufolge wurden drei Menschen verletzt.', 'Nach Polizeiangaben wurden drei Menschen verletzt.');
    expect(brief(other.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a Unternehmensangaben zufolge', 'attribution b Nach Polizeiangaben']);
  });
  it('en: an anonymous source keeps its introduction in the cue', () => {
    const cues = cuesFor('Talks collapsed on Friday, according to people familiar with the talks.', 'Talks collapsed on Friday.', 'en');
    expect(brief(cues.filter((c) => c.kind === 'attribution'))).toEqual(['attribution a according to people familiar']);
  });
  it('de: a loaded reporting verb', () => {
    expect(brief(cuesFor('Der Minister behauptete, alles sei geklärt.', 'Der Minister erklärte, alles sei geklärt.'))).toEqual(['attribution a behauptete']);
  });
  it('en: claimed against said, according to', () => {
    expect(brief(cuesFor('The union claimed that 3,000 workers joined.', 'The union said that 3,000 workers joined.', 'en'))).toEqual(['attribution a claimed']);
    expect(brief(cuesFor('Talks collapsed on Friday, according to the operator.', 'Talks collapsed on Friday.', 'en'))).toEqual(['attribution a according to the operator']);
  });
});

describe('tone: loaded, softening and compound wording', () => {
  const tones = (a: string, b: string, language?: Language) => kindsIn('de')('tone', a, b, language);
  it('de: every compound head is a stem of the tone lists, with the same polarity', () => {
    for (const [head, sign] of Object.entries(toneCompoundHeads)) {
      expect(toneEntries.some((e) => e.pattern === `${head}*` && e.value.startsWith(`${sign}:`)), head).toBe(true);
    }
  });
  it('de: a compound whose head is an evaluative noun frames as the noun does', () => {
    expect(tones('Der Lebensmittelskandal weitet sich aus.', 'Der Fall weitet sich aus.')).toEqual(['tone a Lebensmittelskandal']);
    expect(tones('Der Salmonellen-Skandal weitet sich aus.', 'Der Fall weitet sich aus.')).toEqual(['tone a Salmonellen-Skandal']);
    expect(tones('Der Skandal weitet sich aus.', 'Der Lebensmittelskandal weitet sich aus.')).toEqual([]);
    // A long word that merely ends in the letters of a head is no compound of it.
    expect(tones('Die Verwaltung prüft die Schockwellen.', 'Die Verwaltung prüft die Wellen.')).toEqual(['tone a Schockwellen']);
    expect(tones('Die Fahrbahndecke wird erneuert.', 'Die Straße wird erneuert.')).toEqual([]);
  });
  it('de and en: a softening word against the plain one, a tabloid verb against the plain one', () => {
    expect(tones('Die Bäckerei ruft vorsorglich mehrere Kuchen zurück.', 'Die Bäckerei ruft mehrere Kuchen zurück.')).toEqual(['tone a vorsorglich']);
    expect(tones('The club has parted company with its manager.', 'The club has sacked its manager.', 'en')).toEqual(['tone a parted company']);
    expect(tones('The manager has been axed by the club.', 'The manager has been replaced by the club.', 'en')).toEqual(['tone a axed']);
    expect(tones('Der Betrieb schiebt die Schuld auf einen Lieferanten.', 'Der Betrieb verweist auf einen Lieferanten.')).toEqual(['tone a schiebt die Schuld']);
  });
  it('en: general words (AFINN) differ by polarity and strength, not word by word', () => {
    // "awful" and "terrible" (both -3) judge alike; a weaker word is reported against a stronger
    // one ("grim" -2 against "awful" -3); "thrashing" is a framing choice.
    expect(tones('Critics called the figures awful.', 'Critics called the figures terrible.', 'en')).toEqual([]);
    expect(tones('Critics called the figures awful.', 'Critics called the figures grim.', 'en')).toEqual(['tone a awful']);
    expect(tones('Town suffered a humiliating thrashing on Saturday.', 'Town lost the match on Saturday.', 'en')).toEqual(['tone a humiliating', 'tone a suffered', 'tone a thrashing']);
    expect(tones('The club would like to thank him.', 'The club wishes him well.', 'en')).toEqual([]);
  });
  it('en: words that name what happened (a verdict, a harm, a result) are the fact, not its tone', () => {
    expect(tones('Marsh was found guilty of fraud and conspiracy.', 'Marsh was convicted on two counts.', 'en')).toEqual([]);
    expect(tones('Two people died and five were injured in the fire.', 'Two people were killed in the blaze.', 'en')).toEqual([]);
    expect(tones('Town lost 3-0 at home on Saturday.', 'The 3-0 home defeat came on Saturday.', 'en')).toEqual([]);
    // The loaded word for the same fact still counts.
    expect(tones('Marsh was found guilty of fraud.', 'The fraudster was found guilty.', 'en')).toEqual(['tone b fraudster']);
  });
});

describe('attribution: an outlet’s own sources, spokespeople; label: who leads a team', () => {
  const kinds = kindsIn('en');
  it('en: "understands that" is the outlet’s own unnamed source; "understands" alone is no source', () => {
    expect(kinds('attribution', 'NSN Sport understands that Kerr is among the candidates.', 'Kerr is among the candidates.')).toEqual(['attribution a understands that']);
    expect(kinds('attribution', 'The manager understands the anger of the fans.', 'The manager sees the anger of the fans.')).toEqual([]);
  });
  it('de and en: a spokesperson, compounds and feminine forms included, is a source', () => {
    expect(kinds('attribution', 'Das Amt prüft die Proben, wie eine Kreissprecherin bestätigte.', 'Das Amt prüft die Proben.', 'de')).toEqual(['attribution a eine Kreissprecherin']);
    expect(kinds('attribution', 'Ein Polizeisprecher nannte keine Zahl.', 'Eine Polizeisprecherin nannte keine Zahl.', 'de')).toEqual([]);
    expect(kinds('attribution', 'A council spokesperson said the road would reopen.', 'The road will reopen.')).toEqual(['attribution a spokesperson']);
    // An advocate, a slip of the tongue and a loudspeaker speak for no one.
    expect(kinds('attribution', 'Ein Fürsprecher des Plans blieb still.', 'Ein Befürworter des Plans blieb still.', 'de')).toEqual([]);
    expect(kinds('attribution', 'Aus dem Lautsprecher kam eine Durchsage.', 'Es kam eine Durchsage.', 'de')).toEqual([]);
  });
  it('en: head coach against boss is a label; the same title in both is none', () => {
    expect(kinds('label', 'The club sacked head coach Steve Harland.', 'The club sacked boss Steve Harland.')).toEqual(['label a head coach', 'label b boss']);
    expect(kinds('label', 'The club sacked manager Steve Harland.', 'The club dismissed manager Steve Harland.')).toEqual([]);
  });
});

describe('studies, officials and alarm: links, unnamed officials, researchers, alarm words', () => {
  const kinds = kindsIn('de');
  it('de and en: a link, not a cause, against the effect stated', () => {
    expect(kinds('certainty', 'Der Konsum geht mit einem höheren Risiko einher.', 'Der Konsum erhöht das Risiko.')).toEqual(['certainty a einher']);
    expect(kinds('certainty', 'The drinks are linked to diabetes.', 'The drinks cause diabetes.', 'en')).toEqual(['certainty a linked to']);
  });
  it('en: unnamed officials are a source; "gab zu bedenken" is no admission', () => {
    expect(kinds('attribution', 'Party officials say 40 applications came from three addresses.', '40 applications came from three addresses.', 'en')).toEqual(['attribution a officials say']);
    expect(kinds('attribution', 'Der Arzt Harald Voss gab zu bedenken, dass Übergewicht eine Rolle spiele.', 'Der Arzt Harald Voss sagte, dass Übergewicht eine Rolle spiele.')).toEqual([]);
  });
  it('en and de: a reporting verb in the plural belongs to its unnamed or named source ("police sources say", "Experten sagen")', () => {
    expect(kinds('attribution', 'Police sources say the footage was cut.', 'The footage was cut.', 'en')).toEqual(['attribution a Police sources say']);
    expect(kinds('attribution', 'Insiders claim the board discussed a closure.', 'The board discussed a closure.', 'en')).toEqual(['attribution a Insiders claim', 'attribution a claim']);
    expect(kinds('attribution', 'Experten sagen, der Damm halte.', 'Der Damm hält.')).toEqual(['attribution a Experten sagen']);
    // "a police report" is a noun: the plural list holds no "report".
    expect(kinds('attribution', 'A police report lists 17 injured officers.', 'Seventeen officers were injured.', 'en')).toEqual([]);
  });
  it('de: an admission whose particle ends the clause, apart from its verb', () => {
    expect(kinds('attribution', 'Zwar räumen die Forscher ein, dass die Studie nichts beweist.', 'Die Forscher sagen, dass die Studie nichts beweist.')).toEqual(['attribution a räumen die Forscher ein']);
    expect(kinds('attribution', 'Der Sprecher gab den Fehler zu.', 'Der Sprecher nannte den Fehler.')).toEqual(['attribution a gab den Fehler zu']);
    // "zu" that does not end the clause is no particle of "gab".
    expect(kinds('attribution', 'Er gab zu viel Geld aus.', 'Er verbrauchte zu viel Geld.')).toEqual([]);
  });
  it('de and en: researchers against experts is a label', () => {
    expect(kinds('label', 'Die Forscher vermuten eine Wirkung auf die Darmflora.', 'Die Experten vermuten eine Wirkung auf die Darmflora.')).toEqual(['label a Forscher', 'label b Experten']);
  });
  it('de: alarm words and "sogar" are tone; "weniger" before a tone word softens it', () => {
    expect(kinds('tone', 'Das Risiko steigt sogar um 41 Prozent.', 'Das Risiko steigt um 41 Prozent.')).toEqual(['tone a sogar']);
    expect(kinds('tone', 'Ein erschreckendes Ergebnis der Studie.', 'Ein Ergebnis der Studie.')).toEqual(['tone a erschreckendes Ergebnis']);
    expect(kinds('tone', 'Der Unterschied fällt weniger dramatisch aus.', 'Der Unterschied fällt dramatisch aus.')).toEqual(['tone a weniger dramatisch', 'tone b dramatisch']);
  });
});

describe('economy and local politics: market verbs, surveys, defended, rate rises, car-free', () => {
  const kinds = kindsIn('en');
  it('en: a market told dramatically against plainly', () => {
    expect(kinds('tone', 'Shares in housebuilders slumped after the decision.', 'Shares in housebuilders fell after the decision.')).toEqual(['tone a slumped']);
  });
  it('de and en: a survey introduces its source; "defended" colours a statement', () => {
    expect(kinds('attribution', 'Nach einer Umfrage der Werbegemeinschaft fürchten viele Läden um ihre Existenz.', 'Viele Läden fürchten um ihre Existenz.', 'de')).toEqual(['attribution a Nach einer Umfrage der Werbegemeinschaft']);
    expect(kinds('attribution', 'The governor defended the decision.', 'The governor explained the decision.')).toEqual(['attribution a defended']);
  });
  it('en and de: a rise named differently, a car-free town centre named differently', () => {
    expect(kinds('label', 'The bank hiked interest rates again.', 'The bank raised interest rates again.')).toEqual(['label a hiked', 'label b raised']);
    // Plain words for a rise, and inflections of one word, are the same choice.
    expect(kinds('label', 'The bank raised interest rates again.', 'The bank announced an increase in interest rates.')).toEqual([]);
    expect(kinds('label', 'A hike in fares was agreed.', 'Fares were hiked.')).toEqual([]);
    expect(kinds('label', 'Russlands Präsident sprach.', 'Der Präsident Russland sprach.', 'de')).toEqual([]);
    expect(kinds('label', 'Die Altstadt wird autofrei.', 'Für die Altstadt gilt ein Autoverbot.', 'de')).toEqual(['label a autofrei', 'label b Autoverbot']);
  });
});

describe('courts and railways: verdicts, passengers, faults', () => {
  const kinds = kindsIn('en');
  it('en: a verdict named two ways; a prosecutor who gloats', () => {
    expect(kinds('label', 'Marsh was convicted of fraud on Tuesday.', 'Marsh was found guilty of fraud on Tuesday.')).toEqual(['label a convicted', 'label b found guilty']);
    expect(kinds('attribution', 'The prosecutor gloated that jurors had seen through her.', 'The prosecutor said that jurors had seen through her.')).toEqual(['attribution a gloated']);
  });
  it('de: passengers and the fault named differently', () => {
    expect(kinds('label', 'Tausende Fahrgäste saßen nach der Panne fest.', 'Tausende Reisende saßen nach der Störung fest.', 'de')).toEqual([
      'label a Fahrgäste', 'label a Panne', 'label b Reisende', 'label b Störung',
    ]);
  });
});

describe('quote', () => {
  it('de: a direct quotation against a paraphrase', () => {
    const cues = cuesFor('„Wir haben die Lage im Griff“, sagte die Bürgermeisterin.', 'Die Bürgermeisterin sagte, man habe die Lage im Griff.');
    expect(brief(cues.filter((c) => c.kind === 'quote'))).toEqual(['quote a Wir haben die Lage im Griff']);
  });
  it('en: straight and curly quotation marks', () => {
    const cues = cuesFor('"This offer is a snub," the union said.', 'The union called the offer a snub.', 'en');
    expect(brief(cues.filter((c) => c.kind === 'quote'))).toEqual(['quote a This offer is a snub,']);
    expect(brief(cuesFor('The union called it “a snub to workers”.', 'The union objected to the offer.', 'en').filter((c) => c.kind === 'quote'))).toEqual(['quote a a snub to workers']);
    // Quotation marks alone, around the same words, are cosmetic: no framing.
    expect(cuesFor('The union called it “a snub”.', 'The union called it a snub.', 'en')).toEqual([]);
  });
  it('en and de: outlets quoting different words of one statement each chose their words; the same words in part are no cue', () => {
    const quotes = (a: string, b: string, language?: Language) => kindsIn('en')('quote', a, b, language);
    expect(
      quotes(
        '"This is not a decision the board has taken lightly," the chairman said.',
        'The chairman said the board had acted while there was "still time to turn the season around".',
      ),
    ).toEqual(['quote a This is not a decision the board has taken lightly,', 'quote b still time to turn the season around']);
    expect(quotes('"This is not a decision the board has taken lightly," the chairman said.', 'The chairman said it was "not a decision the board has taken lightly".')).toEqual([]);
    expect(quotes('„Wir haben keine Hinweise auf Mängel“, sagte der Geschäftsführer.', 'Man habe „keine Hinweise auf Mängel“, sagte der Geschäftsführer.', 'de')).toEqual([]);
    expect(quotes('„Es tut uns leid“, sagte der Chef.', '„Wir arbeiten mit den Behörden zusammen“, sagte der Chef.', 'de')).toEqual([
      'quote a Es tut uns leid',
      'quote b Wir arbeiten mit den Behörden zusammen',
    ]);
  });
  it('de and en: an outlet named in quotation marks is a source, not a quotation; scare quotes still count', () => {
    const quotes = (a: string, b: string, language?: Language) => kindsIn('de')('quote', a, b, language);
    expect(quotes('Laut „CNN“ wurde das Treffen abgesagt.', 'Das Treffen wurde laut dem Sender abgesagt.')).toEqual([]);
    expect(quotes('Das berichtet „CNN“ unter Berufung auf Quellen.', 'Das berichtet der Sender unter Berufung auf Quellen.')).toEqual([]);
    expect(quotes('Laut „Süddeutscher Zeitung“ wurde das Treffen abgesagt.', 'Das Treffen wurde abgesagt.')).toEqual([]);
    expect(quotes('The talks were cancelled, according to "Politico".', 'The talks were cancelled, officials said.', 'en')).toEqual([]);
    expect(quotes('Der Kreml nannte das Telefonat „konstruktiv“.', 'Der Kreml lobte das Telefonat.')).toEqual(['quote a konstruktiv']);
    expect(quotes('Laut dem Sprecher war es „ein Fehler“.', 'Der Sprecher sprach von einem Fehler.')).toEqual(['quote a ein Fehler']);
  });
});

describe('number', () => {
  it('de: a figure against a number word, each with its hedge; a figure against a vague quantity', () => {
    const hedged = cuesFor('Rund 1200 Menschen wurden in Sicherheit gebracht.', 'Mehr als tausend Menschen wurden in Sicherheit gebracht.');
    expect(brief(hedged)).toEqual(['number a Rund 1200', 'number b Mehr als tausend']);
    expect(hedged.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt gives the figure 'Rund 1200'; Morgenpost gives 'Mehr als tausend'.");
    expect(brief(cuesFor('Es traten knapp drei Tonnen aus.', 'Es traten rund 2,5 Tonnen aus.'))).toEqual(['number a knapp drei', 'number b rund 2,5']);
    // The same figure, hedged in one outlet only, differs in certainty; hedged in both, it does not.
    const plain = cuesFor('Rund 120 Anwohner mussten ihre Häuser verlassen.', '120 Anwohner mussten ihre Häuser verlassen.');
    expect(brief(plain.filter((c) => c.kind === 'number'))).toEqual(['number a Rund 120', 'number b 120']);
    expect(cuesFor('Rund 120 Anwohner mussten gehen.', 'Rund 120 Anwohner mussten gehen.')).toEqual([]);
    const cues = cuesFor('Es wurden drei Schritte besprochen.', 'Es wurden mehrere Schritte besprochen.');
    expect(brief(cues)).toEqual(['number a drei', 'number b mehrere']);
    expect(cues.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt gives the figure 'drei'; Morgenpost gives 'mehrere'.");
  });
  it('en: a figure both outlets give is not named as the contrast', () => {
    const cues = cuesFor('The 48-hour strike began on Monday.', 'The strike began on Monday.', 'en');
    expect(cues.find((c) => c.kind === 'number')!.note).toBe("Tagesblatt gives the figure '48'; Morgenpost gives no such figure.");
    const both = cuesFor('In all, 3,000 workers joined on Monday.', 'In all, 2,800 workers joined on Monday.', 'en');
    expect(both.find((c) => c.kind === 'number' && c.articleId === 'a')!.note).toBe("Tagesblatt gives the figure '3,000'; Morgenpost gives '2,800'.");
  });
  it('de: "drei" and "3" are the same figure; a date against a span of time differs', () => {
    expect(cuesFor('Es wurden drei Schritte besprochen.', 'Es wurden 3 Schritte besprochen.')).toEqual([]);
    expect(brief(cuesFor('Sie trafen sich im August in Alaska.', 'Sie trafen sich vor gut zwei Monaten in Alaska.'))).toEqual([
      'number a August',
      'number b vor gut zwei Monaten',
    ]);
  });
  it('en: one figure written two ways is no difference', () => {
    expect(cuesFor('The port lost 35,000,000 euros.', 'The port lost 35 million euros.', 'en')).toEqual([]);
    expect(brief(cuesFor('About 40 ships are waiting.', 'Dozens of ships are waiting.', 'en'))).toEqual(['number a About 40', 'number b Dozens']);
  });
  it('de and en: a vague quantity of several words is one unspecific quantity', () => {
    const cues = cuesFor('The records of tens of thousands of patients were stolen.', 'The records of 38,000 patients were stolen.', 'en');
    expect(brief(cues)).toEqual(['number a tens of thousands', 'number b 38,000']);
    expect(cues.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt gives an unspecific quantity 'tens of thousands'; Morgenpost gives '38,000'.");
    expect(brief(cuesFor('Der Gemeinde fehlen mehrere Hunderttausend Euro.', 'Der Gemeinde fehlen 400.000 Euro.'))).toEqual([
      'number a mehrere Hunderttausend Euro',
      'number b 400.000 Euro',
    ]);
    // A date after a vague word is no part of it, nor a figure before one.
    expect(brief(cuesFor('In 2024 several ships sank.', 'Ships sank.', 'en'))).toEqual(['number a 2024', 'number a several']);
    expect(brief(cuesFor('Some Monday trains were cancelled.', 'Trains were cancelled.', 'en'))).toEqual(['number a Monday', 'number a Some']);
  });
});

describe('label', () => {
  it('de: Moskau against Kreml, with inflection (des Kremls)', () => {
    const cues = cuesFor('Moskau lehnte den Vorschlag ab.', 'Der Vorschlag des Kremls wurde abgelehnt.');
    expect(brief(cues.filter((c) => c.kind === 'label'))).toEqual(['label a Moskau', 'label b Kremls']);
    expect(cues.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt calls it 'Moskau' where Morgenpost says 'Kremls'.");
  });
  it('en: strike against walkout; a name used by one side only is no label difference', () => {
    expect(brief(cuesFor('The strike began on Monday.', 'The walkout began on Monday.', 'en'))).toEqual(['label a strike', 'label b walkout']);
    expect(cuesFor('The Kremlin reacted on Monday.', 'The reaction came on Monday.', 'en').filter((c) => c.kind === 'label')).toEqual([]);
  });
  it('de and en: a framing word choice (Konzern / Unternehmen, militants / fighters) is a label, which the aligner keeps apart', () => {
    const cues = cuesFor('Der Konzern bestreitet jede Gefahr.', 'Das Unternehmen bestreitet jede Gefahr.');
    expect(brief(cues.filter((c) => c.kind === 'label'))).toEqual(['label a Konzern', 'label b Unternehmen']);
    expect(brief(cuesFor('Militants shelled the town.', 'Fighters shelled the town.', 'en').filter((c) => c.kind === 'label'))).toEqual([
      'label a Militants',
      'label b Fighters',
    ]);
    expect(brief(cuesFor('A ransomware gang claimed the attack.', 'A criminal group claimed the attack.', 'en').filter((c) => c.kind === 'label'))).toEqual([
      'label a gang',
      'label b criminal group',
    ]);
    // Kreml and Moskau are one term for aligning; Konzern and Unternehmen stay two words.
    expect(canonicalVariant('kremls')).toBe(canonicalVariant('moskau'));
    expect(canonicalVariant('konzern')).toBeNull();
  });
});

describe('placement', () => {
  it('reports a fact in one lede and deep down in the other', () => {
    const a = article('a', 'Tagesblatt', 'de', ['Das Telefonat verlief konstruktiv.', 'Zweiter Absatz.', 'Dritter.', 'Vierter.', 'Fünfter.', 'Sechster.']);
    const b = article('b', 'Morgenpost', 'de', ['Anderes zuerst.', 'Zweiter.', 'Dritter.', 'Vierter.', 'Fünfter.', 'Das Telefonat verlief konstruktiv.']);
    const cues = cuesOf([
      { article: a, sentences: [a.sections[0]!.sentences[0]!] },
      { article: b, sentences: [b.sections[0]!.sentences[5]!] },
    ]);
    expect(cues.map((c) => `${c.kind} ${c.articleId} ${c.value} ${c.text}`)).toEqual(['placement a lede lede', 'placement b deep paragraph 6 of 6']);
    expect(cues[1]!.note).toBe('Morgenpost reports this deep down (paragraph 6 of 6), while Tagesblatt has it in its lede (first paragraph).');
  });
  it('sets no one- or two-paragraph article’s lede against another’s depth: there everything is at the top', () => {
    const a = article('a', 'Wire', 'de', ['Das Telefonat verlief konstruktiv.', 'Zweiter Absatz.']);
    const b = article('b', 'Morgenpost', 'de', ['Anderes zuerst.', 'Zweiter.', 'Dritter.', 'Vierter.', 'Fünfter.', 'Das Telefonat verlief konstruktiv.']);
    expect(cuesOf([
      { article: a, sentences: [a.sections[0]!.sentences[0]!] },
      { article: b, sentences: [b.sections[0]!.sentences[5]!] },
    ]).filter((c) => c.kind === 'placement')).toEqual([]);
  });
  it('calls no fact buried in an outlet whose own headline tells it', () => {
    const a = article('a', 'Tagesblatt', 'de', ['Das Telefonat verlief konstruktiv.', 'Zweiter Absatz.', 'Dritter.', 'Vierter.', 'Fünfter.', 'Sechster.']);
    const b = { ...article('b', 'Morgenpost', 'de', ['Anderes zuerst.', 'Zweiter.', 'Dritter.', 'Vierter.', 'Fünfter.', 'Das Telefonat verlief konstruktiv.']), title: 'Gipfel geplatzt, Telefonat konstruktiv' };
    expect(cuesOf([
      { article: a, sentences: [a.sections[0]!.sentences[0]!] },
      { article: b, sentences: [b.sections[0]!.sentences[5]!] },
    ]).filter((c) => c.kind === 'placement')).toEqual([]);
  });
});

describe('classify', () => {
  it('makes a unit whose wording differs only cosmetically an agreement', () => {
    const a = article('a', 'Tagesblatt', 'de', ['Vorher.', '„Das Gespräch war konstruktiv“, sagte Peskow.']);
    const b = article('b', 'Morgenpost', 'de', ['Vorher.', '"Das Gespräch war  Konstruktiv", sagte Peskow']);
    const [unit] = classify([a, b], { units: [{ id: 'u1', sentences: { a: ['a:s1'], b: ['b:s1'] }, missingFrom: [], pairs: [] }], sectionLinks: [] }, defaultThresholds);
    expect(unit!.cues).toEqual([]);
    expect(unit!.status).toBe('agreement');
  });

  it('sets framing, omission and exclusive by the contract', () => {
    const a = article('a', 'A', 'de', ['Angeblich kamen drei Minister.', 'Nur hier.']);
    const b = article('b', 'B', 'de', ['Es kamen drei Minister.', 'Zweiter.']);
    const c = article('c', 'C', 'de', ['Es kamen drei Minister.', 'Nur dort.']);
    const units = classify([a, b, c], {
      units: [
        { id: 'u1', sentences: { a: ['a:s0'], b: ['b:s0'], c: ['c:s0'] }, missingFrom: [], pairs: [] },
        { id: 'u2', sentences: { b: ['b:s0'], c: ['c:s0'] }, missingFrom: ['a'], pairs: [] },
        { id: 'u3', sentences: { a: ['a:s1'] }, missingFrom: ['b', 'c'], pairs: [] },
      ],
      sectionLinks: [],
    }, defaultThresholds);
    expect(units.map((u) => u.status)).toEqual(['framing', 'omission', 'exclusive']);
  });
});

describe('label through the word diff', () => {
  it('de: a noun swapped in otherwise identical wording', () => {
    const cues = cuesFor('Die Hafenarbeiter legten am Montag die Arbeit nieder.', 'Die Dockarbeiter legten am Montag die Arbeit nieder.');
    expect(brief(cues)).toEqual(['label a Hafenarbeiter', 'label b Dockarbeiter']);
  });
  it('de: a rewritten sentence is not a swap', () => {
    const cues = cuesFor('Die Hafenarbeiter streikten.', 'Die Gewerkschaft rief zum Ausstand auf.');
    expect(cues.filter((c) => c.value?.startsWith('swap:'))).toEqual([]);
  });
});

describe('placement in the headline', () => {
  it('finds the unit a headline tells and sets it against a body paragraph', () => {
    const a = { ...article('a', 'Tagesblatt', 'de', ['Der Kreml nannte das Telefonat mit Washington konstruktiv.', 'Zweiter.', 'Dritter.', 'Vierter.']), title: 'Kreml lobt konstruktives Telefonat' };
    const b = article('b', 'Morgenpost', 'de', ['Anderes zuerst.', 'Zweiter.', 'Der Kreml nannte das Telefonat mit Washington konstruktiv.', 'Vierter.'], (i) => i, 4);
    const [unit] = classify([a, b], { units: [{ id: 'u1', sentences: { a: ['a:s0'], b: ['b:s2'] }, missingFrom: [], pairs: [] }], sectionLinks: [] }, defaultThresholds);
    expect(unit!.cues.map((c) => `${c.kind} ${c.articleId} ${c.value}`)).toEqual(['placement a headline', 'placement b body']);
    expect(unit!.cues[0]!.note).toBe('Tagesblatt reports this in its headline, while Morgenpost has it in the body (paragraph 3 of 4).');
  });
  it('sets no headline against the body of a short article, where the body is right under the lede', () => {
    const a = { ...article('a', 'Tagesblatt', 'de', ['Der Kreml nannte das Telefonat mit Washington konstruktiv.', 'Zweiter.', 'Dritter.']), title: 'Kreml lobt konstruktives Telefonat' };
    const b = article('b', 'Morgenpost', 'de', ['Anderes zuerst.', 'Der Kreml nannte das Telefonat mit Washington konstruktiv.', 'Dritter.'], (i) => i, 3);
    const [unit] = classify([a, b], { units: [{ id: 'u1', sentences: { a: ['a:s0'], b: ['b:s1'] }, missingFrom: [], pairs: [] }], sectionLinks: [] }, defaultThresholds);
    expect(unit!.cues.filter((c) => c.kind === 'placement')).toEqual([]);
  });
});

describe('tone under negation', () => {
  it('de: a main clause negated at its end ("Eine Einigung gab es dort nicht") says the opposite too', () => {
    expect(brief(cuesFor('Eine Einigung gab es dort nicht.', 'Das Treffen war ohne jede Einigung geblieben.').filter((c) => c.kind === 'tone'))).toEqual([]);
    expect(brief(cuesFor('Konstruktiv war das Gespräch nicht.', 'Konstruktiv war das Gespräch.').filter((c) => c.kind === 'tone'))).toEqual([
      'tone a Konstruktiv war das Gespräch nicht',
      'tone b Konstruktiv',
    ]);
    // A negation closing another clause is not the word's.
    expect(brief(cuesFor('Das Gespräch war konstruktiv, sagte er nicht.', 'Das Gespräch war konstruktiv.').filter((c) => c.kind === 'tone'))).toEqual([]);
  });
  it('de and en: the negated word is its own signal, quoted with its negation', () => {
    const cues = cuesFor('Russland sieht darin keinen Rückschlag für den Dialog.', 'Russland sieht darin einen Rückschlag für den Dialog.');
    expect(brief(cues.filter((c) => c.kind === 'tone'))).toEqual(['tone a keinen Rückschlag', 'tone b Rückschlag']);
    expect(brief(cuesFor('It was not a setback, the operator said.', 'The operator said it was a setback.', 'en').filter((c) => c.kind === 'tone'))).toEqual([
      'tone a not a setback',
      'tone b setback',
    ]);
  });
});

describe('labels inside hyphenated compounds; who speaks for workers, who had to leave, who fights a fire', () => {
  const kinds = kindsIn('de');
  it('de: "Stadtwerke-Konzern" names a Konzern; "Warnstreik" is a strike', () => {
    expect(kinds('label', 'Der Stadtwerke-Konzern bot 2,5 Prozent.', 'Das Unternehmen bot 2,5 Prozent.')).toEqual(['label a Stadtwerke-Konzern', 'label b Unternehmen']);
    expect(kinds('label', 'Zwei Warnstreiks legten die Stadt lahm.', 'Zwei Arbeitsniederlegungen legten die Stadt lahm.')).toEqual([
      'label a Warnstreiks',
      'label b Arbeitsniederlegungen',
    ]);
    // A warning strike is a strike to the label table (the swap of one noun is reported as a swap).
    const strikes = cuesFor('Zwei Warnstreiks legten die Stadt lahm.', 'Zwei Streiks legten die Stadt lahm.').filter((c) => c.kind === 'label');
    expect(strikes.map((c) => c.value)).toEqual(['swap:Streiks', 'swap:Warnstreiks']);
  });
  it('de: the union by its name or by its role', () => {
    expect(kinds('label', 'Die Gewerkschaft forderte acht Prozent.', 'Die Arbeitnehmervertreter forderten acht Prozent.')).toEqual([
      'label a Gewerkschaft',
      'label b Arbeitnehmervertreter',
    ]);
  });
  it('en: families against residents; personnel against firefighters, but crews are firefighters', () => {
    expect(kinds('label', 'About 3,000 residents had to leave.', 'About 3,000 families had to leave.', 'en')).toEqual(['label a residents', 'label b families']);
    expect(kinds('label', 'About 600 firefighters are at work.', 'About 600 personnel are at work.', 'en')).toEqual(['label a firefighters', 'label b personnel']);
    expect(kinds('label', 'About 600 firefighters are at work.', 'About 600 crews are at work.', 'en')).toEqual([]);
  });
});

describe('tone: a bargaining side belittled, a disaster told vividly; certainty: "is reported to"', () => {
  const kinds = kindsIn('de');
  it('de: "magere 2,5 Prozent", "kräftiges Plus", "Geiselhaft"', () => {
    expect(kinds('tone', 'Das erste Angebot, magere 2,5 Prozent, lehnte sie ab.', 'Das erste Angebot, 2,5 Prozent, lehnte sie ab.')).toEqual(['tone a magere']);
    expect(kinds('tone', 'Der Abschluss bedeutet ein kräftiges Plus.', 'Der Abschluss bedeutet ein Plus.')).toEqual(['tone a kräftiges Plus']);
    expect(kinds('tone', 'Die Gewerkschaft nehme die Stadt in Geiselhaft.', 'Die Gewerkschaft bestreike die Stadt.')).toEqual(['tone a Geiselhaft']);
  });
  it('en: "inferno", "forced to flee", "slashed"; an authority that "sat idle"', () => {
    expect(kinds('tone', 'The inferno has burned 12,000 acres.', 'The fire has burned 12,000 acres.', 'en')).toEqual(['tone a inferno']);
    expect(kinds('tone', 'Thousands were forced to flee.', 'Thousands were told to leave.', 'en')).toEqual(['tone a forced to flee']);
    expect(kinds('tone', 'The government slashed the budget.', 'The government cut the budget.', 'en')).toEqual(['tone a slashed']);
    expect(kinds('tone', 'Two tankers sat idle on Wednesday.', 'Two tankers were not used on Wednesday.', 'en')).toEqual(['tone a sat idle']);
  });
  it('en: "is reported to have died" is hearsay', () => {
    expect(kinds('certainty', 'A man is reported to have died.', 'A man died.', 'en')).toEqual(['certainty a is reported to']);
  });
});

describe('precision: plain news words are no tone, an audience or a pronoun is no source', () => {
  const kinds = kindsIn('en');
  it('en: "supported by helicopters", "stable condition", "trying to save" are plain senses', () => {
    expect(kinds('tone', 'Crews are supported by four helicopters.', 'Crews have four helicopters.')).toEqual([]);
    expect(kinds('tone', 'He is in stable condition after trying to save a house.', 'He is in hospital after a house fire.')).toEqual([]);
  });
  it('en: "told to go", "according to her", "told reporters" name no source; "according to the fire service" does', () => {
    expect(kinds('attribution', 'If you are told to go, go now.', 'Go now.')).toEqual([]);
    expect(kinds('attribution', 'She was at a dinner, according to her schedule.', 'She was at a dinner.')).toEqual([]);
    // Pike, who speaks, is the source; the reporters are whom she told.
    expect(kinds('attribution', 'Pike told reporters the fire was moving fast.', 'The fire was moving fast.')).toEqual(['attribution a Pike told']);
    expect(kinds('attribution', 'No one was injured, according to the fire service.', 'No one was injured.')).toEqual(['attribution a according to the fire service']);
  });
  it('de: findings of nobody named are an attribution all the same', () => {
    expect(kindsIn('de')('attribution', 'Auslöser war nach ersten Erkenntnissen ein Leck.', 'Auslöser war ein Leck.')).toEqual([
      'attribution a nach ersten Erkenntnissen',
    ]);
  });
});

describe('unrest and quarrels: loaded words, unverified claims, whose source', () => {
  const kinds = kindsIn('en');
  it('en: "mob violence", "yobs" against marchers, "whined", "supposedly", "has not been able to verify"', () => {
    expect(kinds('tone', 'The protest descended into mob violence.', 'The protest ended in clashes.')).toEqual(['tone a mob']);
    expect(kinds('label', 'Masked yobs threw bottles at police.', 'Some marchers threw bottles at police.')).toEqual(['label a yobs', 'label b marchers']);
    expect(kinds('attribution', 'Whitlock whined that marchers were beaten.', 'Whitlock said that marchers were beaten.')).toEqual(['attribution a whined']);
    expect(kinds('certainty', 'A clip supposedly shows an officer hitting a man.', 'A clip shows an officer hitting a man.')).toEqual(['certainty a supposedly']);
    expect(kinds('certainty', 'The BBC has not been able to verify what came before.', 'The BBC knows what came before.')).toEqual([
      'certainty a not been able to verify',
    ]);
  });
  it('en: an unnamed source keeps the word that says whose it is', () => {
    expect(kinds('attribution', 'Seventeen officers were hurt, a police source said.', 'Seventeen officers were hurt.')).toEqual(['attribution a a police source said']);
  });
  it('de: a quarrel told as a brawl; a poll with an adjective; the head of a Land government', () => {
    const de = kindsIn('de');
    expect(de('tone', 'Der Gipfel ist krachend gescheitert.', 'Der Gipfel ist gescheitert.')).toEqual(['tone a krachend']);
    expect(de('attribution', 'Zwei Drittel sind laut einer neuen Umfrage unzufrieden.', 'Zwei Drittel sind unzufrieden.')).toEqual(['attribution a laut einer neuen Umfrage']);
    expect(de('label', 'Regierungschef Falkenrath blieb gelassen.', 'Ministerpräsident Falkenrath blieb gelassen.')).toEqual([
      'label a Regierungschef',
      'label b Ministerpräsident',
    ]);
  });
});

describe('job cuts and profits: outrage words, a reckoning, unnamed sources counted, the end of a year', () => {
  const kinds = kindsIn('en');
  it('en: "bloodbath", "splashing out", "rocketed"; "reckon" is an inference', () => {
    expect(kinds('tone', 'Bosses called the bloodbath necessary.', 'Bosses called the cuts necessary.')).toEqual(['tone a bloodbath']);
    expect(kinds('tone', 'It is splashing out on a buyback.', 'It is paying for a buyback.')).toEqual(['tone a splashing out']);
    expect(kinds('certainty', 'Bosses reckon the cuts will save €1bn.', 'The cuts will save €1bn.')).toEqual(['certainty a reckon']);
  });
  it('en: "according to two people familiar" keeps its introduction; "by the end of 2028" is one date', () => {
    expect(kinds('attribution', 'The board weighed a closure, according to two people familiar with the talks.', 'The board weighed a closure.')).toEqual([
      'attribution a according to two people familiar',
    ]);
    expect(kindsIn('en')('number', 'The cuts come by the end of 2028.', 'The cuts come later.')).toEqual(['number a end of 2028']);
  });
});

describe('a storm: hell and torrents, slides of mud, damage in the millions, an open question, a farmer introduced', () => {
  const kinds = kindsIn('de');
  it('de: "Hagel-Hölle", "reißenden Strom"; "Schlammlawine" against "Erdrutsch"', () => {
    expect(kinds('tone', 'Die Hagel-Hölle traf das Tal.', 'Das Unwetter traf das Tal.')).toEqual(['tone a Hagel-Hölle']);
    expect(kinds('tone', 'Die Wiesach wurde zum reißenden Strom.', 'Die Wiesach trat über die Ufer.')).toEqual(['tone a reißenden Strom']);
    expect(kinds('label', 'Eine Schlammlawine verschüttete die Straße.', 'Ein Erdrutsch verschüttete die Straße.')).toEqual([
      'label a Schlammlawine',
      'label b Erdrutsch',
    ]);
  });
  it('de: "im zweistelligen Millionenbereich" is one vague quantity; "völlig offen" is doubt', () => {
    expect(kinds('number', 'Der Schaden liegt im zweistelligen Millionenbereich.', 'Der Schaden liegt bei 14 Millionen Euro.')).toEqual([
      'number a zweistelligen Millionenbereich',
      'number b 14 Millionen Euro',
    ]);
    expect(kinds('certainty', 'Ob der Mann mitgerissen wurde, ist völlig offen.', 'Der Mann wurde mitgerissen.')).toEqual(['certainty a völlig offen']);
  });
  it('de: "Bauer Georg Emmerling" against "Landwirt Georg Emmerling", reported once', () => {
    expect(kinds('label', 'Bauer Georg Emmerling verlor alles.', 'Landwirt Georg Emmerling verlor alles.')).toEqual([
      'label a Bauer',
      'label b Landwirt',
    ]);
  });
});

describe('certainty: a finding told as proven', () => {
  it('de: "haben herausgefunden" against a study that "legt nahe"', () => {
    const cues = cuesFor('Forscher haben herausgefunden, dass Süßstoff krank macht.', 'Eine Studie legt nahe, dass Süßstoff krank macht.').filter((c) => c.kind === 'certainty');
    expect(cues.map((c) => c.text)).toEqual(['herausgefunden']);
    expect(cues[0]!.note).toBe("Tagesblatt tells it as proven ('herausgefunden'); Morgenpost does not.");
  });
});

describe('attribution: the speaker named before the reporting verb', () => {
  it('en: "Union leader Dana Whitlock said" and "…, Whitlock said" name Whitlock; "He said" and "Officials said" do not name anyone', () => {
    const en = kindsIn('en');
    expect(en('attribution', 'Union leader Dana Whitlock said the march was peaceful.', 'The march was peaceful.')).toEqual(['attribution a Dana Whitlock said']);
    expect(en('attribution', 'The march was peaceful, Whitlock said.', 'The march was peaceful, Whitlock said.')).toEqual([]);
    expect(en('attribution', 'He said the march was peaceful.', 'The march was peaceful.')).toEqual([]);
    expect(en('attribution', 'Officials said the march was peaceful.', 'The march was peaceful.')).toEqual(['attribution a Officials said']);
  });
  it('en: an institution in lower case before the verb ("…, police said", "the company said") names it; a pronoun does not', () => {
    const en = kindsIn('en');
    expect(en('attribution', 'Two men were arrested, police said.', 'Two men were arrested.')).toEqual(['attribution a police said']);
    expect(en('attribution', 'Profits rose, the company said on Tuesday.', 'Profits rose.')).toEqual(['attribution a the company said']);
    expect(en('attribution', 'Profits rose, he said.', 'Profits rose.')).toEqual([]);
    // The same source in both outlets, one with "said" and one with "according to", is no difference.
    expect(en('attribution', 'Bank details were not held, the trust said.', 'Financial information was not affected, according to the trust.')).toEqual([]);
  });
  it('de: "Studienleiterin Miriam Rehberg sagte", "Die Polizei teilte … mit"; not "Sie sagte" or "Am Montag sagte"', () => {
    const de = kindsIn('de');
    expect(de('attribution', 'Studienleiterin Miriam Rehberg sagte, die Studie belege nichts.', 'Die Studie belegt nichts.')).toEqual([
      'attribution a Studienleiterin Miriam Rehberg sagte',
    ]);
    expect(de('attribution', 'Die Polizei teilte am Abend mit, die Straße sei frei.', 'Die Straße ist frei.')).toEqual(['attribution a Polizei teilte']);
    expect(de('attribution', 'Sie sagte, die Straße sei frei.', 'Die Straße ist frei.')).toEqual([]);
    expect(de('attribution', 'Am Montag sagte er, die Straße sei frei.', 'Die Straße ist frei.')).toEqual([]);
  });
});

describe('certainty: the outlet’s hedges, not the speaker’s', () => {
  it('de and en: a hedge inside a direct quotation is no cue; "er könne" is reported speech', () => {
    expect(kindsIn('de')('certainty', '„Ich habe keine Zeit“, sagte er.', 'Er hatte keine Zeit.')).toEqual([]);
    expect(kindsIn('en')('certainty', '"We may have to close," she said.', 'They will close.')).toEqual([]);
    expect(kindsIn('en')('certainty', 'The plant may have to close, she said.', 'The plant will close, she said.')).toEqual(['certainty a may']);
    expect(kindsIn('de')('certainty', 'Er sagte, er könne nicht kommen.', 'Er kann nicht kommen.')).toEqual(['certainty a könne']);
  });
});

describe('tone: emphasis that makes a size or a criticism extreme', () => {
  it('de: a tone adjective\'s cue holds the noun it qualifies, unless the noun is a tone word of its own', () => {
    expect(kindsIn('de')('tone', 'Die Gewerkschaft erntete massive Kritik.', 'Die Gewerkschaft wurde kritisiert.')).toEqual(['tone a massive Kritik']);
    expect(kindsIn('de')('tone', 'Am Abend herrschte massives Verkehrschaos in der Stadt.', 'Am Abend gab es Staus in der Stadt.')).toEqual(['tone a Verkehrschaos', 'tone a massives']);
    const [cue] = cuesFor('Die Gewerkschaft erntete massive Kritik.', 'Die Gewerkschaft wurde kritisiert.', 'de').filter((c) => c.kind === 'tone');
    expect(cue!.note).toBe("Tagesblatt uses the evaluative words 'massive Kritik'; Morgenpost does not.");
  });
  it('de and en: "massive Kritik", "scharf kritisiert", "a scathing report", "whopping"', () => {
    expect(kindsIn('de')('tone', 'Es gab massive Kritik an dem Plan.', 'Es gab Kritik an dem Plan.')).toEqual(['tone a massive Kritik']);
    expect(kindsIn('de')('tone', 'Die Opposition hat den Plan scharf kritisiert.', 'Die Opposition hat den Plan kritisiert.')).toEqual(['tone a scharf kritisiert']);
    expect(kindsIn('en')('tone', 'A scathing report found failures.', 'A report found failures.')).toEqual(['tone a scathing']);
    expect(kindsIn('en')('tone', 'He earns a whopping £4m.', 'He earns £4m.')).toEqual(['tone a whopping']);
  });
});

describe('tone: a figure made small', () => {
  it('de and en: "gerade einmal", "nicht einmal", "by just", "a mere"', () => {
    expect(kindsIn('de')('tone', 'Der Antrag bekam gerade einmal drei Stimmen.', 'Der Antrag bekam drei Stimmen.')).toEqual(['tone a gerade einmal']);
    expect(kindsIn('en')('tone', 'The rise passed by just five votes to four.', 'The rise passed five votes to four.')).toEqual(['tone a by just']);
    expect(kindsIn('en')('tone', 'Turnout was a mere 23 percent.', 'Turnout was 23 percent.')).toEqual(['tone a a mere']);
  });
});

describe('attribution: ", so der Minister" closes a German paraphrase', () => {
  const de = kindsIn('de');
  it('names the source after "so" at the sentence end, or a speaker inside it; not "so viele" or "so der Plan"', () => {
    expect(de('attribution', 'Die Lage sei ernst, so der Bürgermeister.', 'Die Lage ist ernst.')).toEqual(['attribution a so der Bürgermeister']);
    expect(de('attribution', 'Die Lage sei ernst, so Bürgermeister Müller, und werde schlimmer.', 'Die Lage ist ernst.')).toEqual([
      'attribution a so Bürgermeister Müller',
    ]);
    expect(de('attribution', 'Es kamen so viele Menschen wie nie.', 'Es kamen viele Menschen.')).toEqual([]);
    expect(de('attribution', 'Bis 2030, so der Plan, soll die Straße fertig sein.', 'Bis 2030 soll die Straße fertig sein.')).toEqual([]);
  });
});

describe('attribution: words inside a direct quotation are the speaker’s', () => {
  it('en and de: a reporting verb inside the quotation names no source; the one outside does', () => {
    expect(kindsIn('en')('attribution', '"I have told Halvorsen\'s management to come," Holt said.', 'Holt wants to meet the management.')).toEqual([
      'attribution a Holt said',
    ]);
    expect(kindsIn('de')('attribution', '„Laut unseren Zahlen ist alles gut“, sagte der Sprecher.', 'Alles ist gut.')).toEqual(['attribution a sagte der Sprecher']);
  });
});

describe('label: one name in two grammatical cases', () => {
  it('de: "das Weiße Haus" and "des Weißen Hauses" are one choice, no label against each other', () => {
    expect(brief(cuesFor('Das Weiße Haus äußerte sich nicht zu dem Treffen.', 'Aus dem Weißen Haus hieß es nichts zu dem Treffen.').filter((c) => c.kind === 'label'))).toEqual([]);
  });
});

describe('label: what names the same thing plainly, or names something else', () => {
  const kinds = kindsIn('de');
  it('a capital after a preposition of place, or as a dateline, says where, not who', () => {
    expect(kinds('label', 'Der Kreml wies die Vorwürfe zurück, sagte ein Sprecher in Moskau.', 'Der Kreml wies die Vorwürfe zurück.')).toEqual([]);
    expect(kinds('label', 'Washington (ap) Ein Treffen der Minister wurde abgesagt.', 'Das Weiße Haus sagte ein Treffen der Minister ab.')).toEqual([]);
    expect(kinds('label', 'The talks were held in Moscow on Friday.', 'The Kremlin held talks on Friday.', 'en')).toEqual([]);
    expect(kinds('label', 'Moskau wies die Vorwürfe zurück.', 'Der Kreml wies die Vorwürfe zurück.')).toEqual(['label a Moskau', 'label b Kreml']);
  });
  it('researchers and scientists are one plain word; experts stay another choice', () => {
    expect(kinds('label', 'Die Forscher werteten Daten von 900 Kindern aus.', 'Die Wissenschaftler werteten Daten von 900 Kindern aus.')).toEqual([]);
    expect(kinds('label', 'The scientists studied 900 children.', 'The researchers studied 900 children.', 'en')).toEqual([]);
  });
  it('a noun that stands in both sentences was moved, not swapped for another name', () => {
    expect(kinds('label', 'Ein Riss in der Leitung, die Pumpe lief am selben Abend wieder.', 'Ein Riss in der Pumpe, die Leitung lief am selben Abend wieder.')).toEqual([]);
  });
});
