// The aligned view's rows: units in the reading order of a reference article, with filters.
import type { Comparison, CueKind, Unit, UnitStatus } from '../model.js';

export interface UnitFilter {
  status?: UnitStatus | '';
  cue?: CueKind | '';
}

/**
 * Units in the reading order of the reference article. Units the reference lacks keep their place
 * after the reference unit that precedes them in the comparison's own order, so another outlet's
 * material stays next to what surrounds it.
 */
export function unitsInReadingOrder(c: Comparison, ref: string, filter: UnitFilter = {}): Unit[] {
  const position = new Map<string, number>();
  const reference = c.articles.find((a) => a.id === ref);
  let n = 0;
  if (reference) for (const section of reference.sections) for (const sentence of section.sentences) position.set(sentence.id, n++);
  const keyed = c.units.map((unit, k) => {
    const own = (unit.sentences[ref] ?? []).map((id) => position.get(id) ?? Infinity);
    return { unit, k, p: own.length > 0 ? Math.min(...own) : Infinity };
  });
  let last = -1;
  for (const x of keyed) {
    if (x.p === Infinity) x.p = last + 0.5;
    else last = x.p;
  }
  return keyed
    .sort((a, b) => a.p - b.p || a.k - b.k)
    .map((x) => x.unit)
    .filter((u) => (!filter.status || u.status === filter.status) && (!filter.cue || u.cues.some((x) => x.kind === filter.cue)));
}
