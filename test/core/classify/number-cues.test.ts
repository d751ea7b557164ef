// The number cue on sentence pairs written for this test, in German and English: multipliers
// ("zwei Dutzend", "a thousand"), vague quantities of a magnitude ("Thousands"), money with a
// magnitude letter ("£1.2m") and vague times ("am Wochenende", "last week").
import { describe, expect, it } from 'vitest';
import type { Cue, Language } from '../../../src/core/model.js';
import { cuesFor } from '../../support/cue-units.js';

/** The number cues of a unit made of sentence `a` of outlet A and sentence `b` of outlet B (both mid-article). */
const numberCuesFor = (a: string, b: string, language: Language = 'de'): Cue[] => cuesFor(a, b, language).filter((c) => c.kind === 'number');

const brief = (cues: Cue[]) => cues.map((c) => `${c.articleId} ${c.text}`).sort();
const numbers = (a: string, b: string, language: Language = 'de') => brief(numberCuesFor(a, b, language));
const valueOf = (cues: Cue[], articleId: string) => cues.find((c) => c.articleId === articleId)?.value;

describe('number: a multiplier after a number word or an article is one figure', () => {
  it('de: "Rund zwei Dutzend" is one hedged figure of 24', () => {
    const cues = numberCuesFor('Rund zwei Dutzend Menschen sind erkrankt.', 'Bislang sind 23 Menschen erkrankt.');
    expect(brief(cues)).toEqual(['a Rund zwei Dutzend', 'b 23']);
    expect(valueOf(cues, 'a')).toBe('n:24~');
    expect(cues.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt gives the figure 'Rund zwei Dutzend'; Morgenpost gives '23'.");
  });
  it('de: "ein Dutzend", "zwei Dutzend" and "zwei Millionen" equal the figures they stand for', () => {
    expect(numbers('Ein Dutzend Häuser brannten.', 'Zwölf Häuser brannten.')).toEqual([]);
    expect(numbers('Zwei Dutzend Häuser brannten.', '24 Häuser brannten.')).toEqual([]);
    expect(numbers('Das kostet zwei Millionen Euro.', 'Das kostet 2.000.000 Euro.')).toEqual([]);
    expect(numbers('Mehr als ein Dutzend Häuser brannten.', 'Zwölf Häuser brannten.')).toEqual(['a Mehr als ein Dutzend', 'b Zwölf']);
  });
  it('de: a scale word after digits is part of the figure, not a figure of its own', () => {
    expect(numbers('Der Schaden beträgt 3 Mio Euro.', 'Der Schaden beträgt 3 Millionen Euro.')).toEqual([]);
    expect(numbers('Der Schaden beträgt 3 Mio Euro.', 'Der Schaden beträgt 4 Millionen Euro.')).toEqual(['a 3 Mio Euro', 'b 4 Millionen Euro']);
  });
  it('en: "More than a thousand" is one figure with its hedge; "a thousand" equals 1,000', () => {
    const cues = numberCuesFor('More than a thousand supporters protested.', 'About 1,500 fans protested.', 'en');
    expect(brief(cues)).toEqual(['a More than a thousand', 'b About 1,500']);
    // "More than" makes the figure a floor, not an estimate: it differs from "about a thousand" too.
    expect(valueOf(cues, 'a')).toBe('n:1000~>');
    expect(numbers('More than 4,000 workers marched.', 'Almost 4,000 workers marched.', 'en')).toEqual(['a More than 4,000', 'b Almost 4,000']);
    expect(numbers('Nearly 4,000 workers marched.', 'About 4,000 workers marched.', 'en')).toEqual([]);
    expect(numbers('A thousand supporters protested.', '1,000 supporters protested.', 'en')).toEqual([]);
  });
  it('en: "a dozen", "two dozen", "a hundred", "two hundred thousand" equal their figures', () => {
    expect(numbers('A dozen ships were waiting.', '12 ships were waiting.', 'en')).toEqual([]);
    expect(numbers('Two dozen ships were waiting.', '24 ships were waiting.', 'en')).toEqual([]);
    expect(numbers('A hundred ships were waiting.', '100 ships were waiting.', 'en')).toEqual([]);
    expect(numbers('Two hundred thousand people left.', '200,000 people left.', 'en')).toEqual([]);
    expect(numbers('About a dozen ships were waiting.', 'Two dozen ships were waiting.', 'en')).toEqual(['a About a dozen', 'b Two dozen']);
  });
  it('en: "a" alone is no figure, nor a multiplier after a comma', () => {
    expect(numbers('A ship sank in the storm.', 'Ships sank in the storm.', 'en')).toEqual([]);
    expect(numbers('They counted two, hundred more came.', 'They counted 200.', 'en')).toEqual(['a hundred more', 'a two', 'b 200']);
  });
  it('de and en: a vague word before a multiplier is one vague quantity of that magnitude', () => {
    expect(numbers('Mehrere hundert Menschen kamen.', 'Hunderte Menschen kamen.')).toEqual([]);
    expect(numbers('Several thousand people came.', 'Thousands of people came.', 'en')).toEqual([]);
    expect(numbers('Hundreds of people came.', 'Dozens of people came.', 'en')).toEqual(['a Hundreds', 'b Dozens']);
    expect(numbers('Tausende Menschen kamen.', 'Hunderte Menschen kamen.')).toEqual(['a Tausende', 'b Hunderte']);
    expect(numbers('Zehntausende Menschen kamen.', 'Mehrere zehntausend Menschen kamen.')).toEqual([]);
    expect(numbers('Es fehlen Millionen Euro.', 'Es fehlen 1 Million Euro.')).toEqual(['a Millionen Euro', 'b 1 Million Euro']);
  });
});

describe('number: vague quantities of a magnitude', () => {
  it('en: "Thousands" at the start of a sentence differs from "some"', () => {
    const cues = numberCuesFor('Thousands of furious fans stayed behind.', 'Some of the fans stayed behind.', 'en');
    expect(brief(cues)).toEqual(['a Thousands', 'b Some']);
    expect(cues.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt gives an unspecific quantity 'Thousands'; Morgenpost gives 'Some'.");
    expect(numbers('Thousands of fans stayed behind.', 'Fans stayed behind.', 'en')).toEqual(['a Thousands']);
    expect(numbers('Later thousands of fans stayed behind.', 'Fans stayed behind.', 'en')).toEqual(['a thousands']);
    expect(numbers('Thousands of fans stayed behind.', 'Thousands of fans stayed behind.', 'en')).toEqual([]);
  });
  it('de: "Tausende" differs from "einige"; "Tausende" and "Tausenden" are one quantity', () => {
    expect(numbers('Tausende Fans blieben im Stadion.', 'Einige Fans blieben im Stadion.')).toEqual(['a Tausende', 'b Einige']);
    expect(numbers('Tausende Fans blieben im Stadion.', 'Mit Tausenden Fans war das Stadion voll.')).toEqual([]);
  });
});

describe('number: money with a magnitude letter', () => {
  it('en: the letter is in the text, the hedge too, and the value is the amount', () => {
    const cues = numberCuesFor('He was sold for around £1.2m in August.', 'He was sold for about £1m in August.', 'en');
    expect(brief(cues)).toEqual(['a around £1.2m', 'b about £1m']);
    expect(valueOf(cues, 'a')).toBe('n:1200000~');
    expect(valueOf(cues, 'b')).toBe('n:1000000~');
  });
  it('en: "£1.2m", "£1.2million" and "1.2 million pounds" are one figure', () => {
    expect(numbers('He was sold for £1.2m.', 'He was sold for £1.2million.', 'en')).toEqual([]);
    expect(numbers('He was sold for £1.2m.', 'He was sold for 1.2 million pounds.', 'en')).toEqual([]);
    expect(numbers('The fund holds $48m.', 'The fund holds 48 million dollars.', 'en')).toEqual([]);
    expect(numbers('The deal is worth €2bn.', 'The deal is worth 2 billion euros.', 'en')).toEqual([]);
    expect(numbers('He earns £500k a year.', 'He earns £500,000 a year.', 'en')).toEqual([]);
    expect(numbers('It cost $1.1m.', 'It cost 1,100,000 dollars.', 'en')).toEqual([]);
    expect(numbers('He was sold for £1.2m.', 'He was sold for £1.5million.', 'en')).toEqual(['a £1.2m', 'b £1.5million']);
  });
  it('de: "1,2 Mio." and "1,2 Millionen" are one figure', () => {
    expect(numbers('Der Verein erhielt 1,2 Mio. Euro.', 'Der Verein erhielt 1,2 Millionen Euro.')).toEqual([]);
  });
  it('en: a letter after a space, or joined to a word, is no magnitude', () => {
    expect(numbers('The wall is 5 m high.', 'The wall is 5 metres high.', 'en')).toEqual([]);
    expect(numbers('A 2m-high wall fell.', 'A wall 2 metres high fell.', 'en')).toEqual([]);
    // A lone "m" or "k" is a magnitude only on money: a 30m yacht is 30 metres long.
    expect(numbers('A 30m yacht sank.', 'A 30 metre yacht sank.', 'en')).toEqual([]);
    expect(numbers('He ran 10k on Sunday.', 'He ran 10 kilometres on Sunday.', 'en')).toEqual([]);
  });
});

describe('number: vague times are dates', () => {
  it('de: "am Wochenende" in both outlets is no difference; against "am Freitag" both differ', () => {
    expect(numbers('Die Fälle wurden am Wochenende gemeldet.', 'Die Fälle wurden bereits am Wochenende gemeldet.')).toEqual([]);
    const cues = numberCuesFor('Die Fälle wurden am Wochenende gemeldet.', 'Die Fälle waren schon am Freitag bekannt.');
    expect(brief(cues)).toEqual(['a Wochenende', 'b Freitag']);
    expect(cues.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt gives the date 'Wochenende'; Morgenpost gives 'Freitag'.");
  });
  it('de: "vergangene Woche" is "letzte Woche"; "Ende der Woche" and "Anfang dieser Woche" are dates', () => {
    expect(numbers('Das Amt warnte vergangene Woche.', 'Das Amt warnte letzte Woche.')).toEqual([]);
    expect(numbers('Das Amt warnte in der vergangenen Woche.', 'Das Amt warnte am Montag.')).toEqual(['a vergangenen Woche', 'b Montag']);
    expect(numbers('Das Amt warnte Ende der Woche.', 'Das Amt warnte am Freitag.')).toEqual(['a Ende der Woche', 'b Freitag']);
    expect(numbers('Das Amt warnte Anfang dieser Woche.', 'Das Amt warnte diese Woche.')).toEqual([]);
    expect(numbers('Der Umsatz stieg im vergangenen Jahr.', 'Der Umsatz stieg 2023.')).toEqual(['a vergangenen Jahr', 'b 2023']);
  });
  it('de: a season is a date; "Frühling" is "Frühjahr"', () => {
    expect(numbers('Er kam im Sommer zum Verein.', 'Er kam im Juni zum Verein.')).toEqual(['a Sommer', 'b Juni']);
    expect(numbers('Die Arbeiten beginnen im Frühling.', 'Die Arbeiten beginnen im Frühjahr.')).toEqual([]);
    expect(numbers('Das Dach hielt über den Winter.', 'Das Dach hielt.')).toEqual(['a Winter']);
  });
  it('de: a span of time no word places is no date', () => {
    expect(numbers('Der Streik dauerte eine Woche.', 'Der Streik dauerte lange.')).toEqual([]);
    expect(numbers('Der Winter war mild.', 'Es war mild.')).toEqual([]);
  });
  it('en: "at the weekend" is "over the weekend"; against "on Friday" both differ', () => {
    expect(numbers('Cases were reported at the weekend.', 'Cases were reported over the weekend.', 'en')).toEqual([]);
    expect(numbers('Cases were reported at the weekend.', 'Cases were known on Friday.', 'en')).toEqual(['a weekend', 'b Friday']);
  });
  it('en: "last week", "earlier this week", "last month" are dates, with their words in the text', () => {
    expect(numbers('The board met last week.', 'The board met on Tuesday.', 'en')).toEqual(['a last week', 'b Tuesday']);
    expect(numbers('The board met earlier this week.', 'The board met this week.', 'en')).toEqual([]);
    expect(numbers('The board met earlier this week.', 'The board met last week.', 'en')).toEqual(['a earlier this week', 'b last week']);
    expect(numbers('The club was sold last month.', 'The club was sold in October.', 'en')).toEqual(['a last month', 'b October']);
    expect(numbers('Talks end at the end of the month.', 'Talks end soon.', 'en')).toEqual(['a end of the month']);
  });
  it('en: a season is a date after a word that makes it one; "autumn" is "fall"', () => {
    expect(numbers('He was appointed in the summer of last year.', 'He was appointed in June last year.', 'en')).toEqual(['a summer', 'b June']);
    expect(numbers('Work starts this autumn.', 'Work starts in the fall.', 'en')).toEqual([]);
    expect(numbers('Work starts next spring.', 'Work starts soon.', 'en')).toEqual(['a next spring']);
  });
  it('en: no date in "a week", "the last week of", "prices fall", "since the fall of"', () => {
    expect(numbers('A week passed before the vote.', 'Time passed before the vote.', 'en')).toEqual([]);
    expect(numbers('It was the last week of the season.', 'It was the end of the season.', 'en')).toEqual([]);
    expect(numbers('Prices fall when demand drops.', 'Prices drop when demand drops.', 'en')).toEqual([]);
    expect(numbers('Nothing changed since the fall of the regime.', 'Nothing changed.', 'en')).toEqual([]);
    expect(numbers('He was shown the door the very next morning.', 'He was shown the door.', 'en')).toEqual([]);
  });
});

describe('number: results and places', () => {
  it('en and de: a score is one figure, whatever the dash', () => {
    expect(numbers('Town lost 3-0 at home.', 'Town lost 3–0 at home.', 'en')).toEqual([]);
    expect(numbers('Town lost 3-0 at home.', 'Town lost 2-0 at home.', 'en')).toEqual(['a 3-0', 'b 2-0']);
    expect(numberCuesFor('Town lost 3-0 at home.', 'Town lost 2-0 at home.', 'en')[0]!.note).toBe("Tagesblatt gives the score '3-0'; Morgenpost gives '2-0'.");
    expect(numbers('Die Partie endete 3-1.', 'Die Partie endete 3–1.')).toEqual([]);
  });
  it('en: an ordinal is a place, and "up to" before it is a movement, not a hedge', () => {
    expect(numbers('Dunmere moved up to 11th with the win.', 'Dunmere climbed to 11th.', 'en')).toEqual([]);
    expect(numbers('Dunmere moved up to 11th with the win.', 'Dunmere climbed to 12th.', 'en')).toEqual(['a 11th', 'b 12th']);
    expect(numberCuesFor('Dunmere moved up to 11th with the win.', 'Dunmere climbed to 12th.', 'en')[0]!.note).toBe("Tagesblatt gives the place '11th'; Morgenpost gives '12th'.");
    // A count after "up to" is still hedged.
    expect(numbers('Up to 40 people were hurt.', 'Exactly 40 people were hurt.', 'en')).toEqual(['a Up to 40', 'b 40']);
  });
});

describe('number: notes contrast like with like', () => {
  it('en: a date against the other outlet\'s dates, a figure against its figures', () => {
    const cues = numberCuesFor('The club confirmed on Sunday that Harland had left.', 'Harland left after six defeats.', 'en');
    const note = (text: string) => cues.find((c) => c.text === text)!.note;
    expect(note('Sunday')).toBe("Tagesblatt gives the date 'Sunday'; Morgenpost gives no such date.");
    expect(note('six')).toBe("Morgenpost gives the figure 'six'; Tagesblatt gives no such figure.");
  });
});

describe('number: times of day and shares', () => {
  it('en: a time with am or pm is one figure, its hedge included; a spaced German "am" is no time', () => {
    const cues = numberCuesFor('The count ended shortly after 4am on Friday.', 'The count ended at 4.10am on Friday.', 'en');
    expect(brief(cues)).toEqual(['a shortly after 4am', 'b 4.10am']);
    expect(valueOf(cues, 'b')).toBe('time:4:10');
    expect(numbers('The polls closed at 10 pm.', 'The polls closed at 10pm.', 'en')).toEqual([]);
    expect(numbers('Am Dienstag wurden 3 am Flughafen festgenommen.', 'Am Dienstag wurden drei festgenommen.')).toEqual([]);
  });
  it('en and de: a share in words or digits is one figure, so its forms agree and a percentage differs', () => {
    expect(numbers('One in five patients improved.', '1 in 5 patients improved.', 'en')).toEqual([]);
    expect(numbers('Jeder vierte Erwachsene ist betroffen.', 'Ein Viertel der Erwachsenen ist betroffen.')).toEqual([]);
    expect(numbers('Half of the voters stayed at home.', 'Die Hälfte der Wähler blieb zu Hause.', 'en')).toEqual([]);
    const turnout = numberCuesFor('Fewer than one in four voters turned out.', 'Turnout was 23.4 per cent.', 'en');
    expect(brief(turnout)).toEqual(['a Fewer than one in four', 'b 23.4']);
    expect(valueOf(turnout, 'a')).toBe('share:25~');
    expect(numbers('Gut jedes zweite Haus ist versichert.', 'Fast jedes zweite Haus ist versichert.')).toEqual(['a Gut jedes zweite', 'b Fast jedes zweite']);
    expect(numbers('Almost a third of votes were postal.', 'Nearly a third of votes were postal.', 'en')).toEqual([]);
    // "a" and "die" alone are no share; "die" before a fraction other than a half is its article.
    expect(numbers('A voter in the town complained.', 'One voter in the town complained.', 'en')).toEqual([]);
  });
});

describe('number: dates and shares of several words', () => {
  it('de and en: a month with its year is one date; a season keeps the word that places it', () => {
    expect(numbers('Die Altstadt wird ab April 2027 autofrei.', 'Die Altstadt wird ab April autofrei.')).toEqual(['a April 2027', 'b April']);
    expect(numbers('Die Altstadt wird ab dem kommenden Frühjahr autofrei.', 'Die Altstadt wird im Frühjahr autofrei.')).toEqual([]);
    expect(brief(numberCuesFor('Die Altstadt wird ab dem kommenden Frühjahr autofrei.', 'Die Altstadt wird ab April 2027 autofrei.'))).toEqual(['a kommenden Frühjahr', 'b April 2027']);
  });
  it('en and de: "since 2014" is the start of a period, not the year', () => {
    expect(numbers('Inflation was the highest since 2014.', 'Inflation was the highest in 2014.', 'en')).toEqual(['a since 2014', 'b 2014']);
    expect(numbers('Die Inflation ist so hoch wie seit 2014 nicht.', 'Die Inflation ist so hoch wie seit 2014 nicht mehr.')).toEqual([]);
  });
  it('en and de: "Eleven of 17", "zwei von drei" are shares; "two of the victims" is none', () => {
    expect(brief(numberCuesFor('Eleven of 17 economists expected a hold.', 'Most economists expected a hold.', 'en'))).toEqual(['a Eleven of 17']);
    expect(numbers('Zwei von drei Händlern sind dagegen.', '67 Prozent der Händler sind dagegen.')).toEqual(['a Zwei von drei', 'b 67 Prozent']);
    expect(numbers('Two of the victims were children.', 'Two victims were children.', 'en')).toEqual([]);
  });
  it('en and de: half a multiplier is half its figure', () => {
    expect(numbers('Nearly half a million families are hit.', 'About 500,000 families are hit.', 'en')).toEqual([]);
    expect(numbers('Die Stadt gibt eine halbe Million Euro.', 'Die Stadt gibt 500.000 Euro.')).toEqual([]);
  });
});

describe('number: shares with an article, parts of a month', () => {
  it('en: "four of the seven" is a share; "mid-March" a date', () => {
    expect(brief(numberCuesFor('The jury found her guilty on four of the seven counts.', 'The jury found her guilty on most counts.', 'en'))).toEqual(['a four of the seven']);
    expect(numbers('Sentencing is set for mid-June.', 'Sentencing is set for June.', 'en')).toEqual(['a mid-June', 'b June']);
  });
});

describe('number: "some" before a figure hedges it', () => {
  it('en: "some 40" is about 40; "several thousand" stays a vague quantity', () => {
    expect(numbers('Some 40 people were hurt.', 'About 40 people were hurt.', 'en')).toEqual([]);
    expect(valueOf(numberCuesFor('Some 40 people were hurt.', 'Forty people were hurt.', 'en'), 'a')).toBe('n:40~');
    expect(numbers('Several thousand people marched.', 'Thousands of people marched.', 'en')).toEqual([]);
  });
});

describe('number: days of a month, ranges, units and clock words are one figure each', () => {
  it('de: "1. März 2027" is one date; the same day without its year agrees, a month alone does not', () => {
    expect(numbers('Die erste Stufe greift zum 1. März 2027.', 'Die erste Stufe greift ab 1. März.')).toEqual([]);
    expect(numbers('Die erste Stufe greift zum 1. März 2027.', 'Die erste Stufe greift im März.')).toEqual(['a 1. März 2027', 'b März']);
    expect(numbers('Der Vertrag gilt bis zum 31. Dezember 2028.', 'Der Vertrag läuft 24 Monate.')).toEqual(['a 31. Dezember 2028', 'b 24 Monate']);
  });
  it('en: "March 12" and "12 March" are the same date; "may" as a verb is no month', () => {
    expect(numbers('Sentencing is set for March 12.', 'Sentencing is set for 12 March.', 'en')).toEqual([]);
    expect(numbers('Sentencing is set for March 12, 2027.', 'Sentencing is set for mid-March.', 'en')).toEqual(['a March 12, 2027', 'b mid-March']);
    expect(numbers('The winds may ease on Thursday.', 'The winds could ease on Thursday.', 'en')).toEqual([]);
  });
  it('de and en: a part of a month written apart is a date of its own', () => {
    expect(numbers('Die Mitglieder stimmen bis Mitte Dezember ab.', 'Die Mitglieder stimmen bis zum 18. Dezember ab.')).toEqual([
      'a Mitte Dezember',
      'b 18. Dezember',
    ]);
    expect(numbers('A decision is due in early June.', 'A decision is due in June.', 'en')).toEqual(['a early June', 'b June']);
    expect(numbers('A decision is due in early March.', 'A decision is due by mid-March.', 'en')).toEqual(['a early March', 'b mid-March']);
  });
  it('de and en: a year is a date, and so is a part of one ("Ende 2028", "late 2023")', () => {
    const cues = numberCuesFor('Der Vertrag läuft bis Ende 2028.', 'Der Vertrag läuft zwei Jahre.');
    expect(brief(cues)).toEqual(['a Ende 2028', 'b zwei Jahre']);
    expect(cues.find((c) => c.articleId === 'a')!.note).toContain("gives the date 'Ende 2028'");
    expect(numberCuesFor('Corvin went bankrupt in 2023.', 'Corvin went bankrupt in late 2023.', 'en').map((c) => c.value)).toEqual(['d:2023', 'd:late-2023']);
  });
  it('en and de: "between 45 and 55" is one range', () => {
    const cues = numberCuesFor('Gusts of between 45 and 55 mph were recorded.', 'Gusts of up to 50 mph were recorded.', 'en');
    expect(brief(cues)).toEqual(['a between 45 and 55', 'b up to 50']);
    expect(valueOf(cues, 'a')).toBe('range:n:45-n:55');
    expect(numbers('Böen zwischen 45 und 55 km/h wurden gemessen.', 'Böen zwischen 45 und 55 km/h wurden gemessen.')).toEqual([]);
  });
  it('de and en: a number word keeps its unit, and "zero percent" is a figure', () => {
    expect(numbers('Sie bekommen mehr als fünf Prozent mehr Geld.', 'Sie bekommen 5,2 Prozent mehr Geld.')).toEqual([
      'a mehr als fünf Prozent',
      'b 5,2 Prozent',
    ]);
    expect(numbers('Officials said the fire was zero percent contained.', 'Officials said the fire was not contained.', 'en')).toEqual(['a zero percent']);
  });
  it('de: "halb sechs" is 5.30, the same time as "5.30 Uhr"; "jahrelang" is a duration without a figure', () => {
    expect(numbers('Schon kurz nach halb sechs war Schluss.', 'Schon kurz nach 5.30 Uhr war Schluss.')).toEqual([]);
    expect(numbers('Schon kurz nach halb sechs war Schluss.', 'Um 5.30 Uhr war Schluss.')).toEqual(['a kurz nach halb sechs', 'b 5.30 Uhr']);
    expect(numbers('Um halb sechs war Schluss.', 'Um 5.30 Uhr war Schluss.')).toEqual([]);
    expect(numbers('Sie begleiteten die Teilnehmer jahrelang.', 'Sie begleiteten die Teilnehmer acht Jahre lang.')).toEqual(['a jahrelang', 'b acht Jahre']);
  });
});

describe('number: a full hour is a time of day', () => {
  it('de: "23 Uhr" is the same time as "23.00 Uhr", and a time, not a figure', () => {
    expect(numbers('Gegen 23 Uhr kam der Regen.', 'Gegen 23.00 Uhr kam der Regen.')).toEqual([]);
    const cues = numberCuesFor('Kurz vor 21 Uhr kam die Warnung.', 'Die Warnung kam spät.');
    expect(brief(cues)).toEqual(['a Kurz vor 21 Uhr']);
    expect(cues[0]!.note).toContain("gives the time 'Kurz vor 21 Uhr'");
  });
});

describe('number: the words that say how a figure is told are part of its text', () => {
  it('de and en: a degree word before a floor or a ceiling ("Weit über 100", "well over 40")', () => {
    expect(numbers('Weit über 100 Millionen Euro fehlen.', 'Rund 120 Millionen Euro fehlen.')).toEqual(['a Weit über 100 Millionen Euro', 'b Rund 120 Millionen Euro']);
    expect(numbers('Losses ran well over 40 million.', 'Losses ran to 50 million.', 'en')).toEqual(['a well over 40 million', 'b 50 million']);
    expect(numbers('Es kamen deutlich mehr als 500 Menschen.', 'Es kamen 520 Menschen.')).toEqual(['a deutlich mehr als 500', 'b 520']);
    // The degree word does not change the figure: "weit über 100" and "über 100" tell it alike.
    expect(numbers('Weit über 100 Menschen kamen.', 'Über 100 Menschen kamen.')).toEqual([]);
  });
  it('de and en: a duration told back from now ("vor wenigen Jahren", "two weeks ago")', () => {
    expect(numbers('Das Stellwerk wurde vor wenigen Jahren modernisiert.', 'Das Stellwerk wurde 2019 modernisiert.')).toEqual(['a vor wenigen Jahren', 'b 2019']);
    expect(numbers('The line reopened two weeks ago.', 'The line reopened in June 2025.', 'en')).toEqual(['a two weeks ago', 'b June 2025']);
    // "vor" before a figure that is no duration is a place or an order: "vor 500 Zuschauern".
    expect(numbers('Das Team spielte vor 500 Zuschauern.', 'Das Team spielte vor 600 Zuschauern.')).toEqual(['a 500', 'b 600']);
  });
  it('de and en: a magnitude reached ("in die Millionen") and a quantity added ("thousands more")', () => {
    expect(numbers('Der Schaden geht in die Millionen.', 'Der Schaden liegt bei 20 Millionen Euro.')).toEqual(['a in die Millionen', 'b 20 Millionen Euro']);
    expect(numbers('Thousands more jobs could go.', 'Up to 3,000 further jobs could go.', 'en')).toEqual(['a Thousands more', 'b Up to 3,000']);
  });
});

describe('number: times of day written the English ways', () => {
  it('"3:15 a.m." is the time "3.15am" is, and a colon time is a time', () => {
    expect(numbers('The leak was contained by 3:15 a.m., officials said.', 'The leak was contained by 3.15am, officials said.', 'en')).toEqual([]);
    expect(numbers('The leak was contained by 3:15 a.m., officials said.', 'The leak was contained by 4.15am, officials said.', 'en')).toEqual(['a 3:15 a.m', 'b 4.15am']);
    expect(numbers('Der Zug fuhr um 14:35 ab.', 'Der Zug fuhr um 14.35 Uhr ab.')).toEqual([]);
  });
});

describe('number: a number that is part of a name', () => {
  it('"Kreisstraße 17", "Linie 4", "Route 9", "Nr. 5" name a road, a line, a house, not a figure', () => {
    expect(numbers('Die Kreisstraße 17 bleibt bis Freitag gesperrt.', 'Die Straße nach Talheim bleibt bis Freitag gesperrt.')).toEqual([]);
    expect(numbers('Die Linie 4 fährt wieder.', 'Die Straßenbahn fährt wieder.')).toEqual([]);
    expect(numbers('Crews closed Route 9 overnight.', 'Crews closed the highway overnight.', 'en')).toEqual([]);
    expect(numbers('Das Kundenzentrum in der Hafenstr. 12 ist geöffnet.', 'Das Kundenzentrum ist geöffnet.')).toEqual([]);
  });
  it('a figure after another noun is a figure still', () => {
    expect(numbers('Die Straße ist auf 17 Kilometern gesperrt.', 'Die Straße ist auf 20 Kilometern gesperrt.')).toEqual(['a 17', 'b 20']);
  });
});

describe('number: numbers written as words of several parts', () => {
  it('en: "Twenty-three" is 23, not 20; "three-mile" still gives its 3', () => {
    expect(numbers('Twenty-three people were arrested.', '23 people were arrested.', 'en')).toEqual([]);
    expect(valueOf(numberCuesFor('Twenty-three people were arrested.', '20 people were arrested.', 'en'), 'a')).toBe('n:23');
    expect(numbers('Forty-one jobs go.', '41 jobs go.', 'en')).toEqual([]);
    expect(numbers('A three-mile march.', 'A 3-mile march.', 'en')).toEqual([]);
    expect(numbers('Fourteen people were hurt.', '14 people were hurt.', 'en')).toEqual([]);
  });
  it('de: "Dreiundzwanzig", "Zweihundertfünfzig", "Dreitausend" and the teens equal their figures', () => {
    expect(numbers('Dreiundzwanzig Menschen wurden festgenommen.', '23 Menschen wurden festgenommen.')).toEqual([]);
    expect(numbers('Zweihundertfünfzig Menschen kamen.', '250 Menschen kamen.')).toEqual([]);
    expect(numbers('Dreitausendfünfhundert Menschen kamen.', '3500 Menschen kamen.')).toEqual([]);
    expect(numbers('Vierzehn Menschen wurden verletzt.', '14 Menschen wurden verletzt.')).toEqual([]);
    expect(brief(numberCuesFor('Einundzwanzig Menschen kamen.', '23 Menschen kamen.'))).toEqual(['a Einundzwanzig', 'b 23']);
  });
  it('de: words that only start or end like a number are none ("Einsatz", "Achtung", "Neunzigerjahre")', () => {
    expect(numbers('Der Einsatz dauerte, Achtung.', 'Der Einsatz dauerte.')).toEqual([]);
    expect(numbers('Das war in den Neunzigerjahren.', 'Das war früher.')).toEqual([]);
  });
});

describe('number: a note sets a figure against the other outlet\'s figures that are alike', () => {
  const noteOf = (a: string, b: string, language: Language = 'de') => numberCuesFor(a, b, language).find((c) => c.articleId === 'a')!.note;
  it('the figure that counts the same thing, when one does', () => {
    expect(noteOf('Die Bäckerei hat 41 Filialen und 480 Beschäftigte.', 'Die Bäckerei hat rund 40 Filialen und etwa 480 Beschäftigte.')).toBe(
      "Tagesblatt gives the figure '41'; Morgenpost gives 'rund 40'.",
    );
    expect(noteOf('Sechs von ihnen liegen im Krankenhaus, 23 sind erkrankt.', 'Rund zwei Dutzend sind erkrankt, mehrere von ihnen liegen im Krankenhaus.')).toBe(
      "Tagesblatt gives the figure 'Sechs'; Morgenpost gives 'mehrere'.",
    );
  });
  it('else one of about the same size, never a percent against a count or a duration against people', () => {
    expect(noteOf('The bank raised its rate to 4.50 percent.', 'The committee voted five to four.', 'en')).toBe("Tagesblatt gives the figure '4.50 percent'; Morgenpost gives no such figure.");
    expect(noteOf('Er arbeitete 41 Jahre im Werk.', 'Mehr als ein Dutzend Menschen wurden verletzt.')).toBe("Tagesblatt gives the figure '41 Jahre'; Morgenpost gives no such figure.");
    // Lengths of time compare in hours: five days is of the order of seven weeks, 30 hours not.
    expect(noteOf('The strike lasted seven weeks.', 'Talks ran for more than 30 hours over five days.', 'en')).toBe(
      "Tagesblatt gives the figure 'seven weeks'; Morgenpost gives 'over five days'.",
    );
    expect(noteOf('The club has 1,350 members.', 'The club lost 3 of its 20 games.', 'en')).toBe("Tagesblatt gives the figure '1,350'; Morgenpost gives no such figure.");
  });
  it('a share told in words stands against a count or a percent; a vague magnitude against what lies in it', () => {
    expect(noteOf('Almost a third of voters turned out.', 'About 950 people voted.', 'en')).toBe("Tagesblatt gives the figure 'Almost a third'; Morgenpost gives 'About 950'.");
    expect(noteOf('Der Schaden geht in die Millionen.', 'Der Schaden beträgt mindestens 15 Millionen Euro.')).toBe(
      "Tagesblatt gives an unspecific quantity 'in die Millionen'; Morgenpost gives 'mindestens 15 Millionen Euro'.",
    );
  });
});

describe('number: a length of time is the same in any unit', () => {
  it('en: "48-hour" is "two-day", "48 hours" is "two days"; an age is no length of time', () => {
    expect(numbers('Dockworkers began a 48-hour strike on Monday.', 'Dockworkers started a two-day strike on Monday.', 'en')).toEqual([]);
    expect(numbers('The strike lasts 48 hours.', 'The strike lasts two days.', 'en')).toEqual([]);
    expect(numbers('The strike lasts 48 hours.', 'The strike lasts three days.', 'en')).toEqual(['a 48 hours', 'b three days']);
    expect(numbers('The 36-year-old was convicted.', 'Marsh, 36, was convicted.', 'en')).toEqual([]);
    expect(numbers('Marsh is 36 years old.', 'Marsh, 36, was convicted.', 'en')).toEqual([]);
    expect(numbers('Vermisst wird ein 71 Jahre alter Mann.', 'Vermisst wird Rentner Ewald (71).', 'de')).toEqual([]);
  });
  it('de: "24 Monate" is "zwei Jahre"; "vor zwei Wochen" against "vor 14 Tagen" too', () => {
    expect(numbers('Der Vertrag läuft 24 Monate.', 'Der Vertrag läuft zwei Jahre.')).toEqual([]);
    expect(numbers('Das war vor zwei Wochen.', 'Das war vor 14 Tagen.')).toEqual([]);
    expect(valueOf(numberCuesFor('Der Vertrag läuft rund 24 Monate.', 'Der Vertrag läuft 24 Monate.'), 'a')).toBe('dur:17520h~');
  });
  it('de: adjectives of a length of time ("48-stündiger", "zweitägiger", "dreiwöchig") are lengths too; "71-jährig" is an age', () => {
    expect(numbers('Ein 48-stündiger Streik begann.', 'Ein zweitägiger Streik begann.')).toEqual([]);
    expect(numbers('Ein 48-stündiger Streik begann.', 'Ein dreitägiger Streik begann.')).toEqual(['a 48', 'b dreitägiger']);
    expect(numbers('Der zweitägige Warnstreik endet.', 'Der Warnstreik dauert zwei Tage.')).toEqual([]);
    expect(numbers('Die Frist ist dreiwöchig.', 'Die Frist beträgt drei Wochen.')).toEqual([]);
    expect(numbers('Ein ganztägiger Streik begann.', 'Ein Streik begann.')).toEqual([]);
    expect(numbers('Der 71-jährige Mann wird vermisst.', 'Ein 71 Jahre alter Mann wird vermisst.')).toEqual([]);
  });
});
