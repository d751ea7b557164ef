// Curation routes: hand edits on a saved comparison. Only holders of an edit token may edit: the
// creator gets it as an HttpOnly cookie scoped to /c/<id>, anyone else through an edit link
// (/c/<id>/edit?token=…, which sets the same cookie and redirects to the token-free address), and
// API clients send it in `x-edit-token`. Every other request is read-only and every edit route
// answers 403 to it before looking at its input. Routes parse, call the core (curate) and the store,
// and render; the analysis itself runs only on a re-run, through the same runner as a new comparison.
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { curate } from '../core/curate/curate.js';
import { cueKinds, unitStatuses, type ArticleInput, type Comparison, type CueKind, type EditAction, type UnitStatus } from '../core/model.js';
import { sentenceIndex, textOf } from '../core/present/sentences.js';
import type { Store } from '../store/store.js';
import { AlignedView, ComparisonPage, Overview, type AlignedOptions } from '../../views/comparison.js';
import { CurationPanel, UnitEditPanel, UnitsDatalist, type Editor } from '../../views/curate.js';
import { ErrorPage } from '../../views/errors.js';
import { Layout } from '../../views/layout.js';
import { runCompare } from './compare-runner.js';

export const editCookie = 'storydiff_edit';
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const noStore = { 'cache-control': 'no-store, private' };

/** The comparison as curated: the stored automatic result with the stored hand edits replayed. */
export function loadCurated(store: Store, id: string): Comparison | null {
  const automatic = store.get(id);
  if (!automatic) return null;
  const edits = store.edits(id);
  return edits.length > 0 ? curate(automatic, edits) : { ...automatic, edits: [], staleEdits: [] };
}

function tokenOf(c: Context): string {
  return c.req.header('x-edit-token') ?? getCookie(c, editCookie) ?? '';
}

/** True when a request carries any edit credential: such pages are rendered fresh, never cached. */
export function hasEditCredential(c: Context): boolean {
  return tokenOf(c) !== '';
}

/** The editor behind this request, or null for a read-only viewer. */
export function editorOf(c: Context, store: Store, id: string): Editor | null {
  const token = tokenOf(c);
  const label = token ? store.editorLabel(id, token) : null;
  if (!label) return null;
  const deleteToken = getCookie(c, deleteTokenCookie);
  return deleteToken ? { label, token, deleteToken } : { label, token };
}

/** Holds the creator's delete token, so the page can show the creator the delete link. */
export const deleteTokenCookie = 'storydiff_delete';

// Lax, not Strict: an edit link opened from a mail or chat is a cross-site navigation, and a Strict
// cookie set on its redirect is not sent with the page it redirects to, which then showed read-only.
// Lax is still never sent with a cross-site POST, and the cross-site form guard refuses those anyway.
function setTokenCookie(c: Context, name: string, id: string, token: string): void {
  setCookie(c, name, token, {
    path: `/c/${id}`,
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: 60 * 60 * 24 * 365,
  });
}

export function setEditCookie(c: Context, id: string, token: string): void {
  setTokenCookie(c, editCookie, id, token);
}

/** The creator of a comparison gets both tokens: editing, and the delete link shown on the page. */
export function setCreatorCookies(c: Context, id: string, tokens: { editToken: string; deleteToken: string }): void {
  setTokenCookie(c, editCookie, id, tokens.editToken);
  setTokenCookie(c, deleteTokenCookie, id, tokens.deleteToken);
}

const limits = { note: 20_000, cueText: 500, label: 80 };

/** An EditAction from loose input (form fields or JSON), or the reason it is not one. */
export function parseAction(input: unknown): EditAction | string {
  if (typeof input !== 'object' || input === null) return 'An edit must be an object with a "kind".';
  const x = input as Record<string, unknown>;
  const str = (k: string): string | null => (typeof x[k] === 'string' ? (x[k] as string) : null);
  const id = (k: string): string | null => {
    const v = str(k)?.trim();
    return v && v.length <= 200 ? v : null;
  };
  switch (x['kind']) {
    case 'move-sentence': {
      const sentenceId = id('sentenceId');
      if (!sentenceId) return 'Choose a sentence to move.';
      const to = x['toUnitId'] === null ? '' : (str('toUnitId') ?? '').trim();
      return { kind: 'move-sentence', sentenceId, toUnitId: to === '' ? null : to };
    }
    case 'merge-units': {
      const unitId = id('unitId');
      const otherUnitId = id('otherUnitId');
      if (!unitId || !otherUnitId) return 'Name the two units to merge.';
      return { kind: 'merge-units', unitId, otherUnitId };
    }
    case 'split-unit': {
      const unitId = id('unitId');
      const raw = x['articleIds'];
      const articleIds = (Array.isArray(raw) ? raw : []).filter((v): v is string => typeof v === 'string' && v.length <= 200);
      if (!unitId) return 'Name the unit to split.';
      if (articleIds.length === 0) return 'Choose at least one outlet to split off.';
      return { kind: 'split-unit', unitId, articleIds };
    }
    case 'set-status': {
      const unitId = id('unitId');
      const status = str('status') as UnitStatus | null;
      if (!unitId) return 'Name the unit.';
      if (!status || !unitStatuses.includes(status)) return `The status must be one of ${unitStatuses.join(', ')}.`;
      return { kind: 'set-status', unitId, status };
    }
    case 'add-cue':
    case 'remove-cue': {
      const unitId = id('unitId');
      const cue = (typeof x['cue'] === 'object' && x['cue'] !== null ? x['cue'] : {}) as Record<string, unknown>;
      const kind = cue['kind'] as CueKind;
      const articleId = typeof cue['articleId'] === 'string' ? cue['articleId'] : '';
      const text = typeof cue['text'] === 'string' ? cue['text'].trim() : '';
      const note = typeof cue['note'] === 'string' ? cue['note'].trim() : '';
      if (!unitId) return 'Name the unit.';
      if (!cueKinds.includes(kind)) return `The cue kind must be one of ${cueKinds.join(', ')}.`;
      if (!articleId) return 'Choose the outlet the cue belongs to.';
      if (!text) return 'Give the words that carry the cue.';
      if (text.length > limits.cueText || note.length > limits.cueText) return `Cue words and explanation are limited to ${limits.cueText} characters.`;
      return x['kind'] === 'add-cue'
        ? { kind: 'add-cue', unitId, cue: { kind, articleId, text, note: note || `Marked by hand as ${kind}.` } }
        : { kind: 'remove-cue', unitId, cue: { kind, articleId, text } };
    }
    case 'note': {
      const markdown = str('markdown');
      if (markdown === null) return 'A note needs its text ("markdown"); empty text removes the note.';
      if (markdown.length > limits.note) return `A note is limited to ${limits.note.toLocaleString('en')} characters.`;
      const unitId = x['unitId'] === null ? null : (id('unitId') ?? null);
      return { kind: 'note', unitId, markdown };
    }
    default:
      return 'Unknown edit kind.';
  }
}

/** Form fields to the loose object parseAction reads (cue fields are flat in the forms). */
function fromForm(form: FormData): Record<string, unknown> {
  const f = (k: string) => (form.get(k) === null ? undefined : String(form.get(k)));
  return {
    kind: f('kind'),
    sentenceId: f('sentenceId'),
    toUnitId: f('toUnitId') ?? '',
    unitId: f('unitId') ?? '',
    otherUnitId: f('otherUnitId'),
    articleIds: form.getAll('articleId').map(String),
    status: f('status'),
    markdown: f('markdown'),
    cue: { kind: f('cueKind'), articleId: f('articleId'), text: f('text'), note: f('note') ?? '' },
  };
}

/** Where a no-JS editor lands after an edit: the unit it changed, or the curation panel. */
function anchorOf(action: EditAction): string {
  if (action.kind === 'move-sentence') return action.toUnitId ?? 'curation';
  return action.unitId ?? 'curation';
}

/** Re-run input: each stored article as it was read. HTML bodies are already extracted text. */
function inputsOf(c: Comparison): ArticleInput[] {
  return c.articles.map((a) => ({
    id: a.id,
    text: a.body,
    format: a.format === 'html' ? 'text' : a.format,
    outlet: a.outlet,
    ...(a.title ? { title: a.title } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.date ? { date: a.date } : {}),
  }));
}

export interface CurateRouteOptions {
  store: Store;
  /** Drops cached pages of a comparison after it changed. */
  invalidate(id: string): void;
  /** The aligned view's options (reading order, filters) for a comparison and a query. */
  alignedOptions(c: Comparison, q: (k: string) => string | undefined): AlignedOptions;
}

export function mountCurateRoutes(app: Hono, { store, invalidate, alignedOptions }: CurateRouteOptions): void {
  const isHx = (c: Context) => c.req.header('hx-request') === 'true';

  const refuse = (c: Context, status: 400 | 403 | 404 | 422, message: string): Response => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: message }, status);
    // Plain strings, not JSX: c.html() of JSX may answer a promise, and a refusal has nothing to await.
    if (isHx(c)) return c.html(`<hx-partial hx-target="#curate-status" hx-swap="innerHTML">${escapeHtml(message)}</hx-partial>`, status, noStore);
    return c.html((<ErrorPage title={status === 403 ? 'Read-only' : 'Cannot do that'} message={message} />).toString(), status, noStore);
  };
  const readOnly = 'This address is read-only: editing needs the edit link (or its cookie, or the x-edit-token header). Nothing was changed.';

  /** The editor for the comparison in the path, or a refusal: 404 for no comparison, 403 for no token. */
  const guard = (c: Context): { id: string; editor: Editor } | Response => {
    const id = c.req.param('id') ?? '';
    if (!store.get(id)) return refuse(c, 404, 'There is no comparison at this address.');
    const editor = editorOf(c, store, id);
    if (!editor) return refuse(c, 403, readOnly);
    return { id, editor };
  };

  /** After a change: the updated fragments for htmx, a 303 back to the page otherwise. */
  const changed = (c: Context, id: string, editor: Editor, anchor: string) => {
    invalidate(id);
    if (!isHx(c)) return c.redirect(`/c/${id}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`, 303);
    return c.html(<Fragments c={c} id={id} editor={{ ...editor, openUnit: anchor }} />, 200, noStore);
  };

  /** The reading order and filters of the page an htmx request came from. */
  const pageQuery = (c: Context): ((k: string) => string | undefined) => {
    let params = new URLSearchParams();
    try {
      params = new URL(c.req.header('hx-current-url') ?? '').searchParams;
    } catch {
      // no current URL: default reading order and no filters
    }
    return (k) => params.get(k) ?? undefined;
  };

  function Fragments(props: { c: Context; id: string; editor: Editor }) {
    const curated = loadCurated(store, props.id)!;
    const o = { ...alignedOptions(curated, pageQuery(props.c)), editor: props.editor };
    return (
      <>
        <hx-partial hx-target="#curation" hx-swap="outerHTML">
          <CurationPanel c={curated} editor={props.editor} />
        </hx-partial>
        <hx-partial hx-target="#overview" hx-swap="outerHTML">
          <Overview c={curated} />
        </hx-partial>
        <hx-partial hx-target="#aligned" hx-swap="outerHTML">
          <AlignedView c={curated} o={o} />
        </hx-partial>
      </>
    );
  }

  /** Checks an edit against the current curated state, stores it, or says why it cannot apply. */
  const addEdit = (id: string, editor: Editor, action: EditAction): string | null => {
    const automatic = store.get(id)!;
    const edits = store.edits(id);
    const probe = curate(automatic, [...edits, { id: 'probe', at: '', by: editor.label, action }]);
    const stale = probe.staleEdits?.find((s) => s.edit.id === 'probe');
    if (stale) return `This edit cannot apply: ${stale.reason}.`;
    store.addEdit(id, { by: editor.label, action });
    return null;
  };

  // The edit link: checks the token, keeps it in a cookie, and sends the browser to the token-free page.
  app.get('/c/:id/edit', (c) => {
    const id = c.req.param('id');
    if (!store.get(id)) return refuse(c, 404, 'There is no comparison at this address.');
    const token = c.req.query('token') ?? '';
    if (!store.editorLabel(id, token)) return refuse(c, 403, 'This edit link is not valid for this comparison; the permalink stays read-only.');
    setEditCookie(c, id, token);
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    return c.redirect(`/c/${id}`, 303);
  });

  // Stop editing in this browser: the token cookies go, the page turns read-only (the links still work).
  app.post('/c/:id/stop-editing', (c) => {
    const id = c.req.param('id');
    for (const name of [editCookie, deleteTokenCookie]) deleteCookie(c, name, { path: `/c/${id}` });
    c.header('cache-control', 'no-store');
    return c.redirect(`/c/${id}`, 303);
  });

  // One unit's edit forms: loaded into its panel when an editor opens it, or a page of its own without JS.
  app.get('/c/:id/units/:unitId', (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    const curated = loadCurated(store, g.id)!;
    const unitId = c.req.param('unitId');
    const order = alignedOptions(curated, isHx(c) ? pageQuery(c) : () => undefined).units;
    const at = order.findIndex((u) => u.id === unitId);
    const unit = curated.units.find((u) => u.id === unitId);
    if (!unit) return refuse(c, 404, `There is no unit ${unitId} in this comparison (any more).`);
    const next = at >= 0 ? order[at + 1] : undefined;
    if (isHx(c)) return c.html(<UnitEditPanel c={curated} u={unit} next={next} />, 200, noStore);
    const sentences = sentenceIndex(curated);
    return c.html(
      <Layout title={`Edit ${unitId}`}>
        <p>
          <a href={`/c/${g.id}#${unitId}`}>Back to the comparison</a>
        </p>
        <h1>Edit unit {unitId}</h1>
        <ul>
          {curated.articles
            .filter((a) => (unit.sentences[a.id] ?? []).length > 0)
            .map((a) => (
              <li>
                <strong>{a.outlet}</strong>: {textOf(sentences, unit.sentences[a.id] ?? [])}
              </li>
            ))}
        </ul>
        <div class="curate-unit">
          <UnitEditPanel c={curated} u={unit} next={next} />
        </div>
        <UnitsDatalist c={curated} />
      </Layout>,
      200,
      noStore,
    );
  });

  app.post('/c/:id/edits', async (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    const action = parseAction(fromForm(await c.req.formData()));
    if (typeof action === 'string') return refuse(c, 400, action);
    const problem = addEdit(g.id, g.editor, action);
    if (problem) return refuse(c, 422, problem);
    return changed(c, g.id, g.editor, anchorOf(action));
  });

  app.post('/c/:id/edits/:editId/undo', (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    if (!store.removeEdit(g.id, c.req.param('editId'))) return refuse(c, 404, 'There is no such edit; it may have been undone already.');
    return changed(c, g.id, g.editor, 'curation');
  });

  app.post('/c/:id/units/:unitId/reset', (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    const unitId = c.req.param('unitId');
    store.removeUnitEdits(g.id, unitId);
    // A unit created by hand is gone after its reset; land on the curation panel then.
    return changed(c, g.id, g.editor, loadCurated(store, g.id)!.units.some((u) => u.id === unitId) ? unitId : 'curation');
  });

  app.post('/c/:id/edit-links', async (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    const label = String((await c.req.formData()).get('label') ?? '').trim().slice(0, limits.label);
    if (!label) return refuse(c, 400, 'Give the new edit link a label (a name or a group), so its edits can be told apart.');
    const token = store.addEditToken(g.id, label)!;
    // The new link is shown once, in this response: the store keeps only its hash.
    const editor: Editor = { ...g.editor, newLink: { label, token } };
    if (isHx(c)) return c.html(<Fragments c={c} id={g.id} editor={editor} />, 201, noStore);
    const curated = loadCurated(store, g.id)!;
    return c.html(<ComparisonPage c={curated} o={{ ...alignedOptions(curated, () => undefined), editor }} />, 201, noStore);
  });

  app.post('/c/:id/rerun', async (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    const automatic = store.get(g.id)!;
    const rerun = await runCompare(inputsOf(automatic));
    store.replaceAutomatic(g.id, rerun);
    return changed(c, g.id, g.editor, 'curation');
  });

  // JSON API: one EditAction per request; the answer is the curated comparison with its edits.
  app.post('/api/comparisons/:id/edits', async (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return refuse(c, 400, 'The body must be one EditAction as JSON.');
    }
    const action = parseAction(body);
    if (typeof action === 'string') return refuse(c, 400, action);
    const problem = addEdit(g.id, g.editor, action);
    if (problem) return refuse(c, 422, problem);
    invalidate(g.id);
    return c.json(loadCurated(store, g.id), 201);
  });

  app.delete('/api/comparisons/:id/edits/:editId', (c) => {
    const g = guard(c);
    if (g instanceof Response) return g;
    if (!store.removeEdit(g.id, c.req.param('editId'))) return refuse(c, 404, 'There is no such edit.');
    invalidate(g.id);
    return c.json(loadCurated(store, g.id), 200);
  });
}
