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

export function DiffResult(props: { parts: DiffPart[] | null; truncated: boolean }) {
  if (!props.parts) return <div id="diff-result"></div>;
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

export function DiffPage(props: { a: string; b: string; parts: DiffPart[] | null; truncated: boolean; error?: string }) {
  return (
    <Layout title="Two-text diff">
      <h1>Two-text diff</h1>
      <form method="post" action="/diff" enctype="multipart/form-data" hx-post="/diff" hx-target="#diff-result" hx-swap="outerHTML">
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
        <button type="submit" class="primary">Show differences</button>
      </form>
      <DiffResult parts={props.parts} truncated={props.truncated} />
    </Layout>
  );
}
