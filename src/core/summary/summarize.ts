// Summarize: counts, the consensus core, per-article coverage, exclusives, omissions, cue counts,
// distinctive vocabulary and the ranking of framing differences.
import { cueKinds, type Article, type ArticleSummary, type CueKind, type Summary, type Unit, type UnitStatus } from '../model.js';
import { distinctiveTerms } from '../vocabulary/log-odds.js';
import { rankFramingDifferences } from './ranking.js';

const reportersOf = (unit: Unit): string[] => Object.keys(unit.sentences).filter((id) => (unit.sentences[id]?.length ?? 0) > 0);

function articleSummary(
  article: Article,
  units: Unit[],
  terms: ArticleSummary['distinctiveTerms'],
  reporters: (unit: Unit) => string[],
): ArticleSummary {
  const reported = units.filter((u) => reporters(u).includes(article.id));
  const cueCounts = Object.fromEntries(cueKinds.map((k) => [k, 0])) as Record<CueKind, number>;
  for (const u of reported) for (const c of u.cues) if (c.articleId === article.id) cueCounts[c.kind]++;
  return {
    articleId: article.id,
    sentences: article.sections.reduce((n, s) => n + s.sentences.length, 0),
    units: reported.length,
    coverage: units.length === 0 ? 0 : reported.length / units.length,
    exclusiveUnits: reported.filter((u) => reporters(u).length === 1).map((u) => u.id),
    // Left out by this article while every other article reports it. With two articles such a unit
    // is the other's exclusive material, not a shared fact, so it needs two or more reporters.
    omittedUnits: units
      .filter((u) => u.missingFrom.length === 1 && u.missingFrom[0] === article.id && reporters(u).length >= 2)
      .map((u) => u.id),
    cueCounts,
    distinctiveTerms: terms,
  };
}

export function summarize(articles: Article[], units: Unit[]): Summary {
  const counts: Record<UnitStatus, number> = { agreement: 0, framing: 0, omission: 0, exclusive: 0 };
  for (const u of units) counts[u.status]++;
  const terms = distinctiveTerms(articles);
  // The articles reporting each unit, found once: every article's summary asks about every unit.
  const reporting = new Map(units.map((u) => [u, reportersOf(u)]));
  const reporters = (unit: Unit): string[] => reporting.get(unit) ?? reportersOf(unit);
  return {
    counts,
    units: units.length,
    // What every outlet reports, agreeing or framing it differently, in reading order.
    consensus: units.filter((u) => u.missingFrom.length === 0 && reporters(u).length >= 2).map((u) => u.id),
    articles: articles.map((article, i) => articleSummary(article, units, terms[i] ?? [], reporters)),
    ranking: rankFramingDifferences(articles, units),
  };
}
