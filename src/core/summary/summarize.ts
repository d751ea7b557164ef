// Summarize: counts, the consensus core, per-article coverage, exclusives, omissions, cue counts,
// distinctive vocabulary and the ranking of framing differences.
import { cueKinds, type Article, type ArticleSummary, type CueKind, type Summary, type Unit, type UnitStatus } from '../model.js';
import { distinctiveTerms } from '../vocabulary/log-odds.js';
import { rankFramingDifferences } from './ranking.js';

const reportersOf = (unit: Unit): string[] => Object.keys(unit.sentences).filter((id) => (unit.sentences[id]?.length ?? 0) > 0);

/** What one article reports, tallied from the units. */
interface Tally {
  units: number;
  exclusiveUnits: string[];
  omittedUnits: string[];
  cueCounts: Record<CueKind, number>;
}

const emptyTally = (): Tally => ({
  units: 0,
  exclusiveUnits: [],
  omittedUnits: [],
  cueCounts: Object.fromEntries(cueKinds.map((k) => [k, 0])) as Record<CueKind, number>,
});

/**
 * Each article's tally in one pass over the units, in reading order: every article's summary asks
 * about every unit, and asking per article made the summary grow with articles × units.
 */
function tallies(articles: Article[], units: Unit[]): { byArticle: Map<string, Tally>; consensus: string[] } {
  const byArticle = new Map(articles.map((a) => [a.id, emptyTally()]));
  const consensus: string[] = [];
  for (const unit of units) {
    const reporters = reportersOf(unit);
    for (const id of reporters) {
      const tally = byArticle.get(id);
      if (!tally) continue;
      tally.units++;
      if (reporters.length === 1) tally.exclusiveUnits.push(unit.id);
    }
    for (const c of unit.cues) {
      const tally = reporters.includes(c.articleId) ? byArticle.get(c.articleId) : undefined;
      if (tally) tally.cueCounts[c.kind]++;
    }
    if (reporters.length < 2) continue;
    // What every outlet reports, agreeing or framing it differently.
    if (unit.missingFrom.length === 0) consensus.push(unit.id);
    // Left out by this article while every other article reports it. With two articles such a unit
    // is the other's exclusive material, not a shared fact, so it needs two or more reporters.
    if (unit.missingFrom.length === 1) byArticle.get(unit.missingFrom[0]!)?.omittedUnits.push(unit.id);
  }
  return { byArticle, consensus };
}

function articleSummary(article: Article, unitCount: number, tally: Tally, terms: ArticleSummary['distinctiveTerms']): ArticleSummary {
  return {
    articleId: article.id,
    sentences: article.sections.reduce((n, s) => n + s.sentences.length, 0),
    units: tally.units,
    coverage: unitCount === 0 ? 0 : tally.units / unitCount,
    exclusiveUnits: tally.exclusiveUnits,
    omittedUnits: tally.omittedUnits,
    cueCounts: tally.cueCounts,
    distinctiveTerms: terms,
  };
}

export function summarize(articles: Article[], units: Unit[]): Summary {
  const counts: Record<UnitStatus, number> = { agreement: 0, framing: 0, omission: 0, exclusive: 0 };
  for (const u of units) counts[u.status]++;
  const terms = distinctiveTerms(articles);
  const { byArticle, consensus } = tallies(articles, units);
  return {
    counts,
    units: units.length,
    consensus,
    articles: articles.map((article, i) => articleSummary(article, units.length, byArticle.get(article.id)!, terms[i] ?? [])),
    ranking: rankFramingDifferences(articles, units),
  };
}
