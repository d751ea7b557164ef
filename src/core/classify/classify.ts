// Classify: finds the framing cues that differ inside each unit and sets the unit's status.
// Each cue kind is one detector in cues/; a detector sees the unit's sentences per article and
// reports a signal only where it differs across the articles (one hedges, another asserts).
import { isCosmeticChange } from '../diff/word-diff.js';
import type { Alignment, Article, Cue, Sentence, Unit, UnitStatus } from '../model.js';
import { type Thresholds, defaultThresholds } from '../thresholds.js';
import { attributionCues } from './cues/attribution.js';
import { certaintyCues } from './cues/certainty.js';
import { descriptorCues } from './cues/descriptor.js';
import { labelCues } from './cues/label.js';
import { numberCues } from './cues/number.js';
import { placementCues } from './cues/placement.js';
import { quoteCues } from './cues/quote.js';
import { type Side, outletNameWords } from './cues/side.js';
import { toneCues } from './cues/tone.js';
import { wordSwapCues } from './cues/word-swap.js';
import { headlineUnits } from './headline.js';
import { overlapping } from './lexicon/match.js';

/** The contract's status rule: exclusive, else framing, else omission, else agreement. */
export function statusOf(unit: Pick<Unit, 'sentences' | 'missingFrom' | 'cues'>): UnitStatus {
  if (Object.keys(unit.sentences).length <= 1) return 'exclusive';
  if (unit.cues.length > 0) return 'framing';
  if (unit.missingFrom.length > 0) return 'omission';
  return 'agreement';
}

const textDetectors = [toneCues, certaintyCues, attributionCues, quoteCues, numberCues, labelCues];

/** The cues of one unit's sides (two or more articles). */
export function cuesOf(sides: Side[], thresholds: Pick<Thresholds, 'diffMaxEditLength'> = defaultThresholds): Cue[] {
  const texts = sides.map((side) => side.sentences.map((s) => s.text).join(' '));
  // Punctuation, case, quote marks or spacing alone are no framing: such wording is the same.
  const sameWording = texts.every((text, i) => i === 0 || isCosmeticChange(texts[0]!, text));
  if (sameWording) return placementCues(sides);
  // Loops, not flatMap (V8's generic path), as everywhere a unit's cues are gathered.
  const cues: Cue[] = [];
  for (const detect of textDetectors) for (const cue of detect(sides)) cues.push(cue);
  // A swap or a person's title the label table already reports is not reported twice.
  // Nor is an outlet naming itself ("Nach Rundschau-Informationen" / "Nach Nordkurier-Informationen").
  const swaps = wordSwapCues(sides, thresholds.diffMaxEditLength).filter(
    (swap) => !cues.some((c) => c.kind === 'label' && c.articleId === swap.articleId && c.text === swap.text) && !namesOwnOutlet(swap, sides),
  );
  const labels = [...cues, ...swaps].filter((c) => c.kind === 'label');
  const overlaps = (a: Cue, b: Cue) => a.sentenceId === b.sentenceId && a.span !== undefined && b.span !== undefined && overlapping({ span: a.span }, { span: b.span });
  // A person's title holding a listed word is the fuller cue ("Union boss" of "boss"): it replaces
  // the word's cue; a title that only overlaps one is the same choice, reported once.
  const holds = (title: Cue, label: Cue) => overlaps(title, label) && title.span!.start <= label.span!.start && title.span!.end >= label.span!.end && title.text.length > label.text.length;
  const titles = descriptorCues(sides).filter((title) => labels.every((label) => !overlaps(title, label) || holds(title, label)));
  const replaced = (cue: Cue) => cue.kind === 'label' && titles.some((title) => holds(title, cue));
  return [...cues.filter((c) => !replaced(c)), ...swaps.filter((c) => !replaced(c)), ...titles, ...placementCues(sides)];
}

/** Whether a cue's words hold a word of its own outlet's name (four letters or more). */
function namesOwnOutlet(cue: Cue, sides: Side[]): boolean {
  const side = sides.find((s) => s.article.id === cue.articleId);
  const text = cue.text.toLowerCase();
  return side !== undefined && outletNameWords(side).some((word) => text.includes(word));
}

export function classify(articles: Article[], alignment: Alignment, thresholds: Thresholds): Unit[] {
  const sentenceById = new Map<string, Sentence>();
  for (const article of articles) {
    for (const section of article.sections) for (const sentence of section.sentences) sentenceById.set(sentence.id, sentence);
  }
  const articleIndexes = new Map<string, number[]>();
  articles.forEach((article, index) => articleIndexes.set(article.id, [...(articleIndexes.get(article.id) ?? []), index]));
  const headlines = headlineUnits(articles, alignment, sentenceById);
  return alignment.units.map((unit) => {
    const sides = sidesOf(unit, articles, articleIndexes, sentenceById, headlines);
    const cues = sides.length >= 2 ? cuesOf(sides, thresholds) : [];
    return { ...unit, cues, status: statusOf({ sentences: unit.sentences, missingFrom: unit.missingFrom, cues }) };
  });
}

/**
 * The unit's sentences per article, in article order, for the articles that have some. Found from
 * the unit's own articles: looking up every article in every unit grew with articles × units,
 * and most units (an outlet's own material) hold one article of twenty.
 */
function sidesOf(
  unit: Alignment['units'][number],
  articles: Article[],
  articleIndexes: Map<string, number[]>,
  sentenceById: Map<string, Sentence>,
  headlines: Map<string, string>,
): Side[] {
  const present: number[] = [];
  for (const id in unit.sentences) for (const index of articleIndexes.get(id) ?? []) present.push(index);
  present.sort((x, y) => x - y);
  const sides: Side[] = [];
  for (const index of present) {
    const article = articles[index]!;
    const sentences: Sentence[] = [];
    for (const id of unit.sentences[article.id]!) {
      const sentence = sentenceById.get(id);
      if (sentence !== undefined) sentences.push(sentence);
    }
    if (sentences.length > 0) sides.push({ article, sentences, headline: headlines.get(article.id) === unit.id });
  }
  return sides;
}
