// Summarize: counts, coverage, consensus and the ranking of framing differences.
// FIRST VERSION (foundation): counts and coverage. Deepened by issue 5.
import type { Article, ArticleSummary, CueKind, Summary, Unit, UnitStatus } from '../model.js';

const cueKinds: CueKind[] = ['tone', 'certainty', 'attribution', 'quote', 'number', 'label', 'placement'];

export function summarize(articles: Article[], units: Unit[]): Summary {
  const counts: Record<UnitStatus, number> = { agreement: 0, framing: 0, omission: 0, exclusive: 0 };
  for (const u of units) counts[u.status]++;
  const perArticle: ArticleSummary[] = articles.map((article) => {
    const reported = units.filter((u) => u.sentences[article.id]);
    const cueCounts = Object.fromEntries(cueKinds.map((k) => [k, 0])) as Record<CueKind, number>;
    for (const u of units) for (const c of u.cues) if (c.articleId === article.id) cueCounts[c.kind]++;
    return {
      articleId: article.id,
      sentences: article.sections.reduce((n, s) => n + s.sentences.length, 0),
      units: reported.length,
      coverage: units.length === 0 ? 0 : reported.length / units.length,
      exclusiveUnits: reported.filter((u) => u.status === 'exclusive').map((u) => u.id),
      omittedUnits: units
        .filter((u) => !u.sentences[article.id] && u.missingFrom.length === 1 && articles.length > 2)
        .map((u) => u.id),
      cueCounts,
      distinctiveTerms: [],
    };
  });
  return {
    counts,
    units: units.length,
    consensus: units.filter((u) => u.missingFrom.length === 0).map((u) => u.id),
    articles: perArticle,
    ranking: units
      .filter((u) => u.status === 'framing')
      .map((u) => ({ unitId: u.id, score: u.cues.length, reason: `${u.cues.length} cues differ` })),
  };
}
