// Headlines compared: every title of one comparison is about its one event, so the titles are read
// as one more unit ("Chaos in Oberwald" / "Stromausfall in Oberwald"), each title one sentence of
// its side, by the same detectors as every unit (cuesOf). Placement is left out: it says where a
// fact stands in an article, and a headline stands at the top of every one.
// (headline.ts is another question: which unit an article's headline tells, for placement.)
import type { Article, Cue, Headlines, Sentence } from '../model.js';
import { type Thresholds, defaultThresholds } from '../thresholds.js';
import { cuesOf } from './classify.js';
import type { Side } from './cues/side.js';

/**
 * The title as a sentence the detectors can read. Its text is the title with each whitespace
 * character made a space, one for one, so a cue's span indexes `Article.title` itself (a pasted
 * title may hold a line break; the detectors read words between spaces). The sentence is never
 * part of the comparison: its id and offsets are the detectors' business only.
 */
function titleSentence(article: Article & { title: string }): Sentence {
  return {
    id: `${article.id}:title`,
    text: article.title.replace(/\s/gu, ' '),
    start: article.titleSpan?.start ?? 0,
    end: article.titleSpan?.end ?? 0,
    index: -1,
    paragraph: -1,
  };
}

const hasTitle = (article: Article): article is Article & { title: string } => typeof article.title === 'string' && article.title.trim() !== '';

/**
 * The headlines of the articles that have one, compared; null when fewer than two have a title.
 * A cue's span indexes its article's `title`; it carries no `sentenceId`, the title being no sentence.
 */
export function compareHeadlines(articles: Article[], thresholds: Pick<Thresholds, 'diffMaxEditLength'> = defaultThresholds): Headlines | null {
  const titled = articles.filter(hasTitle);
  if (titled.length < 2) return null;
  const sides: Side[] = titled.map((article) => ({ article, sentences: [titleSentence(article)] }));
  const cues: Cue[] = [];
  for (const { sentenceId: _inTitle, ...cue } of cuesOf(sides, thresholds)) if (cue.kind !== 'placement' && !headlineGrammar(cue)) cues.push(cue);
  return { articleIds: titled.map((a) => a.id), cues };
}

/**
 * A headline's own grammar read as attribution: headlines put a noun before its verb and leave the
 * article out ("Opposition in Rabenau verlangt Neuwahlen", "hundreds told to leave", "Großbäckerei
 * warnte Kunden"), which the detectors take for a named speaker or a loaded reporting verb. In a
 * headline only an unnamed source ("officials", "Insider") or a source named by a preposition
 * ("laut CNN", "according to police") says who the claim comes from.
 */
function headlineGrammar(cue: Cue): boolean {
  if (cue.kind !== 'attribution' || cue.value === 'anonymous') return false;
  return !/^(?:laut|nach angaben|zufolge|according to|citing|sources?\b|quellen)/iu.test(cue.text);
}
