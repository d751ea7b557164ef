import { describe, expect, it } from 'vitest';
import { align } from '../../../src/core/align/align.js';
import { overlappingStems, synonymOf } from '../../../src/core/align/synonyms.js';
import { compoundParts, sentenceTerms, wordsOf } from '../../../src/core/align/terms.js';
import { ingest } from '../../../src/core/ingest/ingest.js';
import type { Article, ArticleInput } from '../../../src/core/model.js';
import { segment } from '../../../src/core/segment/segment.js';
import { defaultThresholds } from '../../../src/core/thresholds.js';
import { expectSameAsReference } from '../../support/edge-text.js';

function articles(...inputs: ArticleInput[]): Article[] {
  return inputs.map((input, i) => segment(ingest(input, i)));
}

/** The units as text: each unit's sentences per article, joined, for readable assertions. */
function unitsAsText(list: Article[]): string[][] {
  const text = new Map(list.flatMap((a) => a.sections.flatMap((s) => s.sentences.map((x) => [x.id, x.text]))));
  return align(list, defaultThresholds).units.map((u) =>
    Object.values(u.sentences).map((ids) => ids.map((id) => text.get(id)).join(' + ')),
  );
}

function everySentenceOnce(list: Article[]) {
  const all = list.flatMap((a) => a.sections.flatMap((s) => s.sentences.map((x) => x.id))).sort();
  const placed = align(list, defaultThresholds).units.flatMap((u) => Object.values(u.sentences).flat()).sort();
  expect(placed).toEqual(all);
}

describe('align', () => {
  it('aligns reordered German paraphrases and leaves own material exclusive', () => {
    const list = articles(
      {
        text: 'Die Fähre nach Helgoland fiel am Dienstag wegen Sturm aus. Rund 300 Fahrgäste saßen in Cuxhaven fest. Die Reederei entschuldigte sich.',
      },
      {
        text: 'In Cuxhaven saßen etwa 300 Fahrgäste fest. Wegen eines Sturms ist die Helgoland-Fähre am Dienstag ausgefallen. Der Wetterdienst warnt vor weiteren Böen.',
      },
    );
    const units = unitsAsText(list);
    expect(units).toContainEqual([
      'Die Fähre nach Helgoland fiel am Dienstag wegen Sturm aus.',
      'Wegen eines Sturms ist die Helgoland-Fähre am Dienstag ausgefallen.',
    ]);
    expect(units).toContainEqual(['Rund 300 Fahrgäste saßen in Cuxhaven fest.', 'In Cuxhaven saßen etwa 300 Fahrgäste fest.']);
    expect(units).toContainEqual(['Die Reederei entschuldigte sich.']);
    expect(units).toContainEqual(['Der Wetterdienst warnt vor weiteren Böen.']);
    everySentenceOnce(list);
  });

  it('aligns English paraphrases through names and numbers and explains the pair', () => {
    const list = articles(
      { text: 'Dock workers in Rotterdam walked out on Monday. The union demands a 12 percent raise.' },
      { text: 'The union is asking for 12 percent more pay. On Monday, Rotterdam dock workers went on strike.' },
    );
    const alignment = align(list, defaultThresholds);
    const multi = alignment.units.filter((u) => Object.keys(u.sentences).length === 2);
    expect(multi).toHaveLength(2);
    const pay = multi.find((u) => u.pairs[0]!.anchors.includes('12'))!;
    expect(pay.pairs[0]!.score).toBeGreaterThan(defaultThresholds.alignMinScore);
    expect(pay.pairs[0]!.score).toBeLessThanOrEqual(1);
    expect(alignment.units[0]!.sentences.a1).toEqual(['a1:s0']); // reading order follows the first article
  });

  it('takes a sentence split in two as one primary plus an extra', () => {
    const list = articles(
      { text: 'Der Bürgermeister von Kiel trat am Freitag zurück und nannte gesundheitliche Gründe für seinen Rücktritt.' },
      { text: 'Kiels Bürgermeister ist am Freitag zurückgetreten. Als Grund für den Rücktritt nannte er gesundheitliche Gründe.' },
    );
    const unit = align(list, defaultThresholds).units.find((u) => Object.keys(u.sentences).length === 2)!;
    expect(unit.sentences.a1).toEqual(['a1:s0']);
    expect(unit.sentences.a2!.sort()).toEqual(['a2:s0', 'a2:s1']);
    everySentenceOnce(list);
  });

  it('matches German compounds with their parts and variant names with each other', () => {
    const vocabulary = new Set(['gipfel', 'treff']);
    expect(compoundParts('gipfeltreff', vocabulary).sort()).toEqual(['gipfel', 'treff']);
    const kreml = sentenceTerms('Der Kreml widersprach.', 'de').map((t) => t.key);
    const moskau = sentenceTerms('Moskau widersprach.', 'de').map((t) => t.key);
    expect(kreml[0]).toBe(moskau[0]);
    const list = articles(
      { text: 'Das Gipfeltreffen in Wien wurde abgesagt.' },
      { text: 'Der Gipfel in Wien ist abgesagt, ein Treffen findet nicht statt.' },
    );
    expect(unitsAsText(list)).toHaveLength(1);
  });

  it('splits a German compound only where the comparison has the part as a word, across a linking element', () => {
    const vocabulary = new Set(['umleitung', 'brück', 'umspannwerk']);
    // Umleitung-s-strecke: the first part across its linking element.
    expect(compoundParts('umleitungsstreck', vocabulary)).toEqual(['umleitung']);
    expect(compoundParts('talbruck', new Set(['bruck']))).toEqual(['bruck']);
    // "umspann" is no word of the comparison: Umspannstation and Umspannwerk stay apart.
    expect(compoundParts('umspannstation', vocabulary)).toEqual([]);
  });

  it('joins a German separable verb to its particle at the clause end, and the participle to both', () => {
    const keys = (text: string) => sentenceTerms(text, 'de').map((t) => t.key);
    const split = keys('Auf den Hauptstraßen fielen die Ampeln aus, die Polizei regelte den Verkehr.');
    expect(split).toContain(keys('Weil die Ampeln ausfielen, kam es zu Staus.').find((k) => k.startsWith('ausfiel')));
    expect(split).not.toContain('fiel');
    // stellten … fest = festgestellt; ordnete … an = angeordnet; ausgefallen = Ausfall.
    expect(keys('Prüfer stellten bei einer Kontrolle Risse fest.')).toEqual(expect.arrayContaining(keys('festgestellt')));
    expect(keys('Das Amt ordnete die Sperrung in der Nacht an.')).toEqual(expect.arrayContaining(keys('angeordnet')));
    expect(keys('ausgefallen')).toEqual(keys('Ausfall'));
    // Each clause on its own: "rückte an" and "sperrte … ab" are two verbs.
    expect(keys('Die Polizei rückte an und sperrte die Straße ab.')).toEqual(
      expect.arrayContaining([...keys('anrückte'), ...keys('absperrte')]),
    );
    // A particle that does not end its clause is a preposition, and an adjective before its noun is no verb.
    expect(keys('Die Polizei regelte an der Kreuzung den Verkehr.')).toEqual(keys('Die Polizei regelte der Kreuzung den Verkehr.'));
    expect(keys('Der große Ansturm hält an.')).toEqual(expect.arrayContaining(keys('große Ansturm anhält')));
    expect(sentenceTerms('Police sealed the area off.', 'en').map((t) => t.key)).toContain('seal');
  });

  it('aligns an article with itself completely, for several articles at once', () => {
    const text =
      'Die Regierung beschloss ein Sparpaket. Die Opposition kritisierte die Kürzungen scharf. Im Herbst soll der Bundestag abstimmen.';
    const list = articles({ text }, { text }, { text }, { text });
    const alignment = align(list, defaultThresholds);
    expect(alignment.units).toHaveLength(3);
    for (const unit of alignment.units) {
      expect(Object.keys(unit.sentences)).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(unit.missingFrom).toEqual([]);
    }
    expect(alignment.sectionLinks[0]!.sharedUnits).toBe(3);
  });

  it("explains each unit by the pairs that joined it: a tree over the unit's sentences, strongest first", () => {
    const text =
      'Die Regierung beschloss ein Sparpaket. Die Opposition kritisierte die Kürzungen scharf. Im Herbst soll der Bundestag abstimmen.';
    const list = articles({ text }, { text }, { text }, { text }, { text });
    for (const unit of align(list, defaultThresholds).units) {
      const members = Object.values(unit.sentences).flat();
      expect(unit.pairs).toHaveLength(members.length - 1);
      // Every member is reached from the first through the pairs.
      const reached = new Set([members[0]!]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const { a, b } of unit.pairs) {
          if (reached.has(a) !== reached.has(b)) {
            reached.add(a).add(b);
            grew = true;
          }
        }
      }
      expect([...reached].sort()).toEqual([...members].sort());
      const scores = unit.pairs.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
  });

  it('aligns near-synonyms (ships / vessels) and approximate numbers (40 / dozens) that share no word', () => {
    const list = articles(
      { text: 'Ferry traffic resumed in the afternoon. About 40 ships were waiting outside the harbour on Monday.' },
      { text: 'Dozens of vessels were queuing offshore on Monday. The mayor thanked the crews.' },
    );
    const units = unitsAsText(list);
    expect(units).toContainEqual([
      'About 40 ships were waiting outside the harbour on Monday.',
      'Dozens of vessels were queuing offshore on Monday.',
    ]);
    expect(units).toContainEqual(['The mayor thanked the crews.']);
    everySentenceOnce(list);
  });

  it('keeps a synonym weaker than the same word, and its clusters apart', () => {
    const keys = (text: string, language: 'de' | 'en') => sentenceTerms(text, language).map((t) => [t.key, t.weight]);
    expect(keys('vessels', 'en')).toEqual([['vessel', 1], [synonymOf('ship', 'en'), 0.6]]);
    expect(synonymOf('ship', 'en')).not.toBeNull();
    expect(synonymOf('schiff', 'de')).not.toBe(synonymOf('ship', 'en')); // per language
    expect(overlappingStems()).toEqual([]);
  });

  it('uses the stopwords of the article language only: English "war", German "Front" stay content words', () => {
    expect(sentenceTerms('The war goes on.', 'en').map((t) => t.key)).toContain(sentenceTerms('The war.', 'en')[0]!.key);
    expect(sentenceTerms('Kämpfe an der Front', 'de').map((t) => t.display)).toContain('Front');
  });

  it('gives numbers an order of magnitude (written or in words), but not years or days of a month', () => {
    const magnitudes = (text: string, language: 'de' | 'en') =>
      sentenceTerms(text, language).filter((t) => t.key.startsWith('#~')).map((t) => t.key);
    expect(magnitudes('rund 1200 Bewohner, mehr als tausend Menschen, 6,40 Meter', 'de')).toEqual(['#~3', '#~3']);
    expect(magnitudes('3,000 members, thousands of them, in 2024', 'en')).toEqual(['#~3', '#~3']);
    expect(magnitudes('40 ships, dozens of ships', 'en')).toEqual(['#~1', '#~1']);
    // A day says when, not how many: "18. Dezember" must not meet "31 Beschäftigte".
    expect(magnitudes('bis zum 18. Dezember, mit 31 Beschäftigten', 'de')).toEqual(['#~1']);
    expect(magnitudes('on March 12 or 12 May, with 31 staff; 12 may come', 'en')).toEqual(['#~1', '#~1']);
    // Words that are names of Object.prototype members are words, not numbers.
    expect(magnitudes('constructor __proto__ toString hasOwnProperty valueOf', 'en')).toEqual([]);
  });

  it('counts a name of several words once: its words share one weight (English; German capitals are nouns)', () => {
    const weights = (text: string, language: 'de' | 'en') =>
      sentenceTerms(text, language).filter((t) => t.anchor).map((t) => [t.display, t.weight]);
    expect(weights('Shares of Midland Freight fell, Reuters said.', 'en')).toEqual([
      ['Midland', 0.5],
      ['Freight', 0.5],
      ['Reuters', 1],
    ]);
    expect(weights('Das meldet der US-Sender CNN.', 'de').every(([, w]) => w === 1)).toBe(true);
  });

  it('reads the words and figures the reference expression finds, in any text and every fixture article', () => {
    const pattern = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:]\d+)*/gu;
    const reference = (text: string) => [...text.matchAll(pattern)].map((m) => [m[0], m.index]);
    const scanned = (text: string) => {
      const words: string[] = [];
      const starts: number[] = [];
      wordsOf(text, words, starts);
      return words.map((w, k) => [w, starts[k]]);
    };
    expectSameAsReference('wordsOf', scanned, reference, { pieces: ["a'b", 'a-b', 'a-', '-b'] });
  });
});
