// Curation markup: "edited by hand" marks, notes, the per-unit edit forms (editors only), the edit
// history with undo, stale edits, and the edit links. Every form is a plain POST that works without
// JavaScript (the server answers 303 back to the unit) and carries hx-post, so with htmx the server
// answers with partials that replace the aligned view, the overview and this panel in place.
import { articleIdOf, cueKinds, unitStatuses, type Comparison, type Edit, type Unit } from '../src/core/model.js';
import { statusLabel } from './status.js';
import { clip, sentenceIndex } from '../src/core/present/sentences.js';
import { renderMarkdown } from '../src/server/markdown.js';

export interface Editor {
  /** The label of the edit token in use ("creator", or the label of a shared edit link). */
  label: string;
  /** The token itself, to show the edit link to whoever already holds it. */
  token: string;
  /** The unit whose edit panel stays open after an edit (htmx swaps re-render the whole table). */
  openUnit?: string;
  /** The creator's delete token (from their cookie), to show them the delete link. */
  deleteToken?: string;
  /** A labelled edit link just created, shown once. */
  newLink?: { label: string; token: string };
}


function Markdown(props: { text: string; class: string }) {
  return <div class={`${props.class} md`} dangerouslySetInnerHTML={{ __html: renderMarkdown(props.text) }} />;
}


/** Sentence id → display text. */
function sentenceTexts(c: Comparison): Map<string, string> {
  return new Map([...sentenceIndex(c)].map(([id, sentence]) => [id, sentence.text]));
}

const outletOf = (c: Comparison, articleId: string) => c.articles.find((a) => a.id === articleId)?.outlet ?? articleId;
const outletOfSentence = (c: Comparison, sentenceId: string) => outletOf(c, articleIdOf(sentenceId));

/** One edit in words: who is shown next to it, this says what. */
export function describeEdit(c: Comparison, edit: Edit, texts = sentenceTexts(c)): string {
  const a = edit.action;
  switch (a.kind) {
    case 'move-sentence':
      return `moved “${clip(texts.get(a.sentenceId) ?? a.sentenceId)}” (${outletOfSentence(c, a.sentenceId)}) ${a.toUnitId ? `to unit ${a.toUnitId}` : 'into a unit of its own'}`;
    case 'merge-units':
      return `merged unit ${a.otherUnitId} into unit ${a.unitId}`;
    case 'split-unit':
      return `split ${a.articleIds.map((id) => outletOf(c, id)).join(', ')} out of unit ${a.unitId}`;
    case 'set-status':
      return `set unit ${a.unitId} to “${statusLabel[a.status].label}”`;
    case 'add-cue':
      return `added a ${a.cue.kind} cue “${clip(a.cue.text)}” for ${outletOf(c, a.cue.articleId)} to unit ${a.unitId}`;
    case 'remove-cue':
      return `removed the ${a.cue.kind} cue “${clip(a.cue.text)}” of ${outletOf(c, a.cue.articleId)} from unit ${a.unitId}`;
    case 'note': {
      const where = a.unitId ? `unit ${a.unitId}` : 'the comparison';
      return a.markdown.trim() ? `wrote a note on ${where}` : `removed the note on ${where}`;
    }
  }
}

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Attributes of every edit form: a plain POST, upgraded by htmx to a request answered with partials. */
function formProps(c: Comparison, path = 'edits') {
  const action = `/c/${c.id}/${path}`;
  return { method: 'post' as const, action, 'hx-post': action, class: 'curate-form' };
}

function Hidden(props: { name: string; value: string }) {
  return <input type="hidden" name={props.name} value={props.value} />;
}

/** One button that moves a sentence into a unit (the "Closest elsewhere" list offers it to editors). */
export function MoveHereForm(props: { c: Comparison; sentenceId: string; unitId: string }) {
  return (
    <form {...formProps(props.c)}>
      <Hidden name="kind" value="move-sentence" />
      <Hidden name="sentenceId" value={props.sentenceId} />
      <Hidden name="toUnitId" value={props.unitId} />
      <button type="submit">Align it here</button>
    </form>
  );
}

/** Ids of the units as a datalist, so "which unit?" fields offer them without a select per unit. */
export function UnitsDatalist(props: { c: Comparison }) {
  const texts = sentenceTexts(props.c);
  return (
    <datalist id="curate-units">
      {props.c.units.map((u) => {
        const first = Object.values(u.sentences)[0]?.[0];
        return <option value={u.id}>{`${u.id}: ${clip(first ? (texts.get(first) ?? '') : '', 50)}`}</option>;
      })}
    </datalist>
  );
}

/**
 * The mark and the note of one unit, in its row's first cell; for editors also a closed "Edit" panel
 * whose forms load when it is opened (htmx), so an editor's page of a long comparison stays small.
 * Without JavaScript the panel links to the unit's own edit page.
 */
export function UnitCuration(props: { c: Comparison; u: Unit; next?: Unit | undefined; editor?: Editor | undefined }) {
  const { c, u, next, editor } = props;
  const open = editor?.openUnit === u.id;
  const panel = `/c/${c.id}/units/${encodeURIComponent(u.id)}`;
  return (
    <>
      {u.edited ? (
        <p class="edited-mark">
          <span aria-hidden="true">✎</span> edited by hand
        </p>
      ) : null}
      {u.note ? (
        <div class="unit-note">
          <p class="note-label">Note</p>
          <Markdown text={u.note} class="note-body" />
        </div>
      ) : null}
      {editor ? (
        open ? (
          <details class="curate-unit" open>
            <summary>Edit {u.id}</summary>
            <div class="curate-panel">
              <UnitEditPanel c={c} u={u} next={next} />
            </div>
          </details>
        ) : (
          <details class="curate-unit" hx-get={panel} hx-trigger="toggle once" hx-target="find .curate-panel" hx-swap="innerHTML">
            <summary>Edit {u.id}</summary>
            <div class="curate-panel">
              <a href={panel}>Open the edit forms of {u.id}</a>
            </div>
          </details>
        )
      ) : null}
    </>
  );
}

/** The edit forms of one unit (editors only). `next` is the unit after it in the current reading order. */
export function UnitEditPanel(props: { c: Comparison; u: Unit; next?: Unit | undefined }) {
  const { c, u, next } = props;
  const texts = sentenceTexts(c);
  const present = c.articles.filter((a) => (u.sentences[a.id] ?? []).length > 0);
  return (
        <>
          <form {...formProps(c)}>
            <Hidden name="kind" value="move-sentence" />
            <label>
              Sentence{' '}
              <select name="sentenceId">
                {present.flatMap((a) => (u.sentences[a.id] ?? []).map((sid) => <option value={sid}>{`${a.outlet}: ${clip(texts.get(sid) ?? sid, 50)}`}</option>))}
              </select>
            </label>{' '}
            <label>
              to unit <input name="toUnitId" list="curate-units" size={8} placeholder="own unit" />
            </label>{' '}
            <button type="submit">Move</button>
          </form>
          {next ? (
            <form {...formProps(c)}>
              <Hidden name="kind" value="merge-units" />
              <Hidden name="unitId" value={u.id} />
              <Hidden name="otherUnitId" value={next.id} />
              <button type="submit">Merge with next unit ({next.id})</button>
            </form>
          ) : null}
          <form {...formProps(c)}>
            <Hidden name="kind" value="merge-units" />
            <Hidden name="unitId" value={u.id} />
            <label>
              Merge unit <input name="otherUnitId" list="curate-units" size={8} required /> into this one
            </label>{' '}
            <button type="submit">Merge</button>
          </form>
          {present.length > 1 ? (
            <form {...formProps(c)}>
              <Hidden name="kind" value="split-unit" />
              <Hidden name="unitId" value={u.id} />
              <fieldset>
                <legend>Split off the sentences of</legend>
                {present.map((a) => (
                  <label>
                    <input type="checkbox" name="articleId" value={a.id} /> {a.outlet}
                  </label>
                ))}
              </fieldset>
              <button type="submit">Split</button>
            </form>
          ) : null}
          <form {...formProps(c)}>
            <Hidden name="kind" value="set-status" />
            <Hidden name="unitId" value={u.id} />
            <label>
              Status{' '}
              <select name="status">
                {unitStatuses.map((s) => (
                  <option value={s} selected={s === u.status}>{statusLabel[s].label}</option>
                ))}
              </select>
            </label>{' '}
            <button type="submit">Set status</button>
          </form>
          <form {...formProps(c)}>
            <Hidden name="kind" value="add-cue" />
            <Hidden name="unitId" value={u.id} />
            <fieldset>
              <legend>Add a cue</legend>
              <label>
                Kind{' '}
                <select name="cueKind">
                  {cueKinds.map((k) => (
                    <option value={k}>{k}</option>
                  ))}
                </select>
              </label>{' '}
              <label>
                Outlet{' '}
                <select name="articleId">
                  {present.map((a) => (
                    <option value={a.id}>{a.outlet}</option>
                  ))}
                </select>
              </label>{' '}
              <label>
                Words <input name="text" required maxlength={500} />
              </label>{' '}
              <label>
                Explanation <input name="note" maxlength={500} />
              </label>
            </fieldset>
            <button type="submit">Add cue</button>
          </form>
          {u.cues.length > 0 ? (
            <ul class="curate-cues">
              {u.cues.map((x) => (
                <li>
                  <form {...formProps(c)}>
                    <Hidden name="kind" value="remove-cue" />
                    <Hidden name="unitId" value={u.id} />
                    <Hidden name="cueKind" value={x.kind} />
                    <Hidden name="articleId" value={x.articleId} />
                    <Hidden name="text" value={x.text} />
                    {x.kind} “{clip(x.text, 40)}” ({outletOf(c, x.articleId)}) <button type="submit">Remove cue</button>
                  </form>
                </li>
              ))}
            </ul>
          ) : null}
          <form {...formProps(c)}>
            <Hidden name="kind" value="note" />
            <Hidden name="unitId" value={u.id} />
            <label>
              Note (Markdown)
              <textarea name="markdown" rows={3} maxlength={20000}>{u.note ?? ''}</textarea>
            </label>
            <button type="submit">Save note</button>
          </form>
          {u.edited ? (
            <form {...formProps(c, `units/${encodeURIComponent(u.id)}/reset`)}>
              <button type="submit">Reset {u.id} to automatic</button>
            </form>
          ) : null}
        </>
  );
}

/** The comparison's note, edit links, history and stale edits; editors also get the controls. */
export function CurationPanel(props: { c: Comparison; editor?: Editor | undefined }) {
  const { c, editor } = props;
  const texts = sentenceTexts(c);
  const edits = c.edits ?? [];
  const stale = c.staleEdits ?? [];
  if (!editor && !c.note && edits.length === 0 && stale.length === 0) return <section id="curation" class="curation empty"></section>;
  const link = (token: string) => `/c/${c.id}/edit?token=${encodeURIComponent(token)}`;
  return (
    <section id="curation" class="curation" aria-labelledby="curation-h">
      <h2 id="curation-h">Curation</h2>
      {c.note ? <Markdown text={c.note} class="comparison-note" /> : null}
      {editor ? (
        <>
          <p id="curate-status" class="curate-status" role="status" aria-live="polite"></p>
          <p>
            You can edit this comparison (as “{editor.label}”). The permalink above is read-only; the edit link lets
            whoever has it edit.
          </p>
          {/* Links and tokens are needed once, to share or to leave: folded, so the first screen shows the comparison. */}
          <details class="editor-links" open={editor.newLink ? true : undefined}>
            <summary>Edit and delete links, sharing</summary>
            <p class="edit-link">
              <label>
                Edit link <input readonly id="edit-link" value={link(editor.token)} size={40} />
              </label>{' '}
              <button type="button" class="copy" data-copy="#edit-link">Copy</button>
            </p>
            <form method="post" action={`/c/${c.id}/stop-editing`} class="stop-editing">
              <button type="submit">Stop editing in this browser</button>{' '}
              <span class="hint">Forgets the tokens here; keep the edit link to come back.</span>
            </form>
            {editor.deleteToken ? (
              <p class="edit-link delete-link">
                <label>
                  Delete link (keep it private: it deletes this comparison for everyone){' '}
                  <input readonly id="delete-link" value={`/delete/${c.id}?token=${encodeURIComponent(editor.deleteToken)}`} size={40} />
                </label>{' '}
                <button type="button" class="copy" data-copy="#delete-link">Copy</button>
              </p>
            ) : null}
            {editor.newLink ? (
              <p class="edit-link new-link">
                <label>
                  Edit link for “{editor.newLink.label}” <input readonly id="new-edit-link" value={link(editor.newLink.token)} size={40} />
                </label>{' '}
                <button type="button" class="copy" data-copy="#new-edit-link">Copy</button>
              </p>
            ) : null}
            <form {...formProps(c, 'edit-links')}>
              <label>
                New edit link for <input name="label" required maxlength={80} placeholder="name or group" />
              </label>{' '}
              <button type="submit">Create edit link</button>
            </form>
          </details>
          <form {...formProps(c)}>
            <Hidden name="kind" value="note" />
            <Hidden name="unitId" value="" />
            <label>
              Note on the comparison (Markdown)
              <textarea name="markdown" rows={3} maxlength={20000}>{c.note ?? ''}</textarea>
            </label>
            <button type="submit">Save note</button>
          </form>
          <form {...formProps(c, 'rerun')}>
            <button type="submit">Re-run the analysis</button> <small>keeps the hand edits that still apply</small>
          </form>
        </>
      ) : null}
      {edits.length > 0 ? (
        <>
          <h3>Edits by hand</h3>
          <ol class="edit-history">
            {edits.map((e) => (
              <li id={`edit-${e.id}`}>
                <span class="who">{e.by}</span>, <time datetime={e.at}>{when(e.at)}</time>: {describeEdit(c, e, texts)}
                {editor ? (
                  <form {...formProps(c, `edits/${e.id}/undo`)} class="curate-form inline">
                    <button type="submit">Undo</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {stale.length > 0 ? (
        <>
          <h3>Edits that no longer apply</h3>
          <ul class="stale-edits">
            {stale.map((s) => (
              <li>
                <span class="who">{s.edit.by}</span>, <time datetime={s.edit.at}>{when(s.edit.at)}</time>: {describeEdit(c, s.edit, texts)}{' '}
                <strong>— {s.reason}</strong>
                {editor ? (
                  <form {...formProps(c, `edits/${s.edit.id}/undo`)} class="curate-form inline">
                    <button type="submit">Discard</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
