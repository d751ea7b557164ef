import type { DiffPart } from '../src/core/model.js';
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

function Side(props: { parts: DiffPart[]; side: 'a' | 'b' }) {
  return (
    <p>
      {props.parts.map((p) => {
        if (p.op === 'equal') return <span>{p.text}</span>;
        if (p.op === 'modify') return props.side === 'a' ? <del>{p.from}</del> : <ins>{p.to}</ins>;
        if (p.op === 'delete') return props.side === 'a' ? <del>{p.text}</del> : null;
        return props.side === 'b' ? <ins>{p.text}</ins> : null;
      })}
    </p>
  );
}

export function DiffResult(props: { parts: DiffPart[] | null; truncated: boolean; layout?: string }) {
  if (!props.parts) return <div id="diff-result"></div>;
  if (props.layout === 'side')
    return (
      <div id="diff-result" class="diff two">
        <Side parts={props.parts} side="a" />
        <Side parts={props.parts} side="b" />
      </div>
    );
  return (
    <div id="diff-result" class="diff">
      {props.truncated ? <p class="hint">The texts differ too much for a word diff; both are shown whole.</p> : null}
      <p>
        {props.parts.map((p) => (
          <Part p={p} />
        ))}
      </p>
    </div>
  );
}

export function DiffPage(props: { a: string; b: string; parts: DiffPart[] | null; truncated: boolean; error?: string; layout?: string; unit?: string }) {
  return (
    <Layout title="Two-text diff">
      <h1>Two-text diff</h1>
      <form method="post" action="/diff" enctype="multipart/form-data" hx-post="/diff" hx-target="#diff-result" hx-swap="outerHTML" hx-trigger="submit, change from:.toggles">
        {props.error ? <p class="error" role="alert">{props.error}</p> : null}
        <div class="two">
          <label>
            Text A <textarea name="a" rows={10}>{props.a}</textarea>
          </label>
          <label>
            Text B <textarea name="b" rows={10}>{props.b}</textarea>
          </label>
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
      <DiffResult parts={props.parts} truncated={props.truncated} layout={props.layout} />
    </Layout>
  );
}
