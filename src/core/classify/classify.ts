// Classify: finds the framing cues that differ inside each unit and sets the unit's status.
// FIRST VERSION (foundation): no cues yet, status from coverage only. Replaced by issue 5.
import type { Alignment, Article, Unit, UnitStatus } from '../model.js';
import type { Thresholds } from '../thresholds.js';

export function statusOf(unit: Pick<Unit, 'sentences' | 'missingFrom' | 'cues'>): UnitStatus {
  if (Object.keys(unit.sentences).length <= 1) return 'exclusive';
  if (unit.cues.length > 0) return 'framing';
  if (unit.missingFrom.length > 0) return 'omission';
  return 'agreement';
}

export function classify(_articles: Article[], alignment: Alignment, _thresholds: Thresholds): Unit[] {
  return alignment.units.map((u) => {
    const cues: Unit['cues'] = [];
    return { ...u, cues, status: statusOf({ ...u, cues }) };
  });
}
