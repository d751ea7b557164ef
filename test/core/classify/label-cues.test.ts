// Label cues: where a label word is there but names something else (a place, a compound's other
// thing, a verb, another person), no cue; where two outlets name one thing differently, still one.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../support/cue-units.js';

/** The label cues of a two-outlet unit, as "article:text". */
const labels = (a: string, b: string, language: 'de' | 'en' = 'de'): string[] =>
  cuesFor(a, b, language).filter((c) => c.kind === 'label').map((c) => `${c.articleId}:${c.text}`);

describe('label cues: a German compound names its last part', () => {
  it('a compound on a label stem names another thing: Kremlchef, Kreml-Sprecher, Konzernleitung, Kriegsverbrechen', () => {
    expect(labels('Der Kremlchef lobte das Treffen in Budapest.', 'Moskau lobte das Treffen in Budapest.')).toEqual([]);
    expect(labels('Der Kreml-Sprecher lobte das Treffen.', 'Moskau lobte das Treffen.')).toEqual([]);
    expect(labels('Die Konzernleitung schwieg zu den Vorwürfen.', 'Das Unternehmen schwieg zu den Vorwürfen.')).toEqual([]);
    expect(labels('Die Kriegsverbrechen sollen untersucht werden.', 'Der Konflikt soll untersucht werden.')).toEqual([]);
  });

  it('an inflected label word still differs: des Kremls, des Konzerns, Warnstreiks, Ministerpräsidentin', () => {
    expect(labels('Nach Angaben des Kremls war das Gespräch sachlich.', 'Moskau nannte das Gespräch sachlich.')).toEqual(['a:Kremls', 'b:Moskau']);
    expect(labels('Ein Sprecher des Konzerns wies die Vorwürfe zurück.', 'Ein Sprecher des Unternehmens wies die Vorwürfe zurück.')).toEqual(['a:Konzerns', 'b:Unternehmens']);
    expect(labels('Zwei Warnstreiks legten den Hafen lahm.', 'Zwei Arbeitsniederlegungen legten den Hafen lahm.')).toEqual(['a:Warnstreiks', 'b:Arbeitsniederlegungen']);
    expect(labels('Die Ministerpräsidentin verteidigte den Haushalt.', 'Die Regierungschefin verteidigte den Haushalt.')).toEqual(['a:Ministerpräsidentin', 'b:Regierungschefin']);
  });
});

describe('label cues: a German name of an actor or thing is a capitalised noun', () => {
  it('lower case it is a verb or an adjective: "nichts unternehmen", "die freiwilligen Helfer"', () => {
    expect(labels('Die Stadt will gegen den Lärm nichts unternehmen, sagte der Sprecher.', 'Der Konzern will gegen den Lärm nichts tun, sagte der Sprecher.')).toEqual([]);
    expect(labels('Die freiwilligen Helfer rückten in der Nacht aus.', 'Die Kämpfer rückten in der Nacht aus.')).toEqual([]);
  });

  it('a made noun before a capitalised noun is its adjective: "Freiwillige Feuerwehr"', () => {
    expect(labels('Die Freiwillige Feuerwehr rückte mit 40 Kräften aus.', 'Die Kämpfer rückten mit 40 Kräften aus.')).toEqual([]);
  });

  it('the noun, and a German adjective of the table, still differ', () => {
    expect(labels('Die Freiwilligen rückten in der Nacht aus.', 'Die Kämpfer rückten in der Nacht aus.')).toEqual(['a:Freiwilligen', 'b:Kämpfer']);
    expect(labels('Ein kaputtes Stellwerk legte den Verkehr lahm.', 'Eine Störung im Stellwerk legte den Verkehr lahm.')).toEqual(['a:kaputtes', 'b:Störung']);
  });
});

describe('label cues: a capital or a country as a place or as an office’s owner', () => {
  it('after a preposition with an article or contracted with one, the White House is where the sources sit', () => {
    expect(labels('Quellen im Weißen Haus bestätigten die Absage.', 'Die USA bestätigten die Absage.')).toEqual([]);
    expect(labels('Das bestätigten Quellen aus dem Weißen Haus.', 'Das bestätigte Washington.')).toEqual([]);
    expect(labels('Sources in the White House confirmed the decision.', 'Washington confirmed the decision.', 'en')).toEqual([]);
  });

  it('a country whose minister someone is names no actor by choice: "Außenminister der USA", "Russia’s foreign minister"', () => {
    expect(labels('Die Außenminister der USA und Russlands sagten das Treffen ab.', 'Der Kreml sagte das Treffen ab.')).toEqual([]);
    expect(labels("Russia's foreign minister called the talks useful.", 'The Kremlin called the talks useful.', 'en')).toEqual([]);
  });

  it('the White House and Washington as actors still differ', () => {
    expect(labels('Das Weiße Haus bestätigte die Absage.', 'Washington bestätigte die Absage.')).toEqual(['a:Weiße Haus', 'b:Washington']);
    expect(labels('Russia called the talks useful.', 'The Kremlin called the talks useful.', 'en')).toEqual(['a:Russia', 'b:Kremlin']);
  });
});

describe('label cues: English words the table lists that name something else where they stand', () => {
  it('"the humanitarian crisis" is a crisis of its own, not the war', () => {
    expect(labels('The humanitarian crisis deepened as fighting went on.', 'Aid groups say the war has left thousands hungry.', 'en')).toEqual([]);
  });

  it('"the crisis" bare still names the war another outlet names', () => {
    expect(labels('The crisis has left thousands hungry.', 'The war has left thousands hungry.', 'en')).toEqual(['a:crisis', 'b:war']);
  });

  it('"stood firm" is how the company stands, not what it is called; "the firm" still is', () => {
    expect(labels('The company stood firm on its offer.', 'The corporation kept its offer.', 'en')).toEqual(['a:company', 'b:corporation']);
    expect(labels('The firm kept its offer.', 'The corporation kept its offer.', 'en')).toEqual(['a:firm', 'b:corporation']);
  });
});

describe('label cues: a title names the person after it', () => {
  it('a title of one person against a title of another is no label: two people, not two names', () => {
    expect(labels('Assistant manager Lee Cowan will lead the side, with first-team coach Danny Pryce helping.', 'Assistant manager Lee Cowan will lead the side on Tuesday.', 'en')).toEqual([]);
    expect(labels('Cheftrainer Jens Albers übernimmt, unterstützt von Übungsleiter Tom Brink.', 'Cheftrainer Jens Albers übernimmt am Dienstag.')).toEqual([]);
  });

  it('two titles of one named person still differ, and so does a title against a bare word', () => {
    expect(labels('The club sacked manager Steve Harland on Sunday.', 'The club sacked head coach Steve Harland on Sunday.', 'en')).toEqual(['a:manager', 'b:head coach']);
    expect(labels('Regierungschef Falkenrath verteidigte den Haushalt.', 'Der Ministerpräsident verteidigte den Haushalt.')).toEqual(['a:Regierungschef', 'b:Ministerpräsident']);
  });

  it('a verb before a name is no title: "acquitted Marsh" against "cleared her"', () => {
    expect(labels('The jury acquitted Marsh on three counts.', 'The jury cleared her on three counts.', 'en')).toEqual(['a:acquitted', 'b:cleared']);
  });
});

describe('label cues: a word swap of a count or a day is a figure, not a name', () => {
  it('Hunderte / Tausende, Montag / Dienstag in otherwise the same words are no label', () => {
    expect(labels('Hunderte Fahrgäste saßen am Montag im Zug fest.', 'Tausende Fahrgäste saßen am Montag im Zug fest.')).toEqual([]);
    expect(labels('Am Montag saßen die Fahrgäste stundenlang im Zug fest.', 'Am Dienstag saßen die Fahrgäste stundenlang im Zug fest.')).toEqual([]);
  });

  it('two places or two people swapped in the same words are another fact: "in Hagenbrück" / "in Ruppertsgrund", "Tom Reed" / "Tom Baker"', () => {
    expect(labels('Die Feuerwehr war am Abend mit 40 Kräften in Hagenbrück im Einsatz.', 'Die Feuerwehr war am Abend mit 40 Kräften in Ruppertsgrund im Einsatz.')).toEqual([]);
    expect(labels('The fire spread quickly towards Millbrook overnight, officials said.', 'The fire spread quickly towards Ashvale overnight, officials said.', 'en')).toEqual([]);
    expect(labels('Police spokesman Tom Reed said the road would stay closed.', 'Police spokesman Tom Baker said the road would stay closed.', 'en')).toEqual([]);
  });

  it('a title swapped before one name, and a German noun after another noun, are still labels', () => {
    expect(labels('The road will stay closed, said Mayor Tom Reed on Monday.', 'The road will stay closed, said Councillor Tom Reed on Monday.', 'en')).toEqual(['a:Mayor', 'b:Councillor']);
    expect(labels('Mehr als hundert Anwohner protestierten am Abend vor dem Rathaus.', 'Mehr als hundert Bewohner protestierten am Abend vor dem Rathaus.')).toEqual(['a:Anwohner', 'b:Bewohner']);
  });

  it('a noun swapped in the same words is still a label', () => {
    expect(labels('Die Hafenarbeiter streikten am Montag für mehr Lohn.', 'Die Dockarbeiter streikten am Montag für mehr Lohn.')).toEqual(['a:Hafenarbeiter', 'b:Dockarbeiter']);
  });
});

describe('label cues: what stands before a name is a role, not a verb', () => {
  it('"Ministers met Tom Reed", "will appoint Alan Kerr" say what was done to the person', () => {
    expect(labels('Ministers met Tom Reed on Monday to discuss the plan.', 'Ministers spoke to union leader Tom Reed on Monday about the plan.', 'en')).toEqual([]);
    expect(labels('The club will appoint Alan Kerr on Friday.', 'The club is set to hire former Dunmere chief Alan Kerr on Friday.', 'en')).toEqual([]);
  });

  it('two roles before one name still differ', () => {
    expect(labels('Ministers met council leader Tom Reed on Monday.', 'Ministers met union leader Tom Reed on Monday.', 'en')).toEqual(['a:council leader', 'b:union leader']);
  });
});

describe('label cues: a compound of the swapped word names the same thing more narrowly', () => {
  it('"Sprecherin" / "Werkssprecherin" in otherwise the same words is no label', () => {
    expect(labels('Laut Sprecherin Eva Lenz war das Werk jederzeit sicher.', 'Laut Werkssprecherin Eva Lenz war das Werk jederzeit sicher.')).toEqual([]);
  });

  it('"Bauer" / "Landwirt", and a thing\'s compound ("Warnstreik" / "Streik"), are still labels', () => {
    expect(labels('Ein Warnstreik legte am Montag den Hafen lahm.', 'Ein Streik legte am Montag den Hafen lahm.')).toEqual(['a:Warnstreik', 'b:Streik']);
    expect(labels('Bauer Josef Huber verlor in der Nacht seine Ernte.', 'Landwirt Josef Huber verlor in der Nacht seine Ernte.')).toEqual(['a:Bauer', 'b:Landwirt']);
  });
});

describe('label cues: English senses of table words that name no war or government', () => {
  it('a noun before "war" or "regime" says what kind; idioms and the act of administering name nothing of the group', () => {
    expect(labels('A price war hit the airline hard in the conflict.', 'The conflict hit the airline hard.', 'en')).toEqual([]);
    expect(labels('A war of words broke out between the two ministers.', 'A conflict broke out between the two ministers.', 'en')).toEqual([]);
    expect(labels('The minister denied any conflict of interest in the war.', 'The minister denied any wrongdoing in the war.', 'en')).toEqual([]);
    expect(labels('The sanctions regime was tightened on Monday.', 'The government was tightened on Monday.', 'en')).toEqual([]);
    expect(labels('The administration of the vaccine was paused, the government said.', 'The government said the vaccine was paused.', 'en')).toEqual([]);
  });

  it('an adjective before them leaves the war and the government: "the civil war", "the military regime"', () => {
    expect(labels('The civil war has left thousands hungry.', 'The conflict has left thousands hungry.', 'en')).toEqual(['a:war', 'b:conflict']);
    expect(labels('The military regime rejected the plan.', 'The government rejected the plan.', 'en')).toEqual(['a:regime', 'b:government']);
    expect(labels('The administration rejected the plan.', 'The government rejected the plan.', 'en')).toEqual(['a:administration', 'b:government']);
  });
});

describe('label cues: a fault, a failure, personnel in other senses', () => {
  it('"a failure to warn", "his fault", "a breakdown of the costs", "medical personnel" name no broken thing and no fire crews', () => {
    expect(labels('Officials admitted a failure to warn residents about the fault.', 'Officials admitted a fault.', 'en')).toEqual([]);
    expect(labels('It was not his fault that the glitch hit the trains.', 'The glitch hit the trains.', 'en')).toEqual([]);
    expect(labels('Medical personnel treated twelve people at the scene.', 'Firefighters treated twelve people at the scene.', 'en')).toEqual([]);
  });

  it('the broken thing and the fire crews named two ways still differ', () => {
    expect(labels('A signal failure stopped the trains.', 'A glitch stopped the trains.', 'en')).toEqual(['a:failure', 'b:glitch']);
    expect(labels('About 600 personnel are fighting the blaze.', 'About 600 firefighters are fighting the blaze.', 'en')).toEqual(['a:personnel', 'b:firefighters']);
  });
});
