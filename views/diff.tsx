import type { DiffPart, MovedPart, TextDiffPart } from '../src/core/model.js';
import { type FieldFormat, FormatSelect } from './home.js';
import { Layout } from './layout.js';

function Part(props: { p: DiffPart }) {
  const p = props.p;
  if (p.op === 'modify')
    return (
      <>
        <del>{p.from}</del>
        <ins>{p.to}</ins>
      </>
    );
  if (p.op === 'delete') return <del>{p.text}</del>;
  if (p.op === 'insert') return <ins>{p.text}</ins>;
  return <span>{p.text}</span>;
}

/** Text B's side of a word diff (what a moved sentence that also changed reads like now). */
function NewSide(props: { parts: DiffPart[] }) {
  return (
    <>
      {props.parts.map((p) => (p.op === 'delete' ? null : p.op === 'modify' ? <ins>{p.to}</ins> : p.op === 'insert' ? <ins>{p.text}</ins> : <span>{p.text}</span>))}
    </>
  );
}

/**
 * One end of a moved sentence: a label with an arrow and the paragraph of the other end, linked to
 * it, so a move reads as a move without relying on colour.
 */
function Moved(props: { p: MovedPart }) {
  const p = props.p;
  const lead = /^\s*/.exec(p.text)?.[0] ?? '';
  if (p.op === 'moved-away')
    return (
      <>
        {lead}
        <span class="moved moved-away" id={`move-${p.move}-away`}>
          <a class="move-tag" href={`#move-${p.move}-here`} aria-label={`Moved to paragraph ${p.otherParagraph} of text B: go there`}>
            <span aria-hidden="true">⤷</span> moved → ¶{p.otherParagraph}
          </a>{' '}
          <s class="move-text">{p.text.slice(lead.length)}</s>
        </span>
      </>
    );
  return (
    <>
      {lead}
      <span class="moved moved-here" id={`move-${p.move}-here`}>
        <a class="move-tag" href={`#move-${p.move}-away`} aria-label={`Moved here from paragraph ${p.otherParagraph} of text A: go there`}>
          <span aria-hidden="true">⤶</span> moved from ¶{p.otherParagraph}
        </a>{' '}
        <span class="move-text">{p.parts ? <NewSide parts={p.parts.filter((x, i) => !(i === 0 && x.op === 'equal' && x.text.trim() === ''))} /> : p.text.slice(lead.length)}</span>
      </span>
    </>
  );
}

const isMoved = (p: TextDiffPart): p is MovedPart => p.op === 'moved-away' || p.op === 'moved-here';

function Side(props: { parts: TextDiffPart[]; side: 'a' | 'b' }) {
  return (
    <p>
      {props.parts.map((p) => {
        if (isMoved(p)) return (p.op === 'moved-away') === (props.side === 'a') ? <Moved p={p} /> : null;
        if (p.op === 'equal') return <span>{p.text}</span>;
        if (p.op === 'modify') return props.side === 'a' ? <del>{p.from}</del> : <ins>{p.to}</ins>;
        if (p.op === 'delete') return props.side === 'a' ? <del>{p.text}</del> : null;
        return props.side === 'b' ? <ins>{p.text}</ins> : null;
      })}
    </p>
  );
}

export function DiffResult(props: {
  parts: TextDiffPart[] | null;
  truncated: boolean;
  layout?: string;
  moves?: number;
  /** Side by side: text A's parts in A's own spacing (equal parts carry B's); `parts` when absent. */
  partsA?: TextDiffPart[];
  /** An input problem, shown in place of the result (an htmx request swaps only this). */
  error?: string;
  /** null: no id (several on one page) */ id?: string | null;
}) {
  const id = props.id === undefined ? 'diff-result' : (props.id ?? undefined);
  if (props.error)
    return (
      <div id={id}>
        <p class="error" role="alert">
          {props.error}
        </p>
      </div>
    );
  if (!props.parts) return <div id={id}></div>;
  const moves = props.moves ?? 0;
  const notes = (
    <>
      {props.truncated ? <div class="hint">The texts differ too much for a word diff; both are shown whole.</div> : null}
      {moves > 0 ? (
        <div class="hint moves-note">
          {moves === 1 ? '1 sentence moved' : `${moves} sentences moved`}: each is shown at its old place (⤷ moved → ¶ new paragraph) and its new place
          (⤶ moved from ¶ old paragraph), not as a deletion and an insertion.
        </div>
      ) : null}
    </>
  );
  if (props.layout === 'side')
    return (
      <div id={id} class="diff two">
        {notes}
        <Side parts={props.partsA ?? props.parts} side="a" />
        <Side parts={props.parts} side="b" />
      </div>
    );
  return (
    <div id={id} class="diff">
      {notes}
      <p>
        {props.parts.map((p) => (isMoved(p) ? <Moved p={p} /> : <Part p={p} />))}
      </p>
    </div>
  );
}

export function DiffPage(props: {
  a: string;
  b: string;
  formatA?: FieldFormat;
  formatB?: FieldFormat;
  parts: TextDiffPart[] | null;
  partsA?: TextDiffPart[];
  truncated: boolean;
  error?: string;
  layout?: string;
  unit?: string;
  moves?: number;
}) {
  return (
    <Layout title={props.error ? 'Error: Two-text diff' : 'Two-text diff'}>
      <h1>Two-text diff</h1>
      <form method="post" action="/diff" enctype="multipart/form-data" hx-post="/diff" hx-target="#diff-result" hx-swap="outerHTML" hx-trigger="submit, change from:.toggles">
        {props.error ? <p class="error" role="alert">{props.error}</p> : null}
        <div class="two">
          {(['a', 'b'] as const).map((k) => (
            <div>
              <label>
                Text {k.toUpperCase()} <textarea name={k} id={`diff-${k}`} rows={10}>{props[k]}</textarea>
              </label>
              <FormatSelect name={`format-${k}`} id={`diff-${k}-format`} value={(k === 'a' ? props.formatA : props.formatB) ?? 'auto'} />
            </div>
          ))}
        </div>
        <label class="files">
          Or two files <input type="file" name="files" multiple />
        </label>
        <fieldset class="toggles">
          <legend>Show</legend>
          <label><input type="radio" name="layout" value="inline" checked={props.layout !== 'side'} /> inline</label>
          <label><input type="radio" name="layout" value="side" checked={props.layout === 'side'} /> side by side</label>
          <label><input type="radio" name="unit" value="word" checked={props.unit !== 'char'} /> by word</label>
          <label><input type="radio" name="unit" value="char" checked={props.unit === 'char'} /> by character</label>
        </fieldset>
        <button type="submit" class="primary">Show differences</button>
      </form>
      <DiffResult parts={props.parts} truncated={props.truncated} layout={props.layout} moves={props.moves ?? 0} {...(props.partsA ? { partsA: props.partsA } : {})} />
    </Layout>
  );
}
