// Gold fixtures: loads the event sets under fixtures/events/ and scores a Comparison against their
// hand-made gold files (format and scoring described in fixtures/events/README.md).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput, Comparison, CueKind, Language } from '../../src/core/model.js';

export interface GoldUnit {
  note: string;
  /** Per article id, short substrings that each identify one sentence of that article. */
  sentences: Record<string, string[]>;
}

export interface GoldOmission {
  /** Index into Gold.units. */
  unit: number;
  missingFrom: string[];
}

export interface GoldCue {
  kind: CueKind;
  articleId: string;
  /** The cue word(s) as they appear; a predicted cue matches when its text contains this. */
  text: string;
  unit: number;
}

export interface Gold {
  units: GoldUnit[];
  omissions: GoldOmission[];
  cues: GoldCue[];
}

export interface EventMeta {
  title: string;
  /** Measured, never tuned on: threshold sweeps leave the set out (fixtures/events/README.md). */
  heldOut?: boolean;
  language: Exclude<Language, 'und'>;
  articles: Array<{ file: string; outlet: string; id: string }>;
}

export interface EventSet {
  /** The folder name, e.g. 'budapest-summit-de'. */
  name: string;
  meta: EventMeta;
  articles: ArticleInput[];
  gold: Gold;
}

export const eventsDir = fileURLToPath(new URL('../../fixtures/events/', import.meta.url));

export function loadEventSet(dir: string, name: string): EventSet {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as EventMeta;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const articles = meta.articles.map(
    (a): ArticleInput => ({ text: readFileSync(join(dir, a.file), 'utf8'), format: 'text', outlet: a.outlet, id: a.id }),
  );
  return { name, meta, articles, gold };
}

/** Every folder of fixtures/events/ that holds a meta.json, in name order (stable test output). */
export function loadEventSets(root: string = eventsDir): EventSet[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'meta.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadEventSet(join(root, name), name));
}

// ---------------------------------------------------------------------------------------------
// Resolving gold substrings to the comparison's sentence ids
// ---------------------------------------------------------------------------------------------

export interface ResolvedGold {
  /** Per gold unit, per article id, the sentence ids its substrings resolve to. */
  units: Array<Record<string, string[]>>;
  /** One line per substring that matched no sentence, several sentences, or a sentence already taken. */
  problems: string[];
  /** Sentence display text by id, for readable diagnostics. */
  textOf: Map<string, string>;
}

export function resolveGold(gold: Gold, comparison: Comparison): ResolvedGold {
  const textOf = new Map<string, string>();
  const sentencesOf = new Map<string, Array<{ id: string; text: string }>>();
  for (const article of comparison.articles) {
    const list = article.sections.flatMap((section) => section.sentences);
    sentencesOf.set(article.id, list);
    for (const s of list) textOf.set(s.id, s.text);
  }
  const problems: string[] = [];
  const takenBy = new Map<string, string>();
  const units = gold.units.map((unit, u) => {
    const resolved: Record<string, string[]> = {};
    for (const [articleId, substrings] of Object.entries(unit.sentences)) {
      const candidates = sentencesOf.get(articleId);
      if (!candidates) {
        problems.push(`unit ${u}: no article '${articleId}' in the comparison`);
        continue;
      }
      resolved[articleId] = [];
      for (const substring of substrings) {
        const hits = candidates.filter((s) => s.text.includes(substring));
        if (hits.length !== 1) {
          problems.push(`unit ${u} ${articleId}: «${substring}» matches ${hits.length} sentences`);
          continue;
        }
        const id = hits[0]!.id;
        const earlier = takenBy.get(id);
        if (earlier !== undefined) {
          problems.push(`unit ${u} ${articleId}: «${substring}» is the sentence already given for ${earlier}`);
          continue;
        }
        takenBy.set(id, `unit ${u}`);
        resolved[articleId].push(id);
      }
    }
    return resolved;
  });
  return { units, problems, textOf };
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  truePositives: number;
}

export interface GoldScore {
  pairs: PairScore;
  omissionRecall: number;
  cueRecall: number;
  /** Share of gold single-article units whose sentence the comparison also leaves on its own. */
  exclusiveRecall: number;
  misses: {
    /** Gold pairs the comparison did not align. */
    pairs: string[];
    /** Pairs the comparison aligned that the gold does not. */
    extraPairs: string[];
    omissions: string[];
    cues: string[];
    exclusives: string[];
  };
}

const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** All cross-article sentence pairs inside one group of aligned sentences. */
function crossPairs(sentences: Record<string, string[]>): string[] {
  const articleIds = Object.keys(sentences);
  const keys: string[] = [];
  for (let i = 0; i < articleIds.length; i++) {
    for (let j = i + 1; j < articleIds.length; j++) {
      for (const x of sentences[articleIds[i]!] ?? []) {
        for (const y of sentences[articleIds[j]!] ?? []) keys.push(pairKey(x, y));
      }
    }
  }
  return keys;
}

const ratio = (found: number, total: number): number => (total === 0 ? 1 : found / total);

/**
 * Scores a comparison against a set's gold. Throws when a gold substring does not name exactly one
 * sentence: a broken gold file must not pass as a bad score.
 */
export function scoreComparison(set: Pick<EventSet, 'gold'>, comparison: Comparison): GoldScore {
  const resolved = resolveGold(set.gold, comparison);
  if (resolved.problems.length > 0) {
    throw new Error(`Gold does not resolve against the comparison:\n  ${resolved.problems.join('\n  ')}`);
  }
  const show = (key: string): string =>
    key
      .split('|')
      .map((id) => `${id} «${(resolved.textOf.get(id) ?? '').slice(0, 60)}»`)
      .join(' ~ ');

  // A gold file need not list every sentence; pairs touching unlisted sentences are not judged.
  const listed = new Set(resolved.units.flatMap((unit) => Object.values(unit).flat()));
  const goldPairs = new Set(resolved.units.flatMap(crossPairs));
  const predictedPairs = new Set(
    comparison.units
      .flatMap((unit) => crossPairs(unit.sentences))
      .filter((key) => key.split('|').every((id) => listed.has(id))),
  );
  const truePositives = [...goldPairs].filter((key) => predictedPairs.has(key)).length;
  const precision = predictedPairs.size === 0 ? 1 : truePositives / predictedPairs.size;
  const recall = ratio(truePositives, goldPairs.size);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

  const unitsHolding = (ids: string[]) =>
    comparison.units.filter((unit) => Object.values(unit.sentences).some((list) => list.some((id) => ids.includes(id))));

  // An omission counts only when the comparison actually aligned the reporting articles and names
  // the silent one: unaligned sentences list every other article as missing, which proves nothing.
  const omissionMisses: string[] = [];
  let omissionTotal = 0;
  for (const omission of set.gold.omissions) {
    const goldUnit = resolved.units[omission.unit] ?? {};
    const goldIds = new Set(Object.values(goldUnit).flat());
    const candidates = unitsHolding([...goldIds]).filter(
      (unit) =>
        Object.entries(unit.sentences).filter(([, ids]) => ids.some((id) => goldIds.has(id))).length >= 2,
    );
    for (const articleId of omission.missingFrom) {
      omissionTotal++;
      if (!candidates.some((unit) => unit.missingFrom.includes(articleId))) {
        omissionMisses.push(`unit ${omission.unit} (${set.gold.units[omission.unit]?.note}): not missing from ${articleId}`);
      }
    }
  }

  const cueMisses: string[] = [];
  for (const cue of set.gold.cues) {
    const ids = resolved.units[cue.unit]?.[cue.articleId] ?? [];
    const wanted = cue.text.toLowerCase();
    const found = unitsHolding(ids).some((unit) =>
      unit.cues.some(
        (c) => c.kind === cue.kind && c.articleId === cue.articleId && c.text.toLowerCase().includes(wanted),
      ),
    );
    if (!found) cueMisses.push(`unit ${cue.unit} ${cue.articleId} ${cue.kind} «${cue.text}»`);
  }

  const exclusiveMisses: string[] = [];
  const exclusives = resolved.units.filter((unit) => Object.keys(unit).length === 1);
  for (const unit of exclusives) {
    const ids = Object.values(unit).flat();
    const alone = unitsHolding(ids).every((u) => Object.values(u.sentences).filter((l) => l.length > 0).length === 1);
    if (!alone) exclusiveMisses.push(ids.map((id) => `${id} «${(resolved.textOf.get(id) ?? '').slice(0, 60)}»`).join(', '));
  }

  return {
    pairs: { precision, recall, f1, gold: goldPairs.size, predicted: predictedPairs.size, truePositives },
    omissionRecall: ratio(omissionTotal - omissionMisses.length, omissionTotal),
    cueRecall: ratio(set.gold.cues.length - cueMisses.length, set.gold.cues.length),
    exclusiveRecall: ratio(exclusives.length - exclusiveMisses.length, exclusives.length),
    misses: {
      pairs: [...goldPairs].filter((key) => !predictedPairs.has(key)).map(show),
      extraPairs: [...predictedPairs].filter((key) => !goldPairs.has(key)).map(show),
      omissions: omissionMisses,
      cues: cueMisses,
      exclusives: exclusiveMisses,
    },
  };
}

/** Sentences of the comparison the gold does not place in any unit (the fixtures' gold lists all). */
export function unlistedSentences(gold: Gold, comparison: Comparison): string[] {
  const listed = new Set(resolveGold(gold, comparison).units.flatMap((unit) => Object.values(unit).flat()));
  return comparison.articles
    .flatMap((article) => article.sections.flatMap((section) => section.sentences))
    .filter((s) => !listed.has(s.id))
    .map((s) => `${s.id} «${s.text}»`);
}
