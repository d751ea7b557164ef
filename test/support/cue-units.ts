// Hand-made articles and two-outlet units for the cue tests: sentence `a` of outlet A against
// sentence `b` of outlet B, both mid-article (so no placement cue), in one language.
import { cuesOf } from '../../src/core/classify/classify.js';
import type { Side } from '../../src/core/classify/cues/side.js';
import type { Article, Cue, Language, Sentence } from '../../src/core/model.js';

/** An article of one section, one sentence per text (each its own paragraph unless `paragraphOf` says otherwise). */
export function article(id: string, outlet: string, language: Language, texts: string[], paragraphOf = (i: number) => i, paragraphCount = texts.length): Article {
  const sentences: Sentence[] = texts.map((text, index) => ({ id: `${id}:s${index}`, text, start: 0, end: text.length, index, paragraph: paragraphOf(index) }));
  return {
    id, outlet, title: null, url: null, date: null, format: 'text', language, body: texts.join('\n\n'), titleSpan: null,
    paragraphCount, sections: [{ id: `${id}:h0`, heading: null, headingSpan: null, sentences }],
  };
}

/** Cues of a unit made of sentence `a` of outlet Tagesblatt and sentence `b` of outlet Morgenpost (both mid-article). */
export function cuesFor(a: string, b: string, language: Language = 'de'): Cue[] {
  const filler = ['Vorher.', 'Davor.'];
  const articleA = article('a', 'Tagesblatt', language, [...filler, a]);
  const articleB = article('b', 'Morgenpost', language, [...filler, b]);
  const sides: Side[] = [
    { article: articleA, sentences: [articleA.sections[0]!.sentences[2]!] },
    { article: articleB, sentences: [articleB.sections[0]!.sentences[2]!] },
  ];
  return cuesOf(sides);
}
