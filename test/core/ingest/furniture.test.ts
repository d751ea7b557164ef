import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compare } from '../../../src/core/compare.js';
import { furnitureKind } from '../../../src/core/ingest/furniture.js';
import { ingest } from '../../../src/core/ingest/ingest.js';
import { segment } from '../../../src/core/segment/segment.js';
import type { ArticleInput } from '../../../src/core/model.js';

const sentencesOf = (input: ArticleInput) => segment(ingest(input, 0)).sections.flatMap((s) => s.sentences.map((x) => x.text));
const headingsOf = (input: ArticleInput) => segment(ingest(input, 0)).sections.map((s) => s.heading).filter((h) => h !== null);

describe('page furniture: lines a copy from a news site brings along', () => {
  it.each([
    ['Foto: picture alliance / dpa | Max Muster', 'credit'],
    ['Bild: Getty Images', 'credit'],
    ['Photo: Jane Doe/Reuters', 'credit'],
    ['*Foto: Stadt Auenfels*', 'credit'],
    ['© dpa-infocom, dpa:261201-99-123456/3', 'credit'],
    ['Copyright 2026 The Associated Press. All rights reserved.', 'credit'],
    ['Quelle: Statistisches Bundesamt', 'credit'],
    ['Lesen Sie auch: Was der Gipfel für Europa bedeutet', 'link'],
    ['Lesen Sie auch', 'link'],
    ['Mehr zum Thema', 'link'],
    ['Read more: Why the summit collapsed', 'link'],
    ['Related: Five things to know about the strike?', 'link'],
    ['Teilen Twittern E-Mail', 'share'],
    ['Share this article', 'share'],
    ['Facebook | X | WhatsApp | E-Mail', 'share'],
    ['Anzeige', 'advertisement'],
    ['– Advertisement –', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Jetzt abonnieren und weiterlesen', 'advertisement'],
    ['Subscribe to continue reading', 'advertisement'],
    ['Sign up for our morning newsletter', 'advertisement'],
    ['Von Anna Berger', 'byline'],
    ['By Sam Ortiz and Lee Park, Reuters', 'byline'],
    ['01.12.2026, 14:35 Uhr | Von Anna Berger', 'byline'],
    ['Stand: 01.12.2026 14:35 Uhr', 'byline'],
    ['Updated 3 hours ago', 'byline'],
    ['Published: December 1, 2026', 'byline'],
    ['Updated 8:57 AM EST, Tue December 1, 2026', 'byline'],
    ['December 1, 20268:57 AM', 'byline'],
    ['Listen to this article', 'share'],
    ['Audio: Diesen Artikel anhören', 'share'],
    ['Zur Merkliste hinzufügen', 'share'],
    ['Gift this article', 'share'],
    ['@OldburyTrams', 'embed'],
    ['Audio: 2 Min', 'share'],
    ['View image in fullscreen', 'share'],
    ['Bild vergrößern', 'share'],
    ['December 1, 2026 6:12 PM GMT+1Updated 2 hours ago', 'byline'],
    ['Advertisement · Scroll to continue', 'advertisement'],
    ['Report This Ad', 'advertisement'],
    ['Sign up here.', 'advertisement'],
    ['Our Standards: The Trust Principles., opens new tab', 'link'],
    ['Suggested Topics:', 'navigation'],
    ['Purchase Licensing Rights', 'share'],
    ['Associated Press', 'agency'],
    ['Von Anna Berger 02.12.2026, 06:10 Uhr', 'byline'],
    ['Mehr Nachrichten aus der Region finden Sie hier.', 'link'],
    ['For all our coverage of the strike, click here.', 'link'],
    ['Mehr anzeigen', 'share'],
    ['Bildunterschrift: Helfer füllen Sandsäcke am Deich.', 'credit'],
    ['Dieser Artikel wurde ausgespielt am 02.12.2026 um 08:10 Uhr im Programm Radio Nord.', 'byline'],
    ['This article was first published on 3 March 2026.', 'byline'],
    ['9:05 AM · Feb 4, 2026', 'embed'],
    ['1. Dezember 2026, 09:12 Uhr', 'byline'],
    ['Lesezeit: 3 Min.', 'byline'],
    ['4 min read', 'byline'],
    ['dpa:261201-99-123456/3', 'agency'],
    ['(dpa)', 'agency'],
    ['Reporting by Sam Ortiz; Editing by Lee Park', 'agency'],
    ['BERLIN (dpa)', 'dateline'],
    ['Mit Material von dpa und epd', 'agency'],
    ['The Associated Press contributed to this report.', 'agency'],
    ['(Foto: Tagesblatt/Sven Kruse)', 'credit'],
    ['Die Leitstelle am Montagmorgen. Foto: Marco Seidl', 'credit'],
    ['Zum Inhalt springen', 'navigation'],
    ['Startseite › Regional › Gerolzhafen', 'navigation'],
    ['Home / News / World', 'navigation'],
    ['Themen', 'navigation'],
    ['Impressum Datenschutz AGB Kontakt', 'navigation'],
    ['Themen: Cyberkriminalität, Stadtwerke', 'navigation'],
    ['EXKLUSIV', 'kicker'],
    ['Liveblog', 'kicker'],
    ['Kommentare (37)', 'share'],
    ['142 Comments', 'share'],
    ['E-Mail', 'share'],
    ['Published 6:42 a.m. ET Dec. 1, 2026', 'byline'],
    ['Last modified on Mon 1 Dec 2026 16.20 GMT', 'byline'],
    ['Ein Interview von Tobias Reinhold · 02.12.2026, 07.00 Uhr', 'byline'],
    ['Von Katrin Wellmann | 01.12.2026, 14:35 Uhr', 'byline'],
    ['An analysis by Dana Whitlock', 'byline'],
    ['(Photo by Kyle Brandt/Getty Images)', 'credit'],
    ['REUTERS/Jane Doe', 'credit'],
    ['US news › Ohio', 'navigation'],
    ['Explore more on these topics: Ohio · Chemical industry', 'navigation'],
    ['Share · Reuse this content', 'share'],
    ['Korrektur: In einer früheren Version dieses Artikels hieß es, 40.000 Haushalte seien betroffen. Richtig ist: rund 38.000.', 'correction'],
    ['Correction: An earlier version of this story misstated the number of people treated.', 'correction'],
    ['*This article was amended on 1 December 2026. An earlier version said the leak began at 10.40pm.*', 'correction'],
    ['Protesters outside the town hall on Monday. Photograph: Jane Doe/Reuters', 'credit'],
    ['Demonstranten vor dem Rathaus. Foto: Max Muster/dpa', 'credit'],
    ['A firefighter at the scene. Credit: Lee Park for The Herald', 'credit'],
  ])('%s → %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    'Von den 300 Beschäftigten verlieren 120 ihren Arbeitsplatz.',
    'By Tuesday evening the river had risen by two metres.',
    'Zum Thema Migration äußerte sich der Minister nicht.',
    'Read more about the plan on the council’s website.',
    'Lesen Sie auch die Stellungnahme des Ministeriums, die wir dokumentieren.',
    'Teilen Sie uns Ihre Meinung mit.',
    'Share prices fell by 4 percent.',
    'Anzeige erstattet',
    'Am 01.12.2026 um 14:35 Uhr brach das Feuer aus.',
    'December 1, 2026 — The council voted to close the ward.',
    'Foto-Ausstellung im Rathaus',
    'Die Opposition (SPD) lehnt den Plan ab.',
    'Werbung für das Stadion machte der Verein schon seit Wochen.',
    'Die Quelle des Feuers ist noch unklar.',
    'Der Fotograf sagte: Ich habe nichts gesehen.',
    'The photo agency said: we will appeal.',
    'Newsletter-Anbieter müssen künftig eine Abmeldung mit einem Klick anbieten.',
    'Subscribers to the service lost access for six hours.',
    'Home Secretary Yvette Harlow resigns',
    'Mit Material aus dem Archiv ließ sich der Fall rekonstruieren, sagte die Forscherin.',
    'Interview mit dem Bürgermeister über den Haushalt',
    'Follow the money, the auditor told the committee.',
    '@OldburyTrams said services would resume at noon.',
    'Listen to this article and you will hear the difference.',
    'Über dieses Thema berichtete die Zeitung schon im Frühjahr.',
    'Anmelden können sich Interessierte bis Freitag.',
    'The Associated Press reported the figure first.',
    'Von Anna Berger 2026 bis heute hat sich viel verändert.',
    'Mehr Informationen gibt es hier im Rathaus, sagte die Sprecherin.',
    'Sign up here and you will get the code, the flyer promised.',
    'Die Korrektur der Prognose kam am Montag.',
    'Note the figures exclude part-time staff.',
    'Ein Interview von Tobias Reinhold hat die Debatte ausgelöst.',
    'Von Anna Berger | Ein Kommentar über die Lage',
  ])('keeps a line of the report: %s', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });

  it('leaves a pasted page’s furniture out of sections and sentences, and lists it in body order', () => {
    const text = [
      'Kreml sagt Gipfel ab',
      '',
      '01.12.2026, 14:35 Uhr | Von Anna Berger',
      '',
      'Moskau/Washington – Der Kreml hat das geplante Treffen in Budapest abgesagt. Das teilte ein Sprecher am Montag mit.',
      '',
      'Foto: picture alliance / dpa | Max Muster',
      '',
      'Lesen Sie auch: Was der Gipfel für Europa bedeutet',
      '',
      'Nach Angaben aus Washington soll es Differenzen über die Ukraine gegeben haben.',
      '',
      'Anzeige',
      '',
      'Teilen Twittern E-Mail',
    ].join('\n');
    const article = segment(ingest({ text }, 0));
    expect(article.title).toBe('Kreml sagt Gipfel ab');
    expect(article.sections.map((s) => s.heading)).toEqual([null]);
    expect(article.sections[0]!.sentences.map((s) => s.text)).toEqual([
      'Der Kreml hat das geplante Treffen in Budapest abgesagt.',
      'Das teilte ein Sprecher am Montag mit.',
      'Nach Angaben aus Washington soll es Differenzen über die Ukraine gegeben haben.',
    ]);
    expect(article.furniture?.map((f) => [f.kind, f.text])).toEqual([
      ['byline', '01.12.2026, 14:35 Uhr | Von Anna Berger'],
      ['dateline', 'Moskau/Washington'],
      ['credit', 'Foto: picture alliance / dpa | Max Muster'],
      ['link', 'Lesen Sie auch: Was der Gipfel für Europa bedeutet'],
      ['advertisement', 'Anzeige'],
      ['share', 'Teilen Twittern E-Mail'],
    ]);
    for (const f of article.furniture ?? []) expect(text.slice(f.start, f.end)).toBe(f.text);
    // The lede's paragraph still counts as the first: placement reads paragraph numbers.
    expect(article.sections[0]!.sentences[0]!.paragraph).toBe(0);
    expect(article.paragraphCount).toBe(2);
  });

  it.each([
    ['BERLIN (dpa) - Die Bundesregierung hat den Haushalt beschlossen.', 'BERLIN (dpa)'],
    ['Berlin (dpa/lnw) – Die Bundesregierung hat den Haushalt beschlossen.', 'Berlin (dpa/lnw)'],
    ['LONDON, Dec 1 (Reuters) - The Bank of England held rates on Tuesday.', 'LONDON, Dec 1 (Reuters)'],
    ['KYIV, Ukraine (AP) — Russian drones struck the capital overnight.', 'KYIV, Ukraine (AP)'],
    ['WASHINGTON — The Senate passed the bill late on Monday night.', 'WASHINGTON'],
    ['Moskau/Washington – Der Kreml hat das Treffen abgesagt.', 'Moskau/Washington'],
  ])('takes the lede’s dateline out of its first sentence: %s', (lede, dateline) => {
    const text = `Titel der Meldung\n\n${lede}\n\nEin zweiter Absatz folgt hier mit mehr Text.`;
    const article = segment(ingest({ text }, 0));
    expect(article.furniture).toEqual([{ kind: 'dateline', text: dateline, start: text.indexOf(dateline), end: text.indexOf(dateline) + dateline.length }]);
    expect(article.sections[0]!.sentences[0]!.text).toBe(lede.slice(lede.search(/[-–—] /) + 2).trim());
  });

  it.each([
    'Die Opposition – CDU und FDP – kritisierte den Entwurf scharf.',
    'Berlin – das ist für viele Zugezogene ein Versprechen.',
    'Die SPD (Sozialdemokraten) hat den Entwurf abgelehnt.',
    'Trump – the former president – spoke for an hour.',
  ])('reads no dateline into a lede that has none: %s', (lede) => {
    const article = segment(ingest({ text: `Titel\n\n${lede}` }, 0));
    expect(article.furniture).toBeUndefined();
    expect(article.sections[0]!.sentences[0]!.text).toBe(lede);
  });

  it('reads a dateline in the first three paragraphs (a standfirst may come first), "Hamburg." only in the first', () => {
    const text = 'Titel\n\nDer Senat tagte bis spät in die Nacht.\n\nBERLIN – Die Hauptstadt wartet auf den Beschluss des Senats.';
    expect(sentencesOf({ text })).toEqual(['Der Senat tagte bis spät in die Nacht.', 'Die Hauptstadt wartet auf den Beschluss des Senats.']);
    const later = 'Titel\n\nEins ist klar.\n\nZwei ist klar.\n\nDrei ist klar.\n\nBERLIN – Die Hauptstadt wartet auf den Beschluss des Senats.';
    expect(sentencesOf({ text: later })).toContain('BERLIN – Die Hauptstadt wartet auf den Beschluss des Senats.');
    expect(sentencesOf({ text: 'Titel\n\nHamburg. Die Stadtwerke sind seit Montag offline.' })).toEqual(['Die Stadtwerke sind seit Montag offline.']);
    expect(sentencesOf({ text: 'Titel\n\nEin Satz vorweg.\n\nHamburg. Die Stadtwerke sind seit Montag offline.' })).toContain('Hamburg.');
    expect(sentencesOf({ text: 'Titel\n\nNein. Die Stadtwerke zahlen kein Lösegeld, sagte der Chef.' })).toContain('Nein.');
  });

  it('reads a caption on the line above its credit as furniture, a paragraph above a blank line as text', () => {
    const text = 'Titel\n\nDie Stadtwerke sind seit Montag offline.\nFeuerwehrleute vor dem Werk am Sonntagabend.\n(Foto: Max Muster/dpa)\n\nDie Polizei ermittelt.\n\nFoto: Lee Park';
    const article = segment(ingest({ text }, 0));
    expect(article.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual(['Die Stadtwerke sind seit Montag offline.', 'Die Polizei ermittelt.']);
    expect(article.furniture?.map((f) => f.text)).toEqual(['Feuerwehrleute vor dem Werk am Sonntagabend.', '(Foto: Max Muster/dpa)', 'Foto: Lee Park']);
  });

  it('leaves furniture out of Markdown and HTML too', () => {
    const md = '# Hafen bestreikt\n\n*Foto: dpa*\n\nHAMBURG (dpa) – Der Hafen steht seit Montag still.\n\nLesen Sie auch: Was der Streik kostet\n';
    expect(sentencesOf({ text: md, format: 'markdown' })).toEqual(['Der Hafen steht seit Montag still.']);
    const html =
      '<article><h1>Port strike</h1><p>By Sam Ortiz</p><p>HAMBURG (Reuters) - The port has been at a standstill since Monday, officials said.</p>' +
      '<p>Photo: Jane Doe/Reuters</p><p>Read more: What the strike costs</p></article>';
    expect(sentencesOf({ text: html, format: 'html' })).toEqual(['The port has been at a standstill since Monday, officials said.']);
    expect(headingsOf({ text: html, format: 'html' })).toEqual(['Port strike']);
  });

  it('no longer reads a dateline’s place as a label against another outlet', () => {
    const c = compare([
      { text: 'Gipfel abgesagt\n\nMoskau/Washington – Der Kreml hat das Treffen in Budapest abgesagt.', outlet: 'A' },
      { text: 'Gipfel geplatzt\n\nBERLIN (dpa) - Der Kreml hat den Gipfel in Budapest abgesagt.', outlet: 'B' },
    ]);
    const cues = c.units.flatMap((u) => u.cues);
    expect(cues.filter((q) => /Moskau|BERLIN|dpa/.test(q.text))).toEqual([]);
    expect(c.articles.map((a) => a.furniture?.map((f) => f.text))).toEqual([['Moskau/Washington'], ['BERLIN (dpa)']]);
  });

  it('keeps articles without furniture as they were: no furniture field at all', () => {
    const c = compare([{ text: 'Der Kreml hat das Treffen abgesagt.' }, { text: 'Russland hat den Gipfel abgesagt.' }]);
    expect(c.articles.every((a) => !('furniture' in a))).toBe(true);
  });
});

describe('copies of whole pages, as a browser gives them (header and footer lines by single line breaks)', () => {
  const read = (name: string) => segment(ingest({ text: readFileSync(new URL(`../../../fixtures/ingest/${name}`, import.meta.url), 'utf8') }, 0));

  it('German: the headline under the navigation is the title; byline, dateline, links and share bar are left out', () => {
    const a = read('chrome-copy-de.txt');
    expect(a.title).toBe('Hacker legen Stadtwerke Gerolzhafen lahm');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Was Kunden jetzt wissen müssen']);
    expect(a.sections[0]!.sentences[0]!.text).toBe('Die Stadtwerke Gerolzhafen sind Opfer eines schweren Cyberangriffs geworden.');
    expect(a.sections.flatMap((s) => s.sentences)).toHaveLength(6);
    expect(a.furniture?.map((f) => f.kind)).toEqual([
      'navigation', 'navigation', 'navigation', 'navigation', 'navigation', 'byline', 'byline', 'dateline', 'link', 'link', 'link', 'share', 'share', 'credit',
    ]);
  });

  it('English: the same, with a kicker, a time-first time stamp, a region dateline and a list of related headlines', () => {
    const a = read('chrome-copy-en.txt');
    expect(a.title).toBe('Chlorine leak forces 1,200 from homes in Port Kelby');
    expect(a.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual([
      'A chlorine leak at a chemical plant forced about 1,200 people from their homes overnight, officials said Monday.',
      'Eleven people were treated for breathing problems, and two remained hospitalized, a hospital spokesperson said.',
    ]);
    expect(a.furniture?.map((f) => `${f.kind}: ${f.text}`)).toEqual([
      'navigation: Skip to main content', 'navigation: U.S.', 'navigation: Environment', 'kicker: BREAKING', 'byline: By Dana Whitlock',
      'byline: Published 6:42 a.m. ET Dec. 1, 2026', 'dateline: PORT KELBY, Ohio', 'link: Related', 'link: Harlow Chemical’s troubled safety record',
      'link: What to do near a chemical spill', 'share: 142 Comments', 'share: Share', 'credit: © 2026 The Courier. All rights reserved.',
    ]);
  });

  it('keeps hard-wrapped prose together: a column of labels is split, wrapped sentences are not', () => {
    const wrapped = 'Titel der Meldung\n\nDie Stadtwerke sind seit Montag\nnicht erreichbar, weil Hacker\ndie Rechner verschlüsselt haben.';
    expect(sentencesOf({ text: wrapped })).toEqual(['Die Stadtwerke sind seit Montag nicht erreichbar, weil Hacker die Rechner verschlüsselt haben.']);
  });

  it('reads bullets after a heading line as items, also in a chunk of other lines', () => {
    const text = 'Titel der Meldung\n\nDas Wichtigste in Kürze\n• Die Täter verlangen Lösegeld.\n• Die Versorgung läuft weiter.\nDie Stadtwerke sind seit Montag offline.';
    expect(sentencesOf({ text })).toEqual(['Die Täter verlangen Lösegeld.', 'Die Versorgung läuft weiter.', 'Die Stadtwerke sind seit Montag offline.']);
  });
});

describe('live blogs: the time an entry went up is no fact of the event', () => {
  it('takes the stamps off entries when two or more open so', () => {
    const text = 'Newsblog zum Angriff\n\n19.10 Uhr: Die Oberbürgermeisterin spricht von einem feigen Angriff.\n\n17.45 Uhr: Die Polizei sucht Zeugen.\n\n9:05 a.m. ET: Crews reached the plant.';
    const a = segment(ingest({ text }, 0));
    expect(a.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual([
      'Die Oberbürgermeisterin spricht von einem feigen Angriff.',
      'Die Polizei sucht Zeugen.',
      'Crews reached the plant.',
    ]);
    expect(a.furniture?.map((f) => `${f.kind}: ${f.text}`)).toEqual(['byline: 19.10 Uhr', 'byline: 17.45 Uhr', 'byline: 9:05 a.m. ET']);
  });
  it('keeps a single time-led paragraph as it stands', () => {
    const text = 'Titel der Meldung\n\n14.35 Uhr: So stand es auf dem Erpresserschreiben.\n\nDie Polizei ermittelt.';
    expect(sentencesOf({ text })[0]).toBe('14.35 Uhr: So stand es auf dem Erpresserschreiben.');
  });
});


describe('the frame around a report: the writer’s names, an embedded post, a note about the author, topic links', () => {
  const copied = [
    'Tram derails near Oldbury depot',
    '',
    'Martin Keel and Priya Anand in Oldbury',
    'Wed 4 Feb 2026 09.12 GMT',
    '',
    'A tram left the rails at a junction outside the Oldbury depot on Wednesday, blocking the line for most of the morning.',
    '',
    'Oldbury Trams',
    '@OldburyTrams',
    '·',
    'Follow',
    'Services between the depot and the city centre are suspended while crews work on site.',
    '9:05 AM · Feb 4, 2026',
    '',
    'Nobody was hurt, the operator said, but the driver was taken to hospital as a precaution.',
    '',
    'Martin Keel is the paper’s transport correspondent',
    '',
    'Explore more on these topics',
    'Trams',
    'Oldbury',
    'Public transport',
  ].join('\n');

  it('leaves the names above a time stamp, the post’s account, handle and time, the author note and the topics out, and keeps the post’s words', () => {
    const a = segment(ingest({ text: copied }, 0));
    expect(a.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual([
      'A tram left the rails at a junction outside the Oldbury depot on Wednesday, blocking the line for most of the morning.',
      'Services between the depot and the city centre are suspended while crews work on site.',
      'Nobody was hurt, the operator said, but the driver was taken to hospital as a precaution.',
    ]);
    expect(a.sections.map((s) => s.heading).filter((h) => h !== null)).toEqual([]);
    expect(a.furniture!.map((f) => [f.kind, f.text])).toEqual([
      ['byline', 'Martin Keel and Priya Anand in Oldbury'],
      ['byline', 'Wed 4 Feb 2026 09.12 GMT'],
      ['embed', 'Oldbury Trams'],
      ['embed', '@OldburyTrams'],
      ['embed', '·'],
      ['embed', 'Follow'],
      ['embed', '9:05 AM · Feb 4, 2026'],
      ['author', 'Martin Keel is the paper’s transport correspondent'],
      ['navigation', 'Explore more on these topics'],
      ['navigation', 'Trams'],
      ['navigation', 'Oldbury'],
      ['navigation', 'Public transport'],
    ]);
  });

  it('keeps a sentence about a journalist the story is about, and a heading of more words than a name above a time stamp', () => {
    const story = [
      'Reporter freed after nine days',
      '',
      'Lena Voss, held since last month, crossed the border on Friday evening.',
      '',
      'Her employer thanked the mediators and said she was in good health.',
      '',
      'Lena Voss is a reporter for the Northern Ledger.',
    ].join('\n');
    expect(sentencesOf({ text: story })).toContain('Lena Voss is a reporter for the Northern Ledger.');
    const live = ['Storm live: roads closed', '', 'The first gusts reached the coast before dawn.', '', 'Ferries Stay In Port Tonight', 'Tue 3 Mar 2026 18.00 GMT', '', 'All crossings are cancelled until the morning.'].join('\n');
    expect(headingsOf({ text: live })).toContain('Ferries Stay In Port Tonight');
    const deeper = ['Storm live: roads closed', '', 'The first gusts reached the coast before dawn.', '', 'Schools shut early.', '', 'Rail services were cut back.', '', 'Police asked drivers to stay home.', '', 'The pier was closed.', '', 'Rescue Under Way', 'Tue 3 Mar 2026 18.00 GMT', '', 'A lifeboat was sent to a yacht in trouble.'].join('\n');
    expect(headingsOf({ text: deeper })).toContain('Rescue Under Way');
  });

  it('reads the German forms too: "Themen" above its topics, a Redakteurin note', () => {
    const de = [
      'Stellwerk legt Bahnverkehr lahm',
      '',
      'Eine Störung im Stellwerk hat am Morgen den Zugverkehr rund um Kirchfeld für drei Stunden gestoppt.',
      '',
      'Die Bahn richtete einen Ersatzverkehr mit Bussen ein.',
      '',
      'Jana Roth ist Redakteurin im Ressort Verkehr.',
      '',
      'Tom Weber schreibt seit 2021 für die Lokalredaktion über Verkehr.',
      '',
      'Themen',
      'Bahn',
      'Kirchfeld',
    ].join('\n');
    const a = segment(ingest({ text: de }, 0));
    expect(a.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual([
      'Eine Störung im Stellwerk hat am Morgen den Zugverkehr rund um Kirchfeld für drei Stunden gestoppt.',
      'Die Bahn richtete einen Ersatzverkehr mit Bussen ein.',
    ]);
    expect(a.furniture!.map((f) => f.kind)).toEqual(['author', 'author', 'navigation', 'navigation', 'navigation']);
  });
});

describe('a broadcaster’s page copied whole', () => {
  it('leaves out the player label, a caption with its prefix, linked headlines that ask, the programme notes and the comment buttons', () => {
    const page = [
      'Deich bei Lindholm hält',
      '',
      'Stand: 02.12.2026 07:45 Uhr',
      '',
      'Der Deich an der Aller hat dem Hochwasser in der Nacht standgehalten. Rund 150 Helfer waren im Einsatz.',
      '',
      'Audio: 3 Min',
      '',
      'Am Morgen sank der Pegel um zwölf Zentimeter.',
      '',
      'Bildunterschrift: Helfer auf dem Deich bei Lindholm.',
      'Bild: dpa',
      '',
      'Mehr zum Thema',
      'Hochwasser im Norden: Die Lage am Morgen',
      'Was zahlt die Versicherung nach einem Hochwasser?',
      '',
      'Die Kreisstraße bleibt bis Freitag gesperrt.',
      '',
      'Dieser Artikel wurde ausgespielt am 02.12.2026 um 08:10 Uhr im Programm Radio Nord.',
      '',
      'Kommentare',
      'Anmelden',
      'Mehr anzeigen',
    ].join('\n');
    expect(sentencesOf({ text: page })).toEqual([
      'Der Deich an der Aller hat dem Hochwasser in der Nacht standgehalten.',
      'Rund 150 Helfer waren im Einsatz.',
      'Am Morgen sank der Pegel um zwölf Zentimeter.',
      'Die Kreisstraße bleibt bis Freitag gesperrt.',
    ]);
    expect(headingsOf({ text: page })).toEqual([]);
  });
});

describe('an agency’s page copied whole', () => {
  it('leaves out a stamp glued to its update, ad labels, a sign-up line, a link read out for screen readers, suggested topics and the share buttons one per line', () => {
    const page = [
      'Business',
      'Europe',
      'Ferry operator cuts winter timetable',
      '',
      'By Sam Ortiz',
      'March 3, 2026 9:40 AM GMT+1Updated 3 hours ago',
      '',
      'VELMOUTH, March 3 (Reuters) - The ferry operator serving Velmouth will run four crossings a day instead of seven from next month, it said on Tuesday.',
      '',
      'Advertisement · Scroll to continue',
      'Report This Ad',
      '',
      'The company blamed fuel costs and a shortage of crew.',
      '',
      'Sign up here.',
      '',
      'Our Standards: The Trust Principles., opens new tab',
      '',
      'Suggested Topics:',
      'Transport',
      'Europe',
      '',
      'Share',
      'X',
      'Facebook',
      'Link',
      'Purchase Licensing Rights',
    ].join('\n');
    expect(sentencesOf({ text: page })).toEqual([
      'The ferry operator serving Velmouth will run four crossings a day instead of seven from next month, it said on Tuesday.',
      'The company blamed fuel costs and a shortage of crew.',
    ]);
    expect(headingsOf({ text: page })).toEqual([]);
  });
});

describe('Markdown furniture is read from the words, not the markup', () => {
  it('leaves out a credit under a leading image, and a share bar of links', () => {
    const md = [
      '# Fähre fällt aus',
      '',
      '![Der Anleger am Morgen](https://example.org/a.jpg)',
      '*Foto: Hafenamt*',
      '',
      'Die Fähre nach Velmouth fährt bis Freitag nicht. Ein Motorschaden legt sie lahm.',
      '',
      '[Teilen](https://example.org/s) · [Drucken](https://example.org/p)',
    ].join('\n');
    const a = segment(ingest({ text: md, format: 'markdown' }, 0));
    expect(a.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual(['Die Fähre nach Velmouth fährt bis Freitag nicht.', 'Ein Motorschaden legt sie lahm.']);
    expect(a.furniture!.map((f) => f.kind)).toEqual(['credit', 'share']);
  });
});

describe('a standfirst under the title', () => {
  it('is a sentence of the report when it is ten words or more, a heading when it is short', () => {
    const long = ['Ferry service cut to four crossings', '', 'Fuel costs and a shortage of crew force the operator to halve its winter timetable', '', 'The operator will run four crossings a day from next month.'].join('\n');
    expect(sentencesOf({ text: long })).toEqual([
      'Fuel costs and a shortage of crew force the operator to halve its winter timetable',
      'The operator will run four crossings a day from next month.',
    ]);
    const short = ['Ferry service cut to four crossings', '', 'What changes for passengers', '', 'The operator will run four crossings a day from next month.', '', 'Tickets already bought stay valid.'].join('\n');
    expect(headingsOf({ text: short })).toEqual(['What changes for passengers']);
  });
});
