// The ranking of framing differences: the most striking first, for the summary and the classroom.
//
//   score = Σ weight(kind) over the distinct cue kinds of the unit
//         + 0.25 × min(number of cues, 8)           (more signals, more to discuss; capped)
//         + 0.5  × (number of articles with cues − 1) (a difference several outlets take part in)
//         + 1    if the unit stands in some article's lede (prominent facts matter more)
//   divided by √(sentences per article in the unit), so a merged unit does not win by its length
//
// The headlines (Comparison.headlines) are scored by the same formula as one more difference, told
// in one sentence per outlet and prominent (a headline stands above the lede), for the classroom;
// they stay out of the summary's ranking, which ranks units.
//
// Kind weights follow AllSides' bias types a reader can check in the text: unsubstantiated claims
// (certainty) and source attribution weigh most, then word choice (tone, label) and figures, then
// quotes and placement, which are often the outlet's house style rather than a choice about this fact.
import { placementOf } from '../classify/cues/placement.js';
import type { Article, Cue, CueKind, Headlines, RankedDifference, Sentence, Unit } from '../model.js';

export const kindWeights: Record<CueKind, number> = {
  certainty: 3,
  attribution: 3,
  tone: 2.5,
  label: 2,
  number: 2,
  quote: 1.5,
  placement: 1.5,
};

const kindOrder = Object.keys(kindWeights) as CueKind[];

/**
 * What each kind of cue means to a reader who never heard the word "cue": the classroom shows the
 * reason above the wordings, so it says what to look for in them.
 */
const kindPhrases: Record<CueKind, string> = {
  certainty: 'how certain they sound',
  attribution: 'whom they cite',
  tone: 'their tone',
  label: 'what they call people and things',
  number: 'the figures and dates they give',
  quote: 'whether they quote or paraphrase',
  placement: 'where they put this in the article',
};

/** "The outlets differ in their tone and how certain they sound. One tells it in its first paragraph." */
export function reasonOf(kinds: CueKind[], inLede: boolean): string {
  const differ = `The outlets differ in ${listWords(kinds.map((kind) => kindPhrases[kind]))}.`;
  return inLede ? `${differ} At least one tells it in its first paragraph.` : differ;
}

/** The formula above for one difference: its cues, whether it is prominent, its sentences per outlet. */
function scoreOf(cues: Cue[], prominent: boolean, sentencesPerArticle: number): { kinds: CueKind[]; score: number } {
  const kinds = kindOrder.filter((kind) => cues.some((c) => c.kind === kind));
  const articlesWithCues = new Set(cues.map((c) => c.articleId)).size;
  const raw =
    kinds.reduce((sum, kind) => sum + kindWeights[kind], 0) +
    0.25 * Math.min(cues.length, 8) +
    0.5 * Math.max(articlesWithCues - 1, 0) +
    (prominent ? 1 : 0);
  return { kinds, score: Math.round((raw / Math.sqrt(sentencesPerArticle)) * 100) / 100 };
}

/** The headlines as a difference of the classroom's ranking, or null when they show none. */
export function rankHeadlines(headlines: Headlines): { score: number; reason: string } | null {
  if (headlines.cues.length === 0) return null;
  const { kinds, score } = scoreOf(headlines.cues, true, 1);
  return { score, reason: `The headlines differ in ${listWords(kinds.map((kind) => kindPhrases[kind]))}. A headline is what every reader sees first.` };
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function rankFramingDifferences(articles: Article[], units: Unit[]): RankedDifference[] {
  const sentenceById = new Map<string, { sentence: Sentence; article: Article }>();
  for (const article of articles) {
    for (const section of article.sections) for (const sentence of section.sentences) sentenceById.set(sentence.id, { sentence, article });
  }
  const ranked = units
    .filter((unit) => unit.status === 'framing')
    .map((unit, order) => {
      const inLede = Object.values(unit.sentences).some((ids) => {
        const found = ids[0] ? sentenceById.get(ids[0]) : undefined;
        return found !== undefined && placementOf(found.sentence, found.article) === 'lede';
      });
      // A unit that merges several sentences per outlet collects cues from all of them by chance;
      // the classroom wants one fact told differently, so cues are counted per sentence told.
      const sentencesPerArticle = Object.values(unit.sentences).reduce((n, ids) => n + ids.length, 0) / Math.max(Object.keys(unit.sentences).length, 1);
      const { kinds, score } = scoreOf(unit.cues, inLede, sentencesPerArticle);
      const reason = reasonOf(kinds, inLede);
      return { unitId: unit.id, score, reason, order };
    });
  // Ties keep reading order, so the ranking is stable for the same comparison.
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ unitId, score, reason }) => ({ unitId, score, reason }));
}
