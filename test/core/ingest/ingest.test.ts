import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../../src/core/ingest/decode.js';
import { ingest } from '../../../src/core/ingest/ingest.js';
import { detectLanguage, votingWords } from '../../../src/core/ingest/language.js';
import { normalizeForAnalysis } from '../../../src/core/ingest/normalize.js';
import { isInputError } from '../../../src/core/errors.js';
import { segment } from '../../../src/core/segment/segment.js';
import type { Article, ArticleInput } from '../../../src/core/model.js';
import { expectSameAsReference } from '../../support/edge-text.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/ingest/${name}`, import.meta.url)));
const article = (input: ArticleInput): Article => segment(ingest(input, 0));
const outline = (a: Article) => a.sections.map((s) => [s.heading, s.sentences.map((x) => x.text)]);

function offsetsHold(a: Article): void {
  for (const s of a.sections.flatMap((x) => x.sentences)) {
    expect(a.body.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
  }
}

describe('plain text', () => {
  const text = [
    'Gipfel in Budapest auf der Kippe',
    '',
    'Ein Vortreffen der Außenminister wurde abgesagt. Das meldet der Sender CNN.',
    '',
    'Differenzen über den Krieg',
    '',
    'Laut „CNN“ gab es unterschiedliche Erwartungen.',
    'Moskau hält an seiner Linie fest.',
    '',
    'Lawrow nennt Gespräche „konstruktiv“',
    '',
    'Der Kreml sprach am 20. Okt. von einem guten Telefonat.',
  ].join('\r\n');
  const a = article({ text, format: 'text' });

  it('takes the first line as title, short unpunctuated lines as headings, and keeps `Laut „CNN“` a sentence', () => {
    expect(a.title).toBe('Gipfel in Budapest auf der Kippe');
    expect(a.titleSpan).toEqual({ start: 0, end: 32 });
    expect(outline(a)).toEqual([
      [null, ['Ein Vortreffen der Außenminister wurde abgesagt.', 'Das meldet der Sender CNN.']],
      ['Differenzen über den Krieg', ['Laut „CNN“ gab es unterschiedliche Erwartungen.', 'Moskau hält an seiner Linie fest.']],
      ['Lawrow nennt Gespräche „konstruktiv“', ['Der Kreml sprach am 20. Okt. von einem guten Telefonat.']],
    ]);
    expect(a.language).toBe('de');
    expect(a.paragraphCount).toBe(3);
  });

  it('normalises CRLF to LF in the body and keeps offsets into it', () => {
    expect(a.body.includes('\r')).toBe(false);
    offsetsHold(a);
  });

  it('joins hyphenation at line ends in the display text only', () => {
    const b = article({ text: 'Die Verhand-\nlungen sind vorerst gescheitert, sagte ein Sprecher am Montag.' });
    const s = b.sections[0]!.sentences[0]!;
    expect(s.text).toBe('Die Verhandlungen sind vorerst gescheitert, sagte ein Sprecher am Montag.');
    expect(b.body.slice(s.start, s.end)).toContain('Verhand-\nlungen');
  });

  it('takes a first line that asks or exclaims as the title; further down such a line is a sentence', () => {
    const asked = article({ text: 'Macht Süßstoff krank?\n\nEine Studie sieht ein höheres Risiko. Und die Hersteller?\n\nSie widersprechen.' });
    expect(asked.title).toBe('Macht Süßstoff krank?');
    expect(asked.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual(['Eine Studie sieht ein höheres Risiko.', 'Und die Hersteller?', 'Sie widersprechen.']);
    const exclaimed = article({ text: 'Giftwolke über Kestenbach!\nIn der Nacht trat aus dem Werk Ammoniak aus, die Feuerwehr warnte die Anwohner über Sirenen und Radio vor der Wolke.' });
    expect(exclaimed.title).toBe('Giftwolke über Kestenbach!');
    // A text of one line has no title to take.
    expect(article({ text: 'Wer hätte das gedacht?' }).title).toBeNull();
  });

  it('prefers an explicit title and outlet over the text', () => {
    const b = ingest({ text: 'Kurze Zeile\n\nDer Text folgt hier.', title: 'Eigener Titel', outlet: ' Agentur ' }, 2);
    expect(b.title).toBe('Eigener Titel');
    expect(b.outlet).toBe('Agentur');
    expect(b.id).toBe('a3');
  });
});

describe('plain text without blank lines', () => {
  it('reads one paragraph per line and a short line after a full stop as a heading', () => {
    const text = [
      'Streik im Hafen beendet',
      'Die Hafenarbeiter in Kessling haben am Montag nach neun Tagen die Arbeit wieder aufgenommen.',
      'Die Gewerkschaft sprach von einem Erfolg, die Hafenverwaltung von einem fairen Kompromiss.',
      'Lange Warteschlangen',
      'Vor der Küste warten noch rund 40 Schiffe darauf, entladen zu werden. Der Abbau dauert Wochen.',
    ].join('\n');
    const a = article({ text, format: 'text' });
    expect(a.title).toBe('Streik im Hafen beendet');
    expect(a.sections.map((s) => [s.heading, s.sentences.map((x) => x.paragraph)])).toEqual([
      [null, [0, 1]],
      ['Lange Warteschlangen', [2, 2]],
    ]);
  });

  it('keeps hard-wrapped lines together, reads dash lists as list items and leaves a byline out as furniture', () => {
    const text = [
      'Die Opposition kritisierte den Entwurf als',
      'zu schwach. Sie kündigte Widerstand an',
      'im Bundesrat an.',
      '',
      'Von Anna Müller',
      '',
      '- Erster Punkt der Liste.',
      '- Zweiter Punkt der Liste.',
      '',
      'Das Gesetz betrifft rund 2 Mio. Menschen.',
    ].join('\n');
    const a = article({ text, format: 'text' });
    expect(outline(a)).toEqual([
      [
        null,
        [
          'Die Opposition kritisierte den Entwurf als zu schwach.',
          'Sie kündigte Widerstand an im Bundesrat an.',
          'Erster Punkt der Liste.',
          'Zweiter Punkt der Liste.',
          'Das Gesetz betrifft rund 2 Mio. Menschen.',
        ],
      ],
    ]);
    expect(a.furniture).toEqual([{ kind: 'byline', text: 'Von Anna Müller', start: text.indexOf('Von'), end: text.indexOf('Von') + 15 }]);
    offsetsHold(a);
  });
});

describe('Markdown with front matter', () => {
  const input = decodeFile({ name: 'hafen-streik.md', bytes: fixture('hafen-streik.md') });
  const a = article(input);

  it('reads metadata from the front matter', () => {
    expect(input.format).toBe('markdown');
    expect([a.outlet, a.title, a.date, a.url]).toEqual([
      'Küstenkurier',
      'Hafenstreik legt Kessling lahm',
      '2026-03-12',
      'https://example.org/kessling/hafenstreik',
    ]);
    expect(a.language).toBe('de');
  });

  it('finds headings, paragraphs, list items and the blockquote with offsets into the full body', () => {
    expect(outline(a)).toEqual([
      [null, ['Seit Dienstag ruht der Betrieb im Hafen von Kessling.', 'Die Gewerkschaft fordert 8,5 Prozent mehr Lohn, z. B. für Kranführer und Lascher.']],
      [
        'Reederei spricht von Erpressung',
        [
          'Der Sprecher der Reederei, Dr. Jan Ohlsen, nannte die Forderung „maßlos“.',
          'Am 14. März soll weiterverhandelt werden.',
          'Rund 40 Schiffe warten auf Reede.',
          'Die Verluste liegen bei ca. 2 Mio. Euro pro Tag.',
          '„Wir bleiben draußen, bis ein faires Angebot kommt“, sagte Betriebsrätin Anke Lüders.',
          'Die Stadt hofft auf eine schnelle Einigung.',
        ],
      ],
    ]);
    const quote = a.sections[1]!.sentences[4]!;
    expect(quote.quoted).toBe(true);
    expect(a.body.startsWith('---\noutlet:')).toBe(true);
    expect(a.body.slice(a.titleSpan!.start, a.titleSpan!.end)).toBe('Hafenstreik legt Kessling lahm');
    offsetsHold(a);
  });
});

describe('HTML page with boilerplate', () => {
  const input = decodeFile({ name: 'weltbote-gipfel.html', bytes: fixture('weltbote-gipfel.html') });
  const a = article(input);
  const all = a.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');

  it('takes title, outlet, date and canonical URL from the metadata', () => {
    expect(input.format).toBe('html');
    expect([a.title, a.outlet, a.date, a.url]).toEqual([
      'Gipfel in Budapest wackelt',
      'Weltbote',
      '2025-10-22T08:30:00+02:00',
      'https://weltbote.example/politik/gipfel-budapest',
    ]);
  });

  it('names its own outlet and title when decoded, so a file-name fallback at the edges never hides them', () => {
    expect([input.outlet, input.title]).toEqual(['Weltbote', 'Gipfel in Budapest wackelt']);
    const md = decodeFile({ name: 'hafen-streik.md', bytes: fixture('hafen-streik.md') });
    expect([md.outlet, md.title]).toEqual(['Küstenkurier', 'Hafenstreik legt Kessling lahm']);
    const plain = decodeFile({ name: 'notiz.txt', bytes: new TextEncoder().encode('outlet: Fake\n\nEin Satz.') });
    expect(plain.outlet).toBeUndefined();
  });

  it('keeps the article paragraphs, heading and blockquote and drops nav, ads, scripts, cookies, comments and footer', () => {
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Moskau gibt sich gelassen']);
    expect(a.sections[0]!.sentences[0]!.text).toBe(
      'Ein geplantes Vortreffen der Außenminister der USA und Russlands ist kurzfristig abgesagt worden.',
    );
    const quoted = a.sections[1]!.sentences.filter((s) => s.quoted).map((s) => s.text);
    expect(quoted).toEqual(['„Man muss die Kämpfe an der Frontlinie stoppen“, schrieb US-Präsident Trump.']);
    for (const noise of ['Startseite', 'Abo sichern', 'Cookies', 'Leser123', 'Newsletter', 'Impressum', 'Injected', 'tracking']) {
      expect(all).not.toContain(noise);
    }
    expect(a.language).toBe('de');
    offsetsHold(a);
  });

  it('reads a line break inside a paragraph as a space, and leaves an author box out', () => {
    const page =
      '<html><body><article><h1>Halle abgebrannt</h1><p>Ein Feuer hat in der Nacht eine Halle am Stadtrand zerstört.<br>Verletzt wurde dabei niemand.</p>' +
      '<p>Die Wehr rückte mit 60 Leuten aus.<br/>Sie blieb bis zum Morgen vor Ort.</p>' +
      '<div class="author-box"><p>Jana Roth schreibt seit 2019 für die Lokalredaktion über Polizei und Feuerwehr.</p></div></article></body></html>';
    const sentences = article({ text: page, format: 'html' }).sections.flatMap((s) => s.sentences.map((x) => x.text));
    expect(sentences).toEqual([
      'Ein Feuer hat in der Nacht eine Halle am Stadtrand zerstört.',
      'Verletzt wurde dabei niemand.',
      'Die Wehr rückte mit 60 Leuten aus.',
      'Sie blieb bis zum Morgen vor Ort.',
    ]);
  });

  it('falls back to block elements when there is no article markup', () => {
    const b = article({ text: '<p>Ein kurzer Absatz ohne Rahmen. Er hat zwei Sätze.</p>', format: 'html' });
    expect(outline(b)).toEqual([[null, ['Ein kurzer Absatz ohne Rahmen.', 'Er hat zwei Sätze.']]]);
  });
});

describe('HTML page whose banners and teasers are named by class fragments', () => {
  const input = decodeFile({ name: 'herald-strike.html', bytes: fixture('herald-strike.html') });
  const a = article(input);
  const all = a.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');

  it('drops the cookie consent, promo, byline, comments and footer but keeps a body whose class names a banner', () => {
    expect(outline(a)).toEqual([
      [
        null,
        [
          'Dock workers in Kessling returned to work on Monday after a nine-day strike that halted most container traffic.',
          'The union said members had accepted a 4.5% pay rise.',
          'The port authority called the deal "fair and final".',
        ],
      ],
      [
        'Backlog of ships',
        [
          'About 40 ships are still waiting off the coast, according to the harbour master.',
          'Clearing them could take two weeks.',
          'Dr. Mia Olsen, an economist at the U.S. firm Brightline Inc., estimated losses at $120 mn.',
          'She expects a quick recovery.',
        ],
      ],
    ]);
    for (const noise of ['cookies', 'Subscribe', 'Great article', 'All rights', 'trackUser', 'World', 'Ann Lee']) {
      expect(all).not.toContain(noise);
    }
    offsetsHold(a);
  });

  it('strips the site name from the page title and reads date and URL from the page', () => {
    expect([a.title, a.outlet, a.date, a.url, a.language]).toEqual([
      'Port strike ends after nine days',
      'Harbour Herald',
      '2026-03-02T10:00:00Z',
      'https://herald.example/strike',
      'en',
    ]);
  });

  it('lets explicit metadata win over the page', () => {
    const b = article({ ...input, outlet: 'Eigene Quelle', title: 'Eigener Titel', date: '2026-03-03' });
    expect([b.outlet, b.title, b.date]).toEqual(['Eigene Quelle', 'Eigener Titel', '2026-03-03']);
  });
});

describe('decodeFile', () => {
  it('decodes a Windows-1252 text with umlauts, typographic quotes and the euro sign', () => {
    const input = decodeFile({ name: 'bergfeld-windows-1252.txt', bytes: fixture('bergfeld-windows-1252.txt') });
    expect(input.format).toBe('text');
    const a = article(input);
    expect(a.title).toBe('Hochwasser in Bergfeld: Pegel sinkt langsam');
    expect(a.sections[0]!.sentences.map((s) => s.text)).toContain('Bürgermeisterin Jutta Weiß sprach von einem „schweren Schlag“ für die Stadt.');
    expect(a.sections[0]!.sentences.map((s) => s.text)).toContain('Die Schäden schätzt sie auf ca. 12 Mio. €.');
  });

  it('decodes UTF-16 LE with a byte order mark', () => {
    const a = article(decodeFile({ name: 'kessling-utf16le.txt', bytes: fixture('kessling-utf16le.txt') }));
    expect(a.title).toBe('Port strike enters its second week');
    expect(a.language).toBe('en');
    expect(a.sections[0]!.sentences.map((s) => s.text)).toEqual([
      'Dock workers in Kessling stayed out on Monday.',
      'Union leader Mr. Ray Dunmore said the U.S. shipping lines "must return to the table".',
    ]);
  });

  it('decodes UTF-8 with a BOM and UTF-16 BE', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Grüße aus Köln.')]);
    expect(decodeFile({ name: 'a.txt', bytes: utf8 }).text).toBe('Grüße aus Köln.');
    const s = 'Straße';
    const be = new Uint8Array(2 + s.length * 2);
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let i = 0; i < s.length; i++) be[3 + i * 2] = s.charCodeAt(i) & 0xff;
    expect(decodeFile({ name: 'b.txt', bytes: be }).text).toBe('Straße');
  });

  it.each([
    ['bericht.pdf', 'bericht.pdf looks like a PDF file, not text'],
    ['foto.png', 'foto.png looks like an image (PNG) file, not text'],
  ])('refuses %s with a message naming the file', (name, message) => {
    try {
      decodeFile({ name, bytes: fixture(name) });
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error)).toBe(true);
      if (isInputError(error)) {
        expect(error.status).toBe(422);
        expect(error.problems).toEqual([{ field: name, message }]);
      }
    }
  });

  it('refuses zip, NUL-byte, control-character and empty files', () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['x.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), /x\.zip looks like a zip/],
      ['nul.txt', new Uint8Array([0x41, 0, 0x42]), /nul\.txt looks like a binary file/],
      ['ctl.txt', new Uint8Array([1, 2, 3, 4, 5, 0x41, 6, 7]), /ctl\.txt looks like a binary file/],
      ['leer.txt', new Uint8Array([]), /leer\.txt is empty/],
      ['blank.txt', new TextEncoder().encode(' \n '), /blank\.txt contains no text/],
    ];
    for (const [name, bytes, message] of cases) expect(() => decodeFile({ name, bytes })).toThrow(message);
  });

  it('sniffs the format when the extension says nothing', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(decodeFile({ name: 'page', bytes: enc('<!DOCTYPE html><p>Hallo</p>') }).format).toBe('html');
    expect(decodeFile({ name: 'notes', bytes: enc('# Titel\n\nText.') }).format).toBe('markdown');
    expect(decodeFile({ name: 'notes', bytes: enc('Nur Text.') }).format).toBe('text');
    expect(decodeFile({ name: 'snippet', bytes: enc('<section><h2>Lage</h2>Ruhig.</section>') }).format).toBe('html');
    expect(decodeFile({ name: 'notes', bytes: enc('<3 Grüße an alle.') }).format).toBe('text');
    expect(decodeFile({ name: 'bericht.text', bytes: enc('<b>Fett</b> bleibt Text.') }).format).toBe('text');
    expect(decodeFile({ name: 'bericht.HTM', bytes: enc('Kein Tag, trotzdem HTML.') }).format).toBe('html');
  });
});

describe('language and normalisation', () => {
  it('detects German, English and undetermined text', () => {
    expect(detectLanguage('Die Minister haben sich nicht getroffen, weil es keine Einigung gab.')).toBe('de');
    expect(detectLanguage('The ministers did not meet because there was no agreement.')).toBe('en');
    expect(detectLanguage('Budapest, Moskau, Washington')).toBe('und');
    expect(detectLanguage('Der Kreml widerspricht.')).toBe('de');
    expect(detectLanguage('Putin und Trump treffen sich in Budapest.')).toBe('de');
    expect(detectLanguage('The Kremlin disagrees.')).toBe('en');
    expect(detectLanguage('Putin and Trump meet in Budapest.')).toBe('en');
  });

  it("reads the words /\\p{L}+(?:['’]\\p{L}+)?/gu finds, with ’ written ', in any text and every fixture article", () => {
    const reference = (text: string) => [...text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].map((m) => m[0].replace('’', "'"));
    expectSameAsReference('votingWords', votingWords, reference, { pieces: ["'a", 'don’t', "it's"], prepare: (t) => t.toLowerCase() });
  });

  it('votes as a lookup of every word in the stopword lists does (the shape filter skips only non-stopwords)', () => {
    const lists = stopwordsIso as unknown as Record<string, string[]>;
    const [deList, enList] = [new Set(lists.de), new Set(lists.en)];
    const DE = new Set([...deList].filter((w) => !enList.has(w)));
    const EN = new Set([...enList].filter((w) => !deList.has(w)));
    const reference = (text: string): string => {
      let de = 0;
      let en = 0;
      for (const word of votingWords(text.toLowerCase())) {
        if (DE.has(word)) de++;
        else if (EN.has(word)) en++;
        if (/[äöüß]/.test(word)) de += 0.5;
        // A vote of 300 hits, three to one or clearer, is settled.
        if (de + en >= 300 && (de >= 3 * en || en >= 3 * de)) break;
      }
      if (de + en < 3) return de > 0 && en === 0 ? 'de' : en > 0 && de === 0 ? 'en' : 'und';
      return de >= en * 1.5 ? 'de' : en >= de * 1.5 ? 'en' : 'und';
    };
    expectSameAsReference('detectLanguage', detectLanguage, reference, {
      pieces: ['der', 'die', 'und', 'the', 'and', 'of', 'über', 'dass', 'don’t', "it's", 'Straße', 'weiß', 'İ', 'ÄRGER', 'x'],
    });
  });

  it('stops reading once the vote is settled, and reads on while it is close', () => {
    const german = 'Die Minister haben sich nicht getroffen, weil es keine Einigung über den Plan gab. ';
    const english = 'The ministers did not meet because there was no agreement on the plan. ';
    // A German article with a long English statement quoted in its middle is German.
    expect(detectLanguage(german.repeat(60) + english.repeat(20) + german.repeat(60))).toBe('de');
    // Settled early: a text that is German for 200 sentences, then English for good, is read by its start.
    expect(detectLanguage(german.repeat(200) + english.repeat(400))).toBe('de');
    // Close votes read to the end: alternating paragraphs stay undetermined.
    expect(detectLanguage((german + english).repeat(100))).toBe('und');
  });

  it('normalises quotes, dashes, spaces and soft hyphens for analysis', () => {
    expect(normalizeForAnalysis('„Kon\u00ADstruk\u00ADtiv“ – sagte er\u00A0heute’s')).toBe('"Konstruktiv" – sagte er heute\'s');
    expect(normalizeForAnalysis('Verhand-\nlungen')).toBe('Verhandlungen');
    expect(normalizeForAnalysis('e\u0301')).toBe('é');
  });
});

describe('short texts and trailing lines', () => {
  it('keeps a single short line as text rather than a title with no body', () => {
    const a = article({ text: 'Trump trifft Putin in Budapest' });
    expect(a.title).toBeNull();
    expect(a.sections.flatMap((s) => s.sentences.map((x) => x.text))).toEqual(['Trump trifft Putin in Budapest']);
  });

  it('treats a trailing short line as text, not as a heading', () => {
    const a = article({ text: 'Gipfel abgesagt\n\nDas Treffen findet nicht statt.\n\nEin neuer Termin steht noch nicht fest' });
    expect(a.title).toBe('Gipfel abgesagt');
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.sections[0]!.sentences.map((s) => s.text)).toEqual(['Das Treffen findet nicht statt.', 'Ein neuer Termin steht noch nicht fest']);
  });
});

describe('HTML without block elements', () => {
  it('reads bare text labelled as HTML as plain text paragraphs', () => {
    const a = article({ text: 'Erster Absatz. Noch ein Satz.\n\n<b>Zweiter</b> Absatz.', format: 'html' });
    expect(a.sections.flatMap((s) => s.sentences.map((x) => [x.paragraph, x.text]))).toEqual([
      [0, 'Erster Absatz.'],
      [0, 'Noch ein Satz.'],
      [1, 'Zweiter Absatz.'],
    ]);
    expect(a.body.includes('<b>')).toBe(false);
  });
});
