// Curate: replays hand edits on top of the automatic comparison. The automatic result is never
// changed in place; the curated one is derived from it plus the edit list, so every edit can be
// undone (drop it from the list), a unit reset (drop the edits that touch it), and a newer analysis
// can be curated again with the same list: edits whose units or sentences are gone come back as
// stale, with the reason, instead of silently doing something else.
import { statusOf } from '../classify/classify.js';
import { articleIdOf, type Comparison, type Edit, type StaleEdit, type Unit, type UnitStatus } from '../model.js';
import { summarize } from '../summary/summarize.js';

interface Draft {
  units: Unit[];
  pinnedStatus: Map<string, UnitStatus>;
  note: string | undefined;
  /** Units the edit being applied changed (for "reset to automatic"). */
  touched: Set<string>;
}


function removeSentence(unit: Unit, sentenceId: string): void {
  const articleId = articleIdOf(sentenceId);
  const rest = (unit.sentences[articleId] ?? []).filter((id) => id !== sentenceId);
  if (rest.length > 0) unit.sentences[articleId] = rest;
  else delete unit.sentences[articleId];
  unit.pairs = unit.pairs.filter((p) => p.a !== sentenceId && p.b !== sentenceId);
  unit.edited = true;
}

function newUnit(id: string): Unit {
  return { id, status: 'exclusive', sentences: {}, missingFrom: [], cues: [], pairs: [], edited: true };
}

/** Applies one edit to the draft; returns why it cannot apply, or null when it did. */
function apply(draft: Draft, edit: Edit): string | null {
  const { action } = edit;
  const find = (id: string) => draft.units.find((u) => u.id === id);
  const insertAfter = (anchor: Unit, unit: Unit) => draft.units.splice(draft.units.indexOf(anchor) + 1, 0, unit);

  switch (action.kind) {
    case 'move-sentence': {
      const from = draft.units.find((u) => Object.values(u.sentences).some((ids) => ids.includes(action.sentenceId)));
      if (!from) return `sentence ${action.sentenceId} is not in this comparison`;
      const to = action.toUnitId === null ? null : find(action.toUnitId);
      if (action.toUnitId !== null && !to) return `unit ${action.toUnitId} no longer exists`;
      if (to === from) return null;
      removeSentence(from, action.sentenceId);
      const target = to ?? newUnit(`u-${edit.id}`);
      draft.touched.add(from.id).add(target.id);
      if (!to) insertAfter(from, target);
      const articleId = articleIdOf(action.sentenceId);
      target.sentences[articleId] = [...(target.sentences[articleId] ?? []), action.sentenceId];
      target.edited = true;
      return null;
    }
    case 'merge-units': {
      const unit = find(action.unitId);
      const other = find(action.otherUnitId);
      if (!unit || !other) return `unit ${unit ? action.otherUnitId : action.unitId} no longer exists`;
      if (unit === other) return 'a unit cannot be merged with itself';
      draft.touched.add(unit.id).add(other.id);
      for (const [articleId, ids] of Object.entries(other.sentences)) {
        unit.sentences[articleId] = [...(unit.sentences[articleId] ?? []), ...ids];
      }
      unit.pairs.push(...other.pairs);
      unit.cues.push(...other.cues);
      unit.note = [unit.note, other.note].filter(Boolean).join('\n\n') || undefined;
      unit.edited = true;
      draft.units.splice(draft.units.indexOf(other), 1);
      return null;
    }
    case 'split-unit': {
      const unit = find(action.unitId);
      if (!unit) return `unit ${action.unitId} no longer exists`;
      const moving = action.articleIds.filter((id) => unit.sentences[id]);
      if (moving.length === 0) return `unit ${action.unitId} has no sentences of ${action.articleIds.join(', ')}`;
      if (moving.length === Object.keys(unit.sentences).length) return 'a split must leave something behind';
      const part = newUnit(`u-${edit.id}`);
      draft.touched.add(unit.id).add(part.id);
      for (const articleId of moving) {
        const ids = unit.sentences[articleId]!;
        for (const id of ids) removeSentence(unit, id);
        part.sentences[articleId] = ids;
      }
      part.cues = unit.cues.filter((c) => moving.includes(c.articleId));
      insertAfter(unit, part);
      return null;
    }
    case 'set-status': {
      if (!find(action.unitId)) return `unit ${action.unitId} no longer exists`;
      draft.pinnedStatus.set(action.unitId, action.status);
      find(action.unitId)!.edited = true;
      draft.touched.add(action.unitId);
      return null;
    }
    case 'add-cue': {
      const unit = find(action.unitId);
      if (!unit) return `unit ${action.unitId} no longer exists`;
      if (!unit.sentences[action.cue.articleId]) return `unit ${action.unitId} has no sentence of ${action.cue.articleId}`;
      unit.cues.push(action.cue);
      unit.edited = true;
      draft.touched.add(unit.id);
      return null;
    }
    case 'remove-cue': {
      const unit = find(action.unitId);
      if (!unit) return `unit ${action.unitId} no longer exists`;
      const same = (c: Unit['cues'][number]) =>
        c.kind === action.cue.kind && c.articleId === action.cue.articleId && c.text === action.cue.text;
      if (!unit.cues.some(same)) return `unit ${action.unitId} has no such ${action.cue.kind} cue any more`;
      unit.cues = unit.cues.filter((c) => !same(c));
      unit.edited = true;
      draft.touched.add(unit.id);
      return null;
    }
    case 'note': {
      const text = action.markdown.trim() || undefined;
      if (action.unitId === null) {
        draft.note = text;
        return null;
      }
      const unit = find(action.unitId);
      if (!unit) return `unit ${action.unitId} no longer exists`;
      unit.note = text;
      return null;
    }
  }
}

/**
 * The edits to drop to reset a unit to its automatic state: every applied edit that changed the
 * unit's sentences, status or cues (notes are annotations and stay), then, repeatedly, every edit
 * that names a unit one of the dropped edits had created (`u-<editId>`), since it could no longer apply.
 */
export function editsTouchingUnit(automatic: Comparison, edits: Edit[], unitId: string): string[] {
  const draft: Draft = { units: structuredClone(automatic.units), pinnedStatus: new Map(), note: automatic.note, touched: new Set() };
  const drop = new Set<string>();
  for (const edit of edits) {
    draft.touched.clear();
    if (apply(draft, edit) === null && draft.touched.has(unitId)) drop.add(edit.id);
  }
  const names = (a: Edit['action']): string[] =>
    a.kind === 'move-sentence' ? (a.toUnitId ? [a.toUnitId] : []) : a.kind === 'merge-units' ? [a.unitId, a.otherUnitId] : a.unitId ? [a.unitId] : [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const edit of edits) {
      if (drop.has(edit.id)) continue;
      if (names(edit.action).some((u) => u.startsWith('u-') && drop.has(u.slice(2)))) {
        drop.add(edit.id);
        grew = true;
      }
    }
  }
  return edits.filter((e) => drop.has(e.id)).map((e) => e.id);
}

/** The curated comparison: the automatic one with `edits` replayed in order. */
export function curate(automatic: Comparison, edits: Edit[]): Comparison {
  const draft: Draft = {
    units: structuredClone(automatic.units),
    pinnedStatus: new Map(),
    note: automatic.note,
    touched: new Set(),
  };
  const applied: Edit[] = [];
  const stale: StaleEdit[] = [];
  for (const edit of edits) {
    const reason = apply(draft, edit);
    if (reason === null) applied.push(edit);
    else stale.push({ edit, reason });
  }

  const articleIds = automatic.articles.map((a) => a.id);
  const units = draft.units
    .filter((u) => Object.keys(u.sentences).length > 0)
    .map((u) => {
      const cues = u.cues.filter((c) => u.sentences[c.articleId]);
      const missingFrom = articleIds.filter((id) => !u.sentences[id]);
      const shaped = { ...u, cues, missingFrom };
      return { ...shaped, status: draft.pinnedStatus.get(u.id) ?? statusOf(shaped) };
    });

  const curated: Comparison = {
    ...automatic,
    units,
    summary: summarize(automatic.articles, units),
    edits: applied,
    staleEdits: stale,
  };
  if (draft.note) curated.note = draft.note;
  else delete curated.note;
  return curated;
}
