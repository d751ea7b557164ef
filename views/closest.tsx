// "Closest elsewhere": for a unit some outlets leave out, each such outlet's sentences most like it,
// so "not reported" can be checked. Renders what the core found (align/closest.ts).
import type { ClosestSentence, Comparison, Unit } from '../src/core/model.js';
import { sentenceIndex } from '../src/core/present/sentences.js';
import { MoveHereForm } from './curate.js';
import { statusLabel } from './status.js';

/** The toggle in a unit's row: the list is fetched when first opened, or opened as a page without JS. */
export function ClosestToggle(props: { c: Comparison; u: Unit }) {
  const { c, u } = props;
  if (u.missingFrom.length === 0 || u.missingFrom.length === c.articles.length) return null;
  const href = `/c/${c.id}/units/${encodeURIComponent(u.id)}/closest`;
  return (
    <details class="why closest" hx-get={href} hx-trigger="toggle once" hx-target="find .closest-list" hx-swap="innerHTML">
      <summary>Closest elsewhere</summary>
      <div class="closest-list">
        <a href={href}>The closest sentences of the outlets that do not report it</a>
      </div>
    </details>
  );
}

/**
 * The closest sentences of each outlet a unit is missing from, with why they were not aligned; an
 * editor can move one into the unit from here.
 */
export function ClosestList(props: { c: Comparison; u: Unit; closest: ClosestSentence[]; bar: number; editable?: boolean }) {
  const { c, u, closest, bar } = props;
  const sentences = sentenceIndex(c);
  const statusOf = new Map(c.units.map((x) => [x.id, x.status]));
  const missing = c.articles.filter((a) => u.missingFrom.includes(a.id));
  return (
    <div class="closest-body">
      <p class="hint">
        For each outlet that does not report this: its sentences most like it. Two sentences are aligned from a
        similarity of {bar.toFixed(2)}, and a sentence joins one unit only.
      </p>
      {missing.map((a) => {
        const found = closest.filter((x) => x.articleId === a.id);
        return (
          <>
            <p class="closest-outlet">{a.outlet}</p>
            {found.length === 0 ? (
              <p class="closest-none">No sentence shares a content word with this unit: nothing like it there.</p>
            ) : (
              <ul>
                {found.map((x) => (
                  <li>
                    <q>{sentences.get(x.sentenceId)?.text ?? x.sentenceId}</q> similarity {x.score.toFixed(2)},{' '}
                    {x.score >= bar ? 'enough to align, but it stands in ' : 'below the bar; it stands in '}
                    <a href={`/c/${c.id}#${x.unitId}`}>unit {x.unitId}</a>
                    {statusOf.has(x.unitId) ? ` (${statusLabel[statusOf.get(x.unitId)!].label.toLowerCase()})` : ''}
                    {x.anchors.length > 0 ? `; shared: ${x.anchors.join(', ')}` : ''}
                    {props.editable ? <MoveHereForm c={c} sentenceId={x.sentenceId} unitId={u.id} /> : null}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      })}
    </div>
  );
}
