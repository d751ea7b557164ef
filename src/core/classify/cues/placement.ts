// Placement: where each outlet puts the fact: in its headline, its lede (first paragraph), the
// body, or deep down (last third). The same fact in one outlet's headline or lede and another's
// last paragraphs is a framing choice (AllSides: bias by placement); neighbouring positions
// (headline vs lede, lede vs body) are too weak a signal to report.
import type { Article, Cue, Sentence } from '../../model.js';
import { titleTells } from '../headline.js';
import { type Side, outletOf } from './side.js';

export type Placement = 'headline' | 'lede' | 'body' | 'deep';

const rank: Record<Placement, number> = { headline: 0, lede: 1, body: 2, deep: 3 };
/** Articles with fewer paragraphs than this are short: no "deep down", and the body is near the top. */
const shortArticle = 4;

export function placementOf(sentence: Sentence, article: Article): Exclude<Placement, 'headline'> {
  const first = article.sections.find((s) => s.sentences.length > 0)?.sentences[0];
  if (first && sentence.paragraph === first.paragraph) return 'lede';
  const count = Math.max(article.paragraphCount, 1);
  // Short articles have no "deep down": in a three-paragraph wire every paragraph is near the top.
  if (count >= shortArticle && sentence.paragraph >= Math.ceil((count * 2) / 3)) return 'deep';
  return 'body';
}

function describe(placement: Placement, sentence: Sentence, article: Article): string {
  if (placement === 'headline') return 'in its headline';
  if (placement === 'lede') return 'in its lede (first paragraph)';
  return `${placement === 'deep' ? 'deep down' : 'in the body'} (paragraph ${sentence.paragraph + 1} of ${article.paragraphCount})`;
}

export function placementCues(sides: Side[]): Cue[] {
  // A loop, not flatMap (V8's generic path): every unit with two or more articles comes here.
  const placed: Array<{ side: Side; sentence: Sentence; placement: Placement }> = [];
  for (const side of sides) {
    const primary = side.sentences[0];
    if (!primary) continue;
    const placement = side.headline ? 'headline' : placementOf(primary, side.article);
    // In an article of one or two paragraphs everything is at the top: its lede is no choice.
    if (placement === 'lede' && side.article.paragraphCount <= 2) continue;
    placed.push({ side, sentence: primary, placement });
  }
  if (placed.length < 2) return [];
  const top = Math.min(...placed.map((p) => rank[p.placement]));
  const bottom = Math.max(...placed.map((p) => rank[p.placement]));
  if (bottom - top < 2) return [];
  const prominent = placed.filter((p) => rank[p.placement] === top);
  // In an article of three paragraphs or fewer the body is right under the lede: a headline set
  // against it is no placement choice (short texts showed one on nearly every unit).
  const nearTop = (p: (typeof placed)[number]) => p.placement === 'body' && top === rank.headline && p.side.article.paragraphCount < shortArticle;
  // Nor is a fact buried in an outlet whose own headline tells it (as one of two facts it sums up).
  const headlined = (p: (typeof placed)[number]) => p.side.article.title !== null && titleTells(p.side.article.title, p.side.sentences);
  const buried = placed.filter((p) => rank[p.placement] === bottom && !nearTop(p) && !headlined(p));
  if (buried.length === 0) return [];
  const where = (list: typeof placed) =>
    list.map((p) => `${outletOf(p.side)} has it ${describe(p.placement, p.sentence, p.side.article)}`).join(' and ');
  return [...prominent, ...buried].map((p) => ({
    kind: 'placement' as const,
    articleId: p.side.article.id,
    text:
      p.placement === 'headline'
        ? (p.side.article.title ?? 'headline')
        : p.placement === 'lede'
          ? 'lede'
          : `paragraph ${p.sentence.paragraph + 1} of ${p.side.article.paragraphCount}`,
    note: `${outletOf(p.side)} reports this ${describe(p.placement, p.sentence, p.side.article)}, while ${where(rank[p.placement] === top ? buried : prominent)}.`,
    sentenceId: p.sentence.id,
    span: { start: 0, end: p.sentence.text.length },
    value: p.placement,
  }));
}
