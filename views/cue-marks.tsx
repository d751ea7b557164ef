// Cue words marked in place, numbered, with their notes listed as footnotes: the pair view's rows
// and the headlines (comparison page, pair view) show cues this one way.
import type { Cue } from '../src/core/model.js';

export interface Mark {
  n: number;
  cue: Cue;
  start: number;
  end: number;
}

/** A text with its cues marked in place; the note shows on hover and keyboard focus. */
export function MarkedText(props: { text: string; marks: Mark[] }) {
  const out: Array<string | ReturnType<typeof CueMark>> = [];
  let at = 0;
  for (const m of props.marks) {
    out.push(props.text.slice(at, m.start));
    out.push(<CueMark m={m} text={props.text.slice(m.start, m.end)} />);
    at = m.end;
  }
  out.push(props.text.slice(at));
  return <p class="marked">{out}</p>;
}

function CueMark(props: { m: Mark; text: string }) {
  const { m } = props;
  return (
    <mark class={`cue-mark cue-${m.cue.kind}`} tabindex={0} id={`cue-${m.n}`} aria-describedby={`note-${m.n}`}>
      {props.text}
      <sup class="cue-ref">
        <span class="sr"> cue </span>
        {m.n}
      </sup>
      <span class="cue-tip" aria-hidden="true">
        <strong>{m.cue.kind}</strong> {m.cue.note}
      </span>
    </mark>
  );
}

/** The numbered notes of some cues, each with a link back to its mark when it has one in the text. */
export function CueFootnotes(props: { notes: Array<{ n: number; cue: Cue }>; marked: Set<number>; name: (articleId: string) => string }) {
  const { notes } = props;
  if (notes.length === 0) return null;
  return (
    <ol class="footnotes" start={notes[0]!.n}>
      {notes.map(({ n: k, cue }) => (
        <li id={`note-${k}`}>
          <span class="cue-kind">{cue.kind}</span> {props.name(cue.articleId)}: {cue.kind === 'placement' ? cue.text : `“${cue.text}”`} — {cue.note}
          {props.marked.has(k) ? (
            <>
              {' '}
              <a href={`#cue-${k}`} class="backref" aria-label={`Back to cue ${k} in the text`}>
                ↩
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
