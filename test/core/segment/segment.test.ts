import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/ingest/ingest.js';
import { segment } from '../../../src/core/segment/segment.js';
import { stripInlineMarkdown } from '../../../src/core/segment/inline.js';

describe('segment', () => {
  it('gives ids, indexes, paragraph numbers and body offsets to every sentence', () => {
    const a = segment(ingest({ text: 'Titel der Meldung\n\nErster Satz. Zweiter Satz.\n\nZwischentitel\n\nDritter Satz!', id: 'x' }, 0));
    const sentences = a.sections.flatMap((s) => s.sentences);
    expect(sentences.map((s) => [s.id, s.index, s.paragraph, s.text])).toEqual([
      ['x:s0', 0, 0, 'Erster Satz.'],
      ['x:s1', 1, 0, 'Zweiter Satz.'],
      ['x:s2', 2, 1, 'Dritter Satz!'],
    ]);
    expect(a.sections.map((s) => [s.id, s.heading])).toEqual([
      ['x:h0', null],
      ['x:h1', 'Zwischentitel'],
    ]);
    for (const s of sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
    expect(a.paragraphCount).toBe(2);
  });

  it('shows Markdown sentences without inline markup while offsets keep the raw span', () => {
    const body = 'Der **Kreml** nannte das [Telefonat](https://example.org) *konstruktiv*.\n\n> Ein Zitat\n> über zwei Zeilen.';
    const a = segment(ingest({ text: body, format: 'markdown' }, 0));
    const [first, quote] = a.sections.flatMap((s) => s.sentences);
    expect(first!.text).toBe('Der Kreml nannte das Telefonat konstruktiv.');
    expect(body.slice(first!.start, first!.end)).toBe('Der **Kreml** nannte das [Telefonat](https://example.org) *konstruktiv*.');
    expect(quote!.text).toBe('Ein Zitat über zwei Zeilen.');
    expect(quote!.quoted).toBe(true);
  });

  it('splits sentences across the lines of a Markdown blockquote and skips image-only paragraphs', () => {
    const body =
      'Die Hafenarbeiter kehrten zurück.\n\n' +
      '> „Das ist ein fairer Abschluss“, sagte Gewerkschaftschef Dr. Hans Ott.\n> Er sprach von einem Erfolg.\n\n' +
      '![Kräne im Hafen](kran.jpg)\n\nDer Betrieb läuft wieder.';
    const a = segment(ingest({ text: body, format: 'markdown' }, 0));
    const sentences = a.sections.flatMap((s) => s.sentences);
    expect(sentences.map((s) => [s.text, s.quoted ?? false])).toEqual([
      ['Die Hafenarbeiter kehrten zurück.', false],
      ['„Das ist ein fairer Abschluss“, sagte Gewerkschaftschef Dr. Hans Ott.', true],
      ['Er sprach von einem Erfolg.', true],
      ['Der Betrieb läuft wieder.', false],
    ]);
    expect(body.slice(sentences[2]!.start, sentences[2]!.end)).toBe('Er sprach von einem Erfolg.');
  });

  it('leaves snake_case and multiplication alone', () => {
    expect(stripInlineMarkdown('file_name_x und 3 * 4 * 5')).toBe('file_name_x und 3 * 4 * 5');
  });
});
