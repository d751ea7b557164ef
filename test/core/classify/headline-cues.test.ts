// Headlines compared as one unit: the fixture sets' own titles (their .txt first lines) and title
// pairs written for this test, in German and English.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/core/compare.js';
import type { ArticleInput, Comparison } from '../../../src/core/model.js';
import { loadExamples } from '../../../src/server/examples.js';

const sets = new Map(loadExamples('fixtures/events').map((e) => [e.name, e.inputs] as const));
const fixture = (name: string): Comparison => compare(sets.get(name)!);

/** "kind articleId text" per headline cue, sorted: what a reader of the block would see. */
const brief = (c: Comparison): string[] => (c.headlines?.cues ?? []).map((x) => `${x.kind} ${x.articleId} ${x.text}`).sort();

const bodies = {
  de: ['Am Montag fiel in Oberwald der Strom aus. Die Stadtwerke suchen die Ursache.', 'In Oberwald fiel am Montag der Strom aus. Die Ursache ist noch unklar.'],
  en: ['The power went out in Oberwald on Monday. The utility is looking for the cause.', 'Oberwald lost power on Monday. The cause is not yet known.'],
};
/** Two articles with the same bodies in one language and these titles. */
function titled(language: 'de' | 'en', a: string | undefined, b: string | undefined): Comparison {
  const [ta, tb] = bodies[language];
  const inputs: ArticleInput[] = [
    { text: ta!, outlet: 'Tagesblatt', ...(a === undefined ? {} : { title: a }) },
    { text: tb!, outlet: 'Morgenpost', ...(b === undefined ? {} : { title: b }) },
  ];
  return compare(inputs);
}

describe('headlines of the fixture sets', () => {
  it('kirchfeld-stellwerk-de: the tabloid’s Ferien-Chaos and the local paper’s Stillstand are tone, the tabloid’s Tausende a figure', () => {
    const c = fixture('kirchfeld-stellwerk-de');
    expect(c.headlines?.articleIds).toEqual(['k1', 'k2', 'k3']);
    expect(brief(c)).toEqual(['number k2 Tausende', 'number k3 stundenlang', 'tone k1 Stillstand', 'tone k2 Ferien-Chaos']);
    const chaos = c.headlines!.cues.find((x) => x.text === 'Ferien-Chaos')!;
    expect(chaos.note).toBe("Blitz24 uses the evaluative word 'Ferien-Chaos'; Kirchfelder Rundschau and Nachrichtenagentur nrp do not.");
  });

  it('kessling-port-strike-en: walkout against strike is a label, snub and setback are tone', () => {
    expect(brief(fixture('kessling-port-strike-en'))).toEqual([
      'label b1 strike',
      'label b2 Walkout',
      'label b3 strike',
      'tone b1 snub',
      'tone b2 setback',
    ]);
  });

  it('harlan-rate-decision-en: the consumer outlet’s misery is tone; the wire’s 5-4 split and 4.75% are figures', () => {
    const c = fixture('harlan-rate-decision-en');
    expect(brief(c)).toContain('tone h2 misery');
    expect(brief(c)).toEqual(expect.arrayContaining(['number h1 5-4', 'number h1 4.75%', 'number h2 nearly half a million']));
  });

  it('every cue’s span indexes its article’s title, and placement is never among them', () => {
    for (const [name, inputs] of sets) {
      const c = compare(inputs);
      for (const cue of c.headlines?.cues ?? []) {
        const title = c.articles.find((a) => a.id === cue.articleId)!.title!;
        expect(title.slice(cue.span!.start, cue.span!.end), `${name} ${cue.kind}`).toBe(cue.text);
        expect(cue.kind, name).not.toBe('placement');
        expect(cue.sentenceId, name).toBeUndefined();
      }
    }
  });

  it('headline cues stay out of the units and the summary’s cue counts', () => {
    const c = fixture('budapest-summit-de');
    expect(c.headlines!.cues.length).toBeGreaterThan(0);
    for (const article of c.summary.articles) {
      const inUnits = c.units.flatMap((u) => u.cues).filter((x) => x.articleId === article.articleId).length;
      expect(Object.values(article.cueCounts).reduce((n, k) => n + k, 0)).toBe(inUnits);
    }
    expect(c.units.flatMap((u) => u.cues).every((x) => !x.sentenceId?.endsWith(':title'))).toBe(true);
  });
});

describe('headline pairs written for this test', () => {
  it('de tone: Chaos against Stromausfall', () => {
    const c = titled('de', 'Chaos in Oberwald', 'Stromausfall in Oberwald');
    expect(brief(c)).toEqual(['tone a1 Chaos']);
    expect(c.headlines!.cues[0]!.note).toBe("Tagesblatt uses the evaluative word 'Chaos'; Morgenpost does not.");
    expect(c.headlines!.cues[0]!.span).toEqual({ start: 0, end: 5 });
  });

  it('de label: Konzern against Unternehmen', () => {
    expect(brief(titled('de', 'Konzern macht Werk dicht', 'Unternehmen schließt Standort'))).toEqual(['label a1 Konzern', 'label a2 Unternehmen']);
  });

  it('de certainty: soll against a plain statement', () => {
    expect(brief(titled('de', 'Bürgermeister soll zurücktreten', 'Bürgermeister tritt zurück'))).toEqual(['certainty a1 soll']);
  });

  it('de number: rund 200 against 180', () => {
    expect(brief(titled('de', 'Rund 200 Menschen evakuiert', '180 Menschen evakuiert'))).toEqual(['number a1 Rund 200', 'number a2 180']);
  });

  it('en certainty: reportedly against a plain statement', () => {
    expect(brief(titled('en', 'Minister reportedly quits after row', 'Minister quits after row'))).toEqual(['certainty a1 reportedly']);
  });

  it('en number: 40 against dozens', () => {
    expect(brief(titled('en', 'Fire destroys 40 homes in Dunmore', 'Fire destroys dozens of homes in Dunmore'))).toEqual(['number a1 40', 'number a2 dozens']);
  });

  it('en label: strike against walkout', () => {
    expect(brief(titled('en', 'Dockers strike at Kessling port', 'Walkout at Kessling port'))).toEqual(['label a1 strike', 'label a2 Walkout']);
  });

  it('identical titles, or titles differing only in case and punctuation, have no cues', () => {
    for (const b of ['Stromausfall in Oberwald', 'STROMAUSFALL IN OBERWALD!']) {
      const c = titled('de', 'Stromausfall in Oberwald', b);
      expect(c.headlines).toEqual({ articleIds: ['a1', 'a2'], cues: [] });
    }
  });

  it('one title only, or none, gives no headlines', () => {
    expect(titled('de', 'Chaos in Oberwald', undefined).headlines).toBeNull();
    expect(titled('de', undefined, undefined).headlines).toBeNull();
    // A title of blanks is no title (ingest trims the field to nothing).
    expect(titled('de', 'Chaos in Oberwald', '   ').headlines).toBeNull();
  });

  it('of three outlets, only those with a title are compared', () => {
    const c = compare([
      { text: bodies.de[0]!, title: 'Chaos in Oberwald' },
      { text: bodies.de[1]! },
      { text: bodies.de[1]!, title: 'Stromausfall in Oberwald' },
    ]);
    expect(c.headlines?.articleIds).toEqual(['a1', 'a3']);
    expect(brief(c)).toEqual(['tone a1 Chaos']);
  });

  it('a title with a line break inside keeps spans that index it as written', () => {
    const c = titled('en', 'Minister\nreportedly quits', 'Minister quits');
    const cue = c.headlines!.cues[0]!;
    expect(cue.text).toBe('reportedly');
    expect(c.articles[0]!.title!.slice(cue.span!.start, cue.span!.end)).toBe('reportedly');
  });

  it('a .txt first line and a Markdown heading are titles too', () => {
    const c = compare([
      { text: 'Chaos in Oberwald\n\nAm Montag fiel in Oberwald der Strom aus. Die Stadtwerke suchen die Ursache.', format: 'text' },
      { text: '# Stromausfall in Oberwald\n\nIn Oberwald fiel am Montag der Strom aus. Die Ursache ist noch unklar.', format: 'markdown' },
    ]);
    expect(c.articles.map((a) => a.title)).toEqual(['Chaos in Oberwald', 'Stromausfall in Oberwald']);
    expect(brief(c)).toEqual(['tone a1 Chaos']);
  });
});
