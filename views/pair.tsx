// Pair view: two outlets' aligned sentences side by side with their word diff and cue notes.
import type { Article, Cue, DiffPart } from '../src/core/model.js';
import { DiffResult } from './diff.js';

export interface PairRow {
  unitId: string;
  a: string;
  b: string;
  parts: DiffPart[];
  truncated: boolean;
  cues: Cue[];
}

export function PairView(props: { id: string; articles: Article[]; a: string; b: string; rows: PairRow[] }) {
  const name = (id: string) => props.articles.find((x) => x.id === id)?.outlet ?? id;
  const notes = props.rows.flatMap((r) => r.cues);
  return (
    <section id="pair" aria-labelledby="pair-h">
      <h2 id="pair-h">Pair view</h2>
      <form method="get" action={`/c/${props.id}/pair`} hx-get={`/c/${props.id}/pair`} hx-target="#pair" hx-swap="outerHTML">
        {(['a', 'b'] as const).map((k) => (
          <label>
            {k === 'a' ? 'First outlet' : 'Second outlet'}{' '}
            <select name={k}>
              {props.articles.map((x) => (
                <option value={x.id} selected={x.id === props[k]}>{x.outlet}</option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">Show pair</button>
      </form>
      <table class="pair">
        <thead>
          <tr>
            <th scope="col">{name(props.a)}</th>
            <th scope="col">{name(props.b)}</th>
            <th scope="col">Word diff</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr id={`pair-${r.unitId}`}>
              <td>{r.a}</td>
              <td>{r.b}</td>
              <td>
                <DiffResult parts={r.parts} truncated={r.truncated} />
                {r.cues.map((c) => (
                  <span class="cue" tabindex={0} title={c.note}>
                    <span class="cue-kind">{c.kind}</span> {c.text}
                    <sup>{notes.indexOf(c) + 1}</sup>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 ? (
        <ol class="footnotes">
          {notes.map((c) => (
            <li>{c.note}</li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
