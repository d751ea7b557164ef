// Certainty cues found by grammar rather than by a word list: German Konjunktiv by where the verb stands.
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../src/core/model.js';
import { cuesFor } from '../../support/cue-units.js';

const certainty = (a: string, b: string) =>
  cuesFor(a, b, 'de')
    .filter((c: Cue) => c.kind === 'certainty')
    .map((c) => `${c.articleId} ${c.text}`)
    .sort();

describe('certainty: German Konjunktiv I of any verb, by its place in the clause', () => {
  it('a verb in -e right after the subject, against the indicative', () => {
    expect(certainty('Der Sprecher erklärte, der Vertrag gehe an die Grenze des Machbaren.', 'Der Vertrag geht an die Grenze des Machbaren.')).toEqual(['a gehe']);
    expect(certainty('Laut dem Landrat liefere die Firma keine Unterlagen.', 'Die Firma liefert keine Unterlagen.')).toEqual(['a liefere']);
    expect(certainty('Er sagte, man plane einen Neubau.', 'Die Stadt plant einen Neubau.')).toEqual(['a plane']);
  });
  it('a verb in -e after the object, the subject following (German word order)', () => {
    expect(certainty('Einen Beweis belege die Untersuchung nicht, betonte die Forscherin.', 'Die Untersuchung belegt keinen Beweis.')).toEqual(['a belege']);
  });
  it('a verb in -e that ends its clause', () => {
    expect(certainty('Der Bürgermeister zeigte sich sicher, dass eine Lösung noch gelinge.', 'Der Bürgermeister ist sicher, dass eine Lösung gelingt.')).toEqual(['a gelinge']);
  });
  it('the same grammar in both outlets, or a listed form in the other, is no difference', () => {
    expect(certainty('Die Firma liefere nichts, hieß es.', 'Man plane nichts, sagte er.')).toEqual([]);
    expect(certainty('Die Firma liefere nichts.', 'Die Firma sei untätig.')).toEqual([]);
  });
  it('not an adjective, an adverb, a weak past or the first person', () => {
    // adjectives before a noun, a figure or after an article
    expect(certainty('Der Konzern bot der Stadt günstige Grundstücke an.', 'Der Konzern bot der Stadt Grundstücke an.')).toEqual([]);
    expect(certainty('Das Land gibt der Stadt zusätzliche 20 Millionen.', 'Das Land gibt der Stadt 20 Millionen.')).toEqual([]);
    expect(certainty('Das Land gibt der Stadt zusätzliche zehn Millionen.', 'Das Land gibt der Stadt zehn Millionen.')).toEqual([]);
    expect(certainty('Das war die letzte.', 'Das war es.')).toEqual([]);
    // weak past tense in -te
    expect(certainty('Die Polizei meldete einen Unfall.', 'Die Polizei berichtet von einem Unfall.')).toEqual([]);
    // adverbs and particles in -e
    expect(certainty('Die Stadt stellt das Projekt infrage.', 'Die Stadt bezweifelt das Projekt.')).toEqual([]);
    expect(certainty('Die Stadt baut schrittweise um.', 'Die Stadt baut um.')).toEqual([]);
    expect(certainty('Einer Studie zufolge steigt das Risiko.', 'Das Risiko steigt.')).toEqual([]);
    // inside a quotation the words are the speaker's
    expect(certainty('„Ich glaube, das gehe so nicht“, sagte er.', 'Er hält das für falsch.')).toEqual([]);
  });
});

describe('certainty: "sollen" after a form of "haben" is a plan, not hearsay', () => {
  it('"hätte … stattfinden sollen" says what was planned', () => {
    expect(certainty('Das Treffen hätte am Donnerstag stattfinden sollen.', 'Das Treffen war für Donnerstag geplant.')).toEqual([]);
    expect(certainty('Die Stadt hat den Plan nicht umsetzen sollen, urteilte das Gericht.', 'Die Stadt setzte den Plan nicht um.')).toEqual([]);
  });
  it('hearsay "sollen" still hedges, also after a "haben" of another clause', () => {
    expect(certainty('Die Täter sollen das Gebäude nach wenigen Minuten verlassen haben.', 'Die Täter verließen das Gebäude nach wenigen Minuten.')).toEqual(['a sollen']);
    expect(certainty('Die Ermittler haben bestätigt, die Täter sollen.', 'Die Ermittler bestätigten die Täter.')).toEqual(['a sollen']);
    expect(certainty('Das Treffen wurde abgesagt, wie Quellen dem Sender gesagt haben sollen.', 'Das Treffen wurde abgesagt, sagten Quellen dem Sender.')).toEqual(['a sollen']);
  });
});

describe('certainty: Konjunktiv I against a direct quote is a paraphrase, not a hedge', () => {
  it('no certainty cue when the other outlet quotes the speaker', () => {
    expect(certainty('Man sei enttäuscht, erklärte ein Sprecher.', '„Wir sind enttäuscht“, erklärte ein Sprecher.')).toEqual([]);
    expect(certainty('Der Abschluss gehe an die Grenze, sagte Talbach.', 'Talbach sagte: „Der Abschluss geht an die Grenze.“')).toEqual([]);
  });
  it('against the indicative it still is one, attributed or not: the indicative takes it as fact', () => {
    expect(certainty('Die Lage sei unter Kontrolle, erklärte Müller.', 'Die Lage ist unter Kontrolle, erklärte Müller.')).toEqual(['a sei']);
    expect(certainty('Die Lage sei unter Kontrolle, erklärte Müller.', 'Die Lage ist unter Kontrolle.')).toEqual(['a sei']);
  });
  it('a hedge word is a hedge also against a quote', () => {
    expect(certainty('Die Täter sollen nach wenigen Minuten geflohen sein.', '„Nach wenigen Minuten waren sie weg“, sagte ein Zeuge.')).toEqual(['a sollen']);
  });
});

describe('certainty: "soll" on a passive infinitive is a plan, not hearsay', () => {
  it('reads "soll … gebaut werden" as a plan', () => {
    expect(certainty('Die neue Halle soll bis zum Herbst gebaut werden.', 'Die neue Halle wird bis zum Herbst gebaut.')).toEqual([]);
    expect(certainty('Der Kreis teilte mit, dass die Schule abgerissen werden soll.', 'Die Schule wird abgerissen.')).toEqual([]);
  });
  it('still reads the perfect and a change of state as hearsay or forecast', () => {
    expect(certainty('Der Fahrer soll das Signal übersehen haben.', 'Der Fahrer übersah das Signal.')).toEqual(['a soll']);
    expect(certainty('Am Abend soll der Wind schwächer werden.', 'Am Abend wird der Wind schwächer.')).toEqual(['a soll']);
  });
});

describe('certainty: "soll" with an active infinitive is a plan where the clause says so', () => {
  it('a scheduled or purposeful verb: taking place, coming into force, making up for something', () => {
    expect(certainty('Das Festival soll in Lindau stattfinden.', 'Das Festival findet in Lindau statt.')).toEqual([]);
    expect(certainty('Die neue Regel soll für alle Betriebe gelten.', 'Die neue Regel gilt für alle Betriebe.')).toEqual([]);
    expect(certainty('Zwei neue Buslinien sollen die Sperrung ausgleichen.', 'Zwei neue Buslinien gleichen die Sperrung aus.')).toEqual([]);
  });
  it('a time ahead or a word for a plan in the clause', () => {
    expect(certainty('Die Anlage soll ab Herbst Strom liefern.', 'Die Anlage liefert ab Herbst Strom.')).toEqual([]);
    expect(certainty('Die Halle soll 2028 fertig sein.', 'Die Halle ist 2028 fertig.')).toEqual([]);
    expect(certainty('Die Brücke soll im Mai wieder befahrbar sein.', 'Die Brücke ist im Mai wieder befahrbar.')).toEqual([]);
    expect(certainty('Nach den Plänen der Stadt soll das Ufer ein Park werden.', 'Das Ufer wird ein Park.')).toEqual([]);
  });
  it('people told what to do', () => {
    expect(certainty('Anwohner sollen Fenster und Türen geschlossen halten.', 'Anwohner müssen Fenster und Türen geschlossen halten.')).toEqual([]);
    expect(certainty('Fahrgäste sollen auf die S-Bahn ausweichen.', 'Fahrgäste müssen auf die S-Bahn ausweichen.')).toEqual([]);
  });
  it('the passive put first: "Finanziert werden soll …"', () => {
    expect(certainty('Finanziert werden soll der Umbau aus Landesmitteln.', 'Der Umbau wird aus Landesmitteln finanziert.')).toEqual([]);
  });
  it('still hearsay: deeds and states without a sign of a plan, the perfect even with a time, "seit", a cost', () => {
    expect(certainty('Der Bürgermeister soll Millionen verdienen.', 'Der Bürgermeister verdient Millionen.')).toEqual(['a soll']);
    expect(certainty('Der Fahrer soll im Mai zu schnell gefahren sein.', 'Der Fahrer fuhr im Mai zu schnell.')).toEqual(['a soll']);
    expect(certainty('Der Täter soll seit 2020 in der Stadt leben.', 'Der Täter lebt seit 2020 in der Stadt.')).toEqual(['a soll']);
    expect(certainty('Rund 200 Passagiere sollen an Bord sein.', 'Rund 200 Passagiere sind an Bord.')).toEqual(['a sollen']);
    expect(certainty('Die Mehrkosten sollen sich auf 15 Millionen Euro belaufen.', 'Die Mehrkosten belaufen sich auf 15 Millionen Euro.')).toEqual(['a sollen']);
  });
});

describe('certainty: Konjunktiv beside a hedge word', () => {
  it('in the sentence of a hedge word it is the grammar carrying that hedge, not a second cue', () => {
    expect(certainty('Die Firma sprach von einem Defekt, der möglicherweise bei Bauarbeiten entstanden sei.', 'Ein Defekt entstand bei Bauarbeiten.')).toEqual(['a möglicherweise']);
  });
  it('against an outlet that hedges with a word it is no difference; the hedge word against it still is', () => {
    expect(certainty('Die Firma habe nichts geliefert, erklärte der Landrat.', 'Angeblich hat die Firma nichts geliefert.')).toEqual(['b Angeblich']);
    expect(certainty('Die Firma habe nichts geliefert, erklärte der Landrat.', 'Die Firma hat nichts geliefert.')).toEqual(['a habe']);
  });
});

describe('certainty: Konjunktiv II of a condition is no reported speech', () => {
  it('in a clause opened by falls / wenn / als', () => {
    expect(certainty('Der Verband droht mit einer Klage, falls die Stadt die Gebühren erhöhen würde.', 'Der Verband droht mit einer Klage, wenn die Stadt die Gebühren erhöht.')).toEqual([]);
    expect(certainty('Der Betrieb lief weiter, als wäre nichts geschehen.', 'Der Betrieb lief weiter.')).toEqual([]);
  });
  it('the same form telling what someone said is still one', () => {
    expect(certainty('Der Verband sagte, die Gebühren würden erhöht.', 'Die Gebühren werden erhöht.')).toEqual(['a würden']);
  });
});

describe('certainty: a finding told as proven differs from a hedge or a study, not from a plain statement', () => {
  it('no cue against an outlet that states the same finding as plainly', () => {
    expect(certainty('Kontrolleure haben in den Proben Salmonellen nachgewiesen.', 'Kontrolleure haben in den Proben Salmonellen gefunden.')).toEqual([]);
  });
  it('a cue against a study’s result or a hedge', () => {
    expect(certainty('Forscher haben bewiesen, dass der Wirkstoff hilft.', 'Der Wirkstoff hilft laut einer neuen Studie.')).toEqual(['a bewiesen']);
    expect(certainty('Forscher haben bewiesen, dass der Wirkstoff hilft.', 'Der Wirkstoff könnte helfen.')).toEqual(['a bewiesen', 'b könnte']);
  });
});

const certaintyEn = (a: string, b: string) =>
  cuesFor(a, b, 'en')
    .filter((c: Cue) => c.kind === 'certainty')
    .map((c) => `${c.articleId} ${c.text}`)
    .sort();

describe('certainty: a possibility told as a predicate is the same hedge as "could"', () => {
  it('"are possible" against "could", "nicht ausgeschlossen" against "könnte": no difference', () => {
    expect(certaintyEn('More strikes could follow next week, the union said.', 'More strikes next week are possible, the union said.')).toEqual([]);
    expect(certainty('Weitere Streiks könnten folgen.', 'Weitere Streiks sind nicht ausgeschlossen.')).toEqual([]);
  });
  it('against a plain statement it is a hedge; a denial is none', () => {
    expect(certaintyEn('More strikes next week are possible.', 'More strikes will follow next week.')).toEqual(['a are possible']);
    expect(certainty('Eine Einigung ist nicht möglich.', 'Es gibt keine Einigung.')).toEqual([]);
  });
});

describe('certainty: Konjunktiv against a demand told in a zu-infinitive, or speech told as a noun, is no difference', () => {
  it('the other outlet states no fact either', () => {
    expect(certainty('Man müsse die Kämpfe sofort stoppen, sagte der Präsident.', 'Der Präsident fordert, die Kämpfe sofort zu stoppen.')).toEqual([]);
    expect(certainty('Man müsse die Kämpfe sofort stoppen, sagte der Präsident.', 'Der Präsident warb dafür, die Kämpfe sofort einzustellen.')).toEqual([]);
  });
  it('nor against what someone spoke of, told as a noun', () => {
    expect(certainty('Es handle sich um einen Defekt an der Leitung, sagte ein Sprecher.', 'Der Betreiber sprach von einem Defekt an der Leitung.')).toEqual([]);
    expect(certainty('Es handle sich um einen Defekt an der Leitung, sagte ein Sprecher.', 'Es handelt sich um einen Defekt an der Leitung.')).toEqual(['a handle']);
  });
  it('against the indicative, a dass-clause in the indicative, or "zu" before a noun it still is one', () => {
    expect(certainty('Man müsse die Kämpfe sofort stoppen, sagte der Präsident.', 'Die Kämpfe müssen sofort gestoppt werden, sagte der Präsident.')).toEqual(['a müsse']);
    expect(certainty('Die Studie belege keinen Zusammenhang, sagte die Autorin.', 'Die Autorin räumte ein, dass die Studie keinen Zusammenhang belegt.')).toEqual(['a belege']);
    expect(certainty('Der Bauer sagte, der Hagel habe den Weizen vernichtet.', 'Der Bauer blickt auf den Weizen, den der Hagel zu Boden gedrückt hat.')).toEqual(['a habe']);
  });
});

describe('certainty: could, likely and expected to are one scale of likelihood', () => {
  it('two outlets hedging by different words of it do not differ', () => {
    expect(certaintyEn('The wind may ease on Thursday, forecasters said.', 'The wind is likely to ease on Thursday, forecasters said.')).toEqual([]);
    expect(certainty('Die Strecke dürfte bis Freitag gesperrt bleiben.', 'Die Strecke könnte bis Freitag gesperrt bleiben.')).toEqual([]);
  });
  it('a hedge in a relative clause is about something else; against a plain statement, or hearsay against likelihood, it still differs', () => {
    expect(certaintyEn('The union is expected to hold a strike ballot.', 'The union is threatening strikes that could halt the plant.')).toEqual(['a is expected to']);
    expect(certaintyEn('The union warned that strikes could halt the plant.', 'The union is expected to call strikes.')).toEqual([]);
    expect(certaintyEn('The wind is likely to ease on Thursday.', 'The wind eases on Thursday.')).toEqual(['a likely']);
    expect(certainty('Die Firma soll pleite sein.', 'Die Firma dürfte pleite sein.')).toEqual(['a soll', 'b dürfte']);
  });
});

describe('certainty: könnte against kann of the same modal is one possibility', () => {
  it('no cue where the other outlet states it with the indicative', () => {
    expect(certainty('Die Waren könnten in jeder Filiale zurückgegeben werden.', 'Die Waren können in jeder Filiale zurückgegeben werden.')).toEqual([]);
    expect(certaintyEn('Customers could return the goods to any shop.', 'Customers can return the goods to any shop.')).toEqual([]);
  });
  it('against a plain statement or a denial it still is a hedge', () => {
    expect(certainty('Die Waren könnten in jeder Filiale zurückgegeben werden.', 'Die Waren werden in jeder Filiale zurückgenommen.')).toEqual(['a könnten']);
    expect(certaintyEn('Customers could return the goods to any shop.', "Customers can't return the goods."))
      .toEqual(['a could']);
  });
});

describe('certainty: "could not" is the past of "cannot", no hedge', () => {
  it('what was not possible, stated', () => {
    expect(certaintyEn('The party could not accept the result.', 'The party rejected the result.')).toEqual([]);
    expect(certaintyEn("Hospitals couldn't afford to be offline.", 'Hospitals had to stay online.')).toEqual([]);
  });
  it('"could not have", and "could" alone, still weigh a possibility', () => {
    expect(certaintyEn('The council could not have known.', 'The council did not know.')).toEqual(['a could']);
    expect(certaintyEn('The plant could close.', 'The plant will close.')).toEqual(['a could']);
  });
});

describe('certainty: "wohl" is an inference only as the particle', () => {
  it('not the noun, not "sehr wohl", "wohl aber" or "wohl oder übel"', () => {
    expect(certainty('Die Stadt handelt zum Wohl der Kinder.', 'Die Stadt handelt für die Kinder.')).toEqual([]);
    expect(certainty('Die Stadt wusste sehr wohl von dem Schaden.', 'Die Stadt wusste von dem Schaden.')).toEqual([]);
    expect(certainty('Die Stadt muss wohl oder übel zahlen.', 'Die Stadt muss zahlen.')).toEqual([]);
  });
  it('the particle still hedges', () => {
    expect(certainty('Der Zug fällt wohl aus.', 'Der Zug fällt aus.')).toEqual(['a wohl']);
    expect(certainty('Wohl nur ein Teil der Schäden ist versichert.', 'Nur ein Teil der Schäden ist versichert.')).toEqual(['a Wohl']);
  });
});

describe('certainty: "May" the month is no "may"', () => {
  it('a capital inside the sentence, or before a figure at its start', () => {
    expect(certaintyEn('The director joined the club in May.', 'The director joined the club last year.')).toEqual([]);
    expect(certaintyEn('May 12 was the last match.', 'The last match was on a Sunday.')).toEqual([]);
  });
  it('the modal still hedges', () => {
    expect(certaintyEn('The director may join the club.', 'The director joins the club.')).toEqual(['a may']);
  });
});

describe('certainty: "soll" opening the sentence asks or sets a condition', () => {
  it('verb first: a question or a condition', () => {
    expect(certainty('Soll die Stadt die Kosten tragen? Der Rat berät.', 'Der Rat berät über die Kosten.')).toEqual([]);
    expect(certainty('Sollte sich der Verdacht bestätigen, droht eine Strafe.', 'Bei einem Verstoß droht eine Strafe.')).toEqual([]);
  });
  it('the modal second, also after a clause put first, is hearsay', () => {
    expect(certainty('Nachdem der Alarm losging, sollen die Täter geflohen sein.', 'Nachdem der Alarm losging, flohen die Täter.')).toEqual(['a sollen']);
  });
});
