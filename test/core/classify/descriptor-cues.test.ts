// The label cue for how a person is introduced: the words before a name both outlets give.
import { describe, expect, it } from 'vitest';
import type { Cue, Language } from '../../../src/core/model.js';
import { cuesFor } from '../../support/cue-units.js';

const labels = (a: string, b: string, language: Language) =>
  cuesFor(a, b, language)
    .filter((c: Cue) => c.kind === 'label')
    .map((c) => `${c.articleId} ${c.text}`)
    .sort();

describe('label: how an outlet introduces a person (or a firm) both name', () => {
  it('en: "Disgraced tech boss Lena Marsh" against "Corvin founder Lena Marsh"', () => {
    const cues = cuesFor('Disgraced tech boss Lena Marsh was convicted.', 'Corvin founder Lena Marsh was convicted.', 'en').filter((c) => c.kind === 'label');
    expect(cues.map((c) => `${c.articleId} ${c.text}`).sort()).toEqual(['a Disgraced tech boss', 'b Corvin founder']);
    expect(cues.find((c) => c.articleId === 'a')!.note).toBe("Tagesblatt introduces Lena Marsh as 'Disgraced tech boss' where Morgenpost says 'Corvin founder'.");
  });
  it('de: "Regierungschef Falkenrath" against "Ministerpräsident Gernot Falkenrath"', () => {
    expect(labels('Regierungschef Falkenrath blieb gelassen.', 'Ministerpräsident Gernot Falkenrath blieb gelassen.', 'de')).toEqual([
      'a Regierungschef',
      'b Ministerpräsident',
    ]);
    expect(labels('Finanzminister Holger Brandt widersprach.', 'Der Finanzminister Brandt widersprach.', 'de')).toEqual([]);
  });
  it('en and de: the same title, a longer form of it, or no title in the other outlet is no difference', () => {
    expect(labels('City council leader Helen Ashby said little.', 'Council leader Helen Ashby said little.', 'en')).toEqual([]);
    expect(labels('Union boss Patrick Doyle blasted the decision.', 'Patrick Doyle criticised the decision.', 'en')).toEqual([]);
    expect(labels('Die Stadt Auenfels zahlt.', 'Die Verkehrsbetriebe Auenfels zahlen.', 'de')).toEqual([]);
  });
  it('en: a description between commas after the name counts too, not an age or a clause', () => {
    expect(labels('"It is over," said Dana Whitlock, the union\'s regional secretary.', 'Firebrand organiser Dana Whitlock whined.', 'en')).toEqual([
      "a the union's regional secretary",
      'b Firebrand organiser',
    ]);
    expect(labels('Lena Marsh, 36, was convicted.', 'Corvin founder Lena Marsh was convicted.', 'en')).toEqual([]);
    expect(labels('Lena Marsh, who founded Corvin, was convicted.', 'Corvin founder Lena Marsh was convicted.', 'en')).toEqual([]);
  });
  it('en: a description holding all the words of a shorter one is the same ("Corvin founder" / "founder of … Corvin Systems")', () => {
    expect(labels('A jury found Lena Marsh, founder of software start-up Corvin Systems, guilty.', 'Corvin founder Lena Marsh was found guilty.', 'en')).toEqual([]);
    expect(labels('City council leader Helen Ashby spoke.', 'Helen Ashby, the leader of Greyhaven City Council, spoke.', 'en')).toEqual([]);
  });
  it('de: a noun after an article describes a firm too, when the other outlet\'s noun shares a part with it', () => {
    expect(labels('Wegen Salmonellen ruft die Bäckereikette Hollerbach mehrere Brote zurück.', 'Nach Erkrankungen nimmt die Großbäckerei Hollerbach alle Brote aus dem Handel.', 'de')).toEqual([
      'a Bäckereikette',
      'b Großbäckerei',
    ]);
    // The city and its transport company are two things named after one place.
    expect(labels('Die Stadt Auenfels zahlt.', 'Die Verkehrsbetriebe Auenfels zahlen.', 'de')).toEqual([]);
    // A noun before an object is no name: "in der Produktion Salmonellen gefunden".
    expect(labels('Man hat in der Produktion Salmonellen gefunden.', 'Man hat in der Produktionshalle Salmonellen gefunden.', 'de')).toEqual([]);
    // Without an article a capitalised word may be a count or the sentence's first adjective.
    expect(labels('Tausende Fahrgäste saßen am Abend fest.', 'Am Bahnhof warteten Hunderte Fahrgäste stundenlang.', 'de')).toEqual([]);
  });
  it('de: a title written as a longer compound is the same title ("Landesverkehrsminister" / "Verkehrsminister")', () => {
    expect(labels('Am Abend kam Landesverkehrsminister Frank Rehling zum Bahnhof.', 'Verkehrsminister Frank Rehling besuchte später die Reisenden.', 'de')).toEqual([]);
  });
  it('en: a one-word name inside the sentence, described by a noun ("car giant Halvorsen" / "carmaker Halvorsen")', () => {
    const cues = cuesFor('Bosses at car giant Halvorsen axed 4,500 jobs.', 'Managers at carmaker Halvorsen cut 4,500 jobs.', 'en').filter((c) => c.kind === 'label' && c.note.includes('introduces'));
    expect(cues.map((c) => `${c.articleId} ${c.text}`).sort()).toEqual(['a car giant', 'b carmaker']);
    expect(cues.find((c) => c.articleId === 'b')!.note).toBe("Morgenpost introduces Halvorsen as 'carmaker' where Tagesblatt says 'car giant'.");
    // Where a place lies is no description of it; nor is a weekday a name.
    expect(labels('Crowds gathered in central Greyhaven.', 'Crowds gathered in northern Greyhaven.', 'en')).toEqual([]);
    expect(labels('The strike began last Monday.', 'The strike began early Monday.', 'en')).toEqual([]);
  });
  it('en: a verb or a reporting verb before a name is no title', () => {
    expect(labels('Police arrested Frank Doyle on Saturday.', 'Police questioned Frank Doyle on Saturday.', 'en')).toEqual([]);
    expect(labels('"It is over," said Dana Whitlock.', '"It is over," told Dana Whitlock reporters.', 'en')).toEqual([]);
  });
  it('de: a role between commas after a first and a last name ("Dietmar Sauerwald, Fraktionschef der …")', () => {
    expect(labels('Dietmar Sauerwald, Fraktionschef der Neuen Mitte, verlangte Neuwahlen.', 'Oppositionsführer Dietmar Sauerwald verlangte Neuwahlen.', 'de')).toEqual([
      'a Fraktionschef',
      'b Oppositionsführer',
    ]);
    // An article may stand before the role.
    expect(labels('Harald Voss, ein Mediziner aus Bernsee, widersprach.', 'Studienleiter Harald Voss widersprach.', 'de')).toEqual(['a Mediziner', 'b Studienleiter']);
  });
  it('de: the same role after the name and before it is no difference; nor is a noun that is no role', () => {
    expect(labels('Dietmar Sauerwald, Fraktionschef der Neuen Mitte, sprach.', 'Fraktionschef Dietmar Sauerwald sprach.', 'de')).toEqual([]);
    expect(labels('Dietmar Sauerwald, Ehemann der Ministerin, sprach.', 'Fraktionschef Dietmar Sauerwald sprach.', 'de')).toEqual([]);
    expect(labels('Am Montag, Sprecher der Stadt zufolge, begann es.', 'Bürgermeister Karl Montag sprach.', 'de')).toEqual([]);
  });
  it('en: a title holding a listed word replaces that word\'s cue ("Union boss" of "boss")', () => {
    expect(labels('Union boss Patrick Doyle blasted the decision.', 'Its general secretary Patrick Doyle criticised the decision.', 'en')).toEqual([
      'a Union boss',
      'b general secretary',
    ]);
  });
});

describe('descriptor: plain synonyms of a role are the same introduction', () => {
  it('lawyer / attorney, biggest backer / largest investor', () => {
    const labels = (a: string, b: string) => cuesFor(a, b, 'en').filter((c) => c.kind === 'label').map((c) => c.text);
    expect(labels('Her lawyer Tom Reyes said she would appeal.', 'Tom Reyes, her attorney, said she would appeal.')).toEqual([]);
    expect(labels('Its biggest backer Orrin Fund lost $40 million.', 'Orrin Fund, its largest investor, lost $40 million.')).toEqual([]);
    expect(labels('Her lawyer Tom Reyes said she would appeal.', 'Tom Reyes, her fixer, said she would appeal.')).not.toEqual([]);
  });
});
