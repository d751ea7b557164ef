import { describe, expect, it } from 'vitest';
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
    ['1. Dezember 2026, 09:12 Uhr', 'byline'],
    ['Lesezeit: 3 Min.', 'byline'],
    ['4 min read', 'byline'],
    ['dpa:261201-99-123456/3', 'agency'],
    ['(dpa)', 'agency'],
    ['Reporting by Sam Ortiz; Editing by Lee Park', 'agency'],
    ['BERLIN (dpa)', 'dateline'],
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

  it('reads a dateline only in the lede: further down "Berlin – …" is text', () => {
    const text = 'Titel\n\nDer Senat tagte am Montag bis spät in die Nacht.\n\nBERLIN – Die Hauptstadt wartet auf den Beschluss des Senats.';
    expect(sentencesOf({ text })).toContain('BERLIN – Die Hauptstadt wartet auf den Beschluss des Senats.');
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
