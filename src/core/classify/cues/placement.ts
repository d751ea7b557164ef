// Placement: where each outlet puts the fact: in its lede (first paragraph) or deep down (last
// third). The same fact in one outlet's lede and another's last paragraphs is a framing choice
// (AllSides: bias by placement). Body positions in between are not reported: too weak a signal.
import type { Article, Cue, Sentence } from '../../model.js';
import { type Side, outletOf } from './side.js';

export type Placement = 'lede' | 'body' | 'deep';

export function placementOf(sentence: Sentence, article: Article): Placement {
  const first = article.sections.find((s) => s.sentences.length > 0)?.sentences[0];
  if (first && sentence.paragraph === first.paragraph) return 'lede';
  const count = Math.max(article.paragraphCount, 1);
  // Short articles have no "deep down": in a three-paragraph wire every paragraph is near the top.
  if (count >= 4 && sentence.paragraph >= Math.ceil((count * 2) / 3)) return 'deep';
  return 'body';
}

const describe = (placement: Placement, sentence: Sentence, article: Article): string =>
  placement === 'lede'
    ? 'in its lede (first paragraph)'
    : `deep down (paragraph ${sentence.paragraph + 1} of ${article.paragraphCount})`;

export function placementCues(sides: Side[]): Cue[] {
  const placed = sides.flatMap((side) => {
    const primary = side.sentences[0];
    return primary ? [{ side, sentence: primary, placement: placementOf(primary, side.article) }] : [];
  });
  const lede = placed.filter((p) => p.placement === 'lede');
  const deep = placed.filter((p) => p.placement === 'deep');
  if (lede.length === 0 || deep.length === 0) return [];
  const where = (list: typeof placed) =>
    list.map((p) => `${outletOf(p.side)} has it ${describe(p.placement, p.sentence, p.side.article)}`).join(' and ');
  return [...lede, ...deep].map((p) => ({
    kind: 'placement' as const,
    articleId: p.side.article.id,
    text: p.placement === 'lede' ? 'lede' : `paragraph ${p.sentence.paragraph + 1} of ${p.side.article.paragraphCount}`,
    note: `${outletOf(p.side)} reports this ${describe(p.placement, p.sentence, p.side.article)}, while ${where(p.placement === 'lede' ? deep : lede)}.`,
    sentenceId: p.sentence.id,
    span: { start: 0, end: p.sentence.text.length },
    value: p.placement,
  }));
}
