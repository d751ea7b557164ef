// Align: groups sentences of different articles that report the same thing into units.
// FIRST VERSION (foundation): word-set Jaccard, greedy. Replaced by issue 4.
import type { AlignedPair, Alignment, Article, Sentence } from '../model.js';
import type { Thresholds } from '../thresholds.js';

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}|\d+/gu) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): { score: number; shared: string[] } {
  const shared = [...a].filter((w) => b.has(w));
  const union = a.size + b.size - shared.length;
  return { score: union === 0 ? 0 : shared.length / union, shared };
}

export function align(articles: Article[], thresholds: Thresholds): Alignment {
  const all = articles.map((article) => ({
    article,
    sentences: article.sections.flatMap((s) => s.sentences),
  }));
  type Draft = { sentences: Record<string, string[]>; pairs: AlignedPair[]; words: Set<string> };
  const drafts: Draft[] = [];
  for (const { article, sentences } of all) {
    for (const sentence of sentences as Sentence[]) {
      const w = words(sentence.text);
      let best: { draft: Draft; score: number; shared: string[] } | null = null;
      for (const draft of drafts) {
        if (draft.sentences[article.id]) continue;
        const { score, shared } = jaccard(w, draft.words);
        if (score >= thresholds.alignMinScore && (!best || score > best.score)) best = { draft, score, shared };
      }
      if (best) {
        const [firstArticle] = Object.keys(best.draft.sentences);
        const primary = best.draft.sentences[firstArticle!]![0]!;
        best.draft.sentences[article.id] = [sentence.id];
        best.draft.pairs.push({ a: primary, b: sentence.id, score: best.score, anchors: best.shared.slice(0, 5) });
      } else {
        drafts.push({ sentences: { [article.id]: [sentence.id] }, pairs: [], words: w });
      }
    }
  }
  return {
    units: drafts.map((d, i) => ({
      id: `u${i + 1}`,
      sentences: d.sentences,
      missingFrom: articles.map((a) => a.id).filter((id) => !d.sentences[id]),
      pairs: d.pairs,
    })),
    sectionLinks: [],
  };
}
