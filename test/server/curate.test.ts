// Curation over HTTP: every edit through the routes, the read-only permalink, forged requests,
// sanitised notes, undo, reset, and stale edits after the analysis changed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Comparison, Unit } from '../../src/core/model.js';
import { createApp } from '../../src/server/app.js';
import { classroomSlides } from '../../src/core/present/classroom.js';
import { editCookie } from '../../src/server/curate-routes.js';
import { openStore } from '../../src/store/store.js';

const dir = 'fixtures/events/harwick-derailment-en/';
const articles = ['allied-press.txt', 'harwick-courier.txt', 'meridian-news.txt'].map((f) => ({
  outlet: f.replace('.txt', ''),
  text: readFileSync(dir + f, 'utf8'),
}));

async function created() {
  const store = openStore(':memory:');
  const app = createApp({ store });
  const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
  const { id, editToken, deleteToken } = (await res.json()) as { id: string; editToken: string; deleteToken: string };
  return { app, store, id, editToken, deleteToken };
}

type App = Awaited<ReturnType<typeof created>>['app'];

const cookie = (token: string) => ({ cookie: `${editCookie}=${token}` });

function post(fields: Record<string, string | string[]>, headers: Record<string, string> = {}): RequestInit {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } };
}

async function curated(app: App, id: string): Promise<Comparison> {
  return (await (await app.request(`/c/${id}/export.json`)).json()) as Comparison;
}

const shared = (c: Comparison) => c.units.filter((u) => Object.keys(u.sentences).length >= 2);
const unitOf = (c: Comparison, sentenceId: string) => c.units.find((u) => Object.values(u.sentences).some((ids) => ids.includes(sentenceId)))!;

function everySentenceOnce(c: Comparison) {
  const all = c.articles.flatMap((a) => a.sections.flatMap((s) => s.sentences.map((x) => x.id)));
  expect(c.units.flatMap((u) => Object.values(u.sentences).flat()).sort()).toEqual(all.sort());
}

/** Posts one edit as the editor (303 back to the page) and returns the curated result. */
async function edit(app: App, id: string, token: string, fields: Record<string, string | string[]>) {
  const res = await app.request(`/c/${id}/edits`, post(fields, cookie(token)));
  expect(res.status, await res.clone().text()).toBe(303);
  expect(res.headers.get('location')).toMatch(new RegExp(`^/c/${id}(#|$)`));
  const c = await curated(app, id);
  everySentenceOnce(c);
  return c;
}

describe('edit tokens', () => {
  it('gives the creator an HttpOnly, SameSite=Lax cookie scoped to the comparison', async () => {
    const store = openStore(':memory:');
    const app = createApp({ store });
    const form = new URLSearchParams();
    for (const a of articles) {
      form.append('outlet', a.outlet);
      form.append('title', '');
      form.append('text', a.text);
    }
    const res = await app.request('/compare', { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(303);
    const id = res.headers.get('location')!.slice(3);
    const setCookie = res.headers.getSetCookie().find((x) => x.startsWith(`${editCookie}=`))!;
    expect(setCookie).toMatch(new RegExp(`^${editCookie}=[A-Za-z0-9_-]{22};`));
    expect(setCookie).toContain(`Path=/c/${id}`);
    expect(setCookie).toContain('HttpOnly');
    // Lax so an edit link opened from a mail still lands on an editable page; cross-site POSTs carry no Lax cookie.
    expect(setCookie).toContain('SameSite=Lax');
    const token = setCookie.split(';')[0]!.split('=')[1]!;
    expect(store.editorLabel(id, token)).toBe('creator');

    const editorPage = await app.request(`/c/${id}`, { headers: cookie(token) });
    const html = await editorPage.text();
    expect(editorPage.headers.get('cache-control')).toContain('no-store');
    expect(html).toContain('class="curate-unit"');
    expect(html).toContain(`/c/${id}/edit?token=${token}`);
    // a unit's edit forms load on demand (htmx) or as a page of their own (no JS)
    const unitId = store.get(id)!.units[0]!.id;
    const panel = await app.request(`/c/${id}/units/${unitId}`, { headers: { ...cookie(token), 'hx-request': 'true' } });
    expect(panel.status).toBe(200);
    const forms = await panel.text();
    expect(forms).not.toContain('<html');
    for (const kind of ['move-sentence', 'merge-units', 'set-status', 'add-cue', 'note']) expect(forms).toContain(`name="kind" value="${kind}"`);
    const unitPage = await (await app.request(`/c/${id}/units/${unitId}`, { headers: cookie(token) })).text();
    expect(unitPage).toContain('<html');
    expect(unitPage).toContain('<datalist id="curate-units">');
    expect((await app.request(`/c/${id}/units/${unitId}`)).status).toBe(403);
    expect((await app.request(`/c/${id}/units/nope`, { headers: cookie(token) })).status).toBe(404);

    const readOnly = await (await app.request(`/c/${id}`)).text();
    expect(readOnly).not.toContain('curate-unit');
    expect(readOnly).not.toContain(token);
    expect(readOnly).not.toContain('/edit?token=');
  });

  it('the edit link sets the cookie and redirects to the token-free address; a wrong link is refused', async () => {
    const { app, id, editToken } = await created();
    const ok = await app.request(`/c/${id}/edit?token=${editToken}`);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/c/${id}`);
    expect(ok.headers.get('set-cookie')).toContain(`${editCookie}=${editToken}`);
    for (const bad of ['', 'guess', editToken.slice(1)]) {
      const refused = await app.request(`/c/${id}/edit?token=${bad}`);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    expect((await app.request(`/c/nope/edit?token=${editToken}`)).status).toBe(404);
  });

  it('a labelled edit link edits under its label', async () => {
    const { app, id, editToken, store } = await created();
    const res = await app.request(`/c/${id}/edit-links`, post({ label: 'Class 9b' }, cookie(editToken)));
    expect(res.status).toBe(201);
    const html = await res.text();
    const token = /\/edit\?token=([A-Za-z0-9_-]{22})/g;
    const links = [...html.matchAll(token)].map((m) => m[1]);
    const fresh = links.find((t) => t !== editToken)!;
    expect(store.editorLabel(id, fresh!)).toBe('Class 9b');
    expect(html).toContain('Edit link for “Class 9b”');
    await edit(app, id, fresh!, { kind: 'note', unitId: '', markdown: 'from the class' });
    const c = await curated(app, id);
    expect(c.edits!.at(-1)!.by).toBe('Class 9b');
    expect(await (await app.request(`/c/${id}`)).text()).toContain('Class 9b');
  });
});

describe('every edit through the routes', () => {
  it('moves, merges, splits, sets status, adds and removes cues, and writes notes', async () => {
    const { app, id, editToken } = await created();
    const auto = await curated(app, id);
    const [first, second] = shared(auto);
    expect(first && second).toBeTruthy();

    // move a sentence into another unit
    const sentence = first!.sentences[Object.keys(first!.sentences)[0]!]![0]!;
    let c = await edit(app, id, editToken, { kind: 'move-sentence', sentenceId: sentence, toUnitId: second!.id });
    expect(unitOf(c, sentence).id).toBe(second!.id);
    expect(unitOf(c, sentence).edited).toBe(true);
    // and out into a unit of its own
    c = await edit(app, id, editToken, { kind: 'move-sentence', sentenceId: sentence, toUnitId: '' });
    const own = unitOf(c, sentence);
    expect(own.id).toMatch(/^u-[0-9a-f]{12}$/);
    expect(Object.values(own.sentences).flat()).toEqual([sentence]);
    expect(own.status).toBe('exclusive');

    // merge that unit into the first one again
    c = await edit(app, id, editToken, { kind: 'merge-units', unitId: first!.id, otherUnitId: own.id });
    expect(unitOf(c, sentence).id).toBe(first!.id);
    expect(c.units.some((u) => u.id === own.id)).toBe(false);

    // split one outlet out of the second unit
    const splitArticle = Object.keys(second!.sentences).at(-1)!;
    c = await edit(app, id, editToken, { kind: 'split-unit', unitId: second!.id, articleId: splitArticle });
    const part = unitOf(c, second!.sentences[splitArticle]![0]!);
    expect(part.id).not.toBe(second!.id);
    expect(Object.keys(part.sentences)).toEqual([splitArticle]);
    expect(c.units.find((u) => u.id === second!.id)!.sentences[splitArticle]).toBeUndefined();

    // set a status by hand: counts follow
    const before = c.summary.counts.agreement;
    const target = c.units.find((u) => u.status !== 'agreement')!;
    c = await edit(app, id, editToken, { kind: 'set-status', unitId: target.id, status: 'agreement' });
    expect(c.units.find((u) => u.id === target.id)!.status).toBe('agreement');
    expect(c.summary.counts.agreement).toBe(before + 1);

    // add a cue, then remove it
    const cueUnit = c.units.find((u) => u.id === first!.id)!;
    const cueArticle = Object.keys(cueUnit.sentences)[0]!;
    c = await edit(app, id, editToken, { kind: 'add-cue', unitId: cueUnit.id, cueKind: 'label', articleId: cueArticle, text: 'hand-picked words', note: 'A loaded label.' });
    expect(c.units.find((u) => u.id === cueUnit.id)!.cues).toContainEqual({ kind: 'label', articleId: cueArticle, text: 'hand-picked words', note: 'A loaded label.' });
    const page = await (await app.request(`/c/${id}`)).text();
    expect(page).toContain('hand-picked words');
    c = await edit(app, id, editToken, { kind: 'remove-cue', unitId: cueUnit.id, cueKind: 'label', articleId: cueArticle, text: 'hand-picked words' });
    expect(c.units.find((u) => u.id === cueUnit.id)!.cues.some((x) => x.text === 'hand-picked words')).toBe(false);

    // notes on a unit and on the comparison
    c = await edit(app, id, editToken, { kind: 'note', unitId: target.id, markdown: 'Both say **the same**.' });
    c = await edit(app, id, editToken, { kind: 'note', unitId: '', markdown: 'Checked against the wire copy.' });
    expect(c.units.find((u) => u.id === target.id)!.note).toBe('Both say **the same**.');
    expect(c.note).toBe('Checked against the wire copy.');

    // every edit is in the export, with who and when; nothing is stale
    expect(c.edits!.map((e) => e.action.kind)).toEqual(['move-sentence', 'move-sentence', 'merge-units', 'split-unit', 'set-status', 'add-cue', 'remove-cue', 'note', 'note']);
    expect(c.edits!.every((e) => e.by === 'creator' && !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(c.staleEdits).toEqual([]);

    // the read-only page shows the marks, the notes and the history in words, without controls
    const view = await (await app.request(`/c/${id}`)).text();
    expect(view).toContain('edited by hand');
    expect(view).toContain('<strong>the same</strong>');
    expect(view).toContain('Checked against the wire copy.');
    expect(view).toContain(`set unit ${target.id} to “Agreement”`);
    expect(view).not.toContain('>Undo<');
    // exports use the curated result
    expect(await (await app.request(`/c/${id}/export.md`)).text()).not.toBe('');
    const csv = await (await app.request(`/c/${id}/export.csv`)).text();
    expect(csv).toContain(part.id);
  });

  it('answers htmx with partials for the curation panel, the overview and the aligned view', async () => {
    const { app, id, editToken } = await created();
    const auto = await curated(app, id);
    const u = auto.units.find((x) => x.status !== 'agreement')!;
    const res = await app.request(
      `/c/${id}/edits`,
      post({ kind: 'set-status', unitId: u.id, status: 'agreement' }, { ...cookie(editToken), 'hx-request': 'true', 'hx-current-url': `http://x/c/${id}?ref=a2&status=agreement` }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const target of ['#curation', '#overview', '#aligned']) expect(html).toContain(`<hx-partial hx-target="${target}" hx-swap="outerHTML">`);
    expect(html).toContain(`<tr id="${u.id}" class="agreement">`);
    expect(html).toContain('<option value="a2" selected="">'); // the reading order of the current URL is kept
    expect(html).toContain(`<strong>${auto.summary.counts.agreement + 1}</strong>`);
  });

  it('takes edits as JSON with x-edit-token, and refuses bad ones', async () => {
    const { app, id, editToken } = await created();
    const u = (await curated(app, id)).units[0]!;
    const json = (body: unknown, token?: string): RequestInit => ({
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(token ? { 'x-edit-token': token } : {}) },
    });
    const ok = await app.request(`/api/comparisons/${id}/edits`, json({ kind: 'set-status', unitId: u.id, status: 'omission' }, editToken));
    expect(ok.status).toBe(201);
    const c = (await ok.json()) as Comparison;
    expect(c.units.find((x) => x.id === u.id)!.status).toBe('omission');
    expect(c.edits).toHaveLength(1);
    expect((await app.request(`/api/comparisons/${id}/edits`, json({ kind: 'set-status', unitId: u.id, status: 'omission' }))).status).toBe(403);
    expect((await app.request(`/api/comparisons/${id}/edits`, json('{nope', editToken))).status).toBe(400);
    expect((await app.request(`/api/comparisons/${id}/edits`, json({ kind: 'set-status', unitId: u.id, status: 'great' }, editToken))).status).toBe(400);
    // A name every plain object has is no status (the check was once `status in {…}`).
    expect((await app.request(`/api/comparisons/${id}/edits`, json({ kind: 'set-status', unitId: u.id, status: 'constructor' }, editToken))).status).toBe(400);
    const stale = await app.request(`/api/comparisons/${id}/edits`, json({ kind: 'merge-units', unitId: u.id, otherUnitId: 'u999' }, editToken));
    expect(stale.status).toBe(422);
    expect(((await stale.json()) as { error: string }).error).toContain('u999 no longer exists');
    const undo = await app.request(`/api/comparisons/${id}/edits/${c.edits![0]!.id}`, { method: 'DELETE', headers: { 'x-edit-token': editToken } });
    expect(undo.status).toBe(200);
    expect(((await undo.json()) as Comparison).edits).toEqual([]);
    expect((await (await app.request(`/api/comparisons/${id}`)).json()) as Comparison).toMatchObject({ edits: [], staleEdits: [] });
  });
});

describe('the read-only permalink', () => {
  it('refuses every edit route with 403 without a token or with a forged one, and changes nothing', async () => {
    const { app, id, editToken, deleteToken, store } = await created();
    await edit(app, id, editToken, { kind: 'note', unitId: '', markdown: 'kept' });
    const editId = store.edits(id)[0]!.id;
    const u = (await curated(app, id)).units[0]!;
    const before = JSON.stringify(await curated(app, id));
    const automaticBefore = JSON.stringify(store.get(id));
    const routes: Array<[string, RequestInit['body'] | undefined]> = [
      [`/c/${id}/edits`, new URLSearchParams({ kind: 'set-status', unitId: u.id, status: 'omission' })],
      [`/c/${id}/edits`, new URLSearchParams({ kind: 'note', unitId: '', markdown: 'forged' })],
      [`/c/${id}/edits/${editId}/undo`, undefined],
      [`/c/${id}/units/${u.id}/reset`, undefined],
      [`/c/${id}/edit-links`, new URLSearchParams({ label: 'intruder' })],
      [`/c/${id}/rerun`, undefined],
    ];
    const forged: Array<Record<string, string>> = [{}, cookie('guess'), cookie(deleteToken), cookie(editToken.slice(0, -2) + 'xx'), { 'x-edit-token': 'guess' }];
    for (const headers of forged) {
      for (const [path, body] of routes) {
        const res = await app.request(path, { method: 'POST', ...(body ? { body } : {}), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(await res.text()).toContain('read-only');
      }
      const api = await app.request(`/api/comparisons/${id}/edits`, { method: 'POST', body: JSON.stringify({ kind: 'note', unitId: null, markdown: 'forged' }), headers: { 'content-type': 'application/json', ...headers } });
      expect(api.status).toBe(403);
      expect((await app.request(`/api/comparisons/${id}/edits/${editId}`, { method: 'DELETE', headers })).status).toBe(403);
    }
    expect(JSON.stringify(await curated(app, id))).toBe(before);
    expect(JSON.stringify(store.get(id))).toBe(automaticBefore);
    expect(store.edits(id).map((e) => e.id)).toEqual([editId]);
    // a token of another comparison does not open this one
    const other = await created();
    expect((await app.request(`/c/${id}/edits`, post({ kind: 'note', unitId: '', markdown: 'x' }, cookie(other.editToken)))).status).toBe(403);
  });

  it('a cross-site form post is refused even with the cookie', async () => {
    const { app, id, editToken } = await created();
    const res = await app.request(`/c/${id}/edits`, post({ kind: 'note', unitId: '', markdown: 'csrf' }, { ...cookie(editToken), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }));
    expect(res.status).toBe(403);
    expect((await curated(app, id)).note).toBeUndefined();
  });
});

describe('notes are sanitised', () => {
  it('renders Markdown without script, handlers or javascript: links, on the page and in the classroom', async () => {
    const { app, id, editToken } = await created();
    const auto = await curated(app, id);
    const ranked = auto.summary.ranking[0]!.unitId;
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) <a href="#" onclick="alert(4)">x</a>\n\n**bold** and [a link](https://example.org)';
    await edit(app, id, editToken, { kind: 'note', unitId: ranked, markdown: evil });
    await edit(app, id, editToken, { kind: 'note', unitId: '', markdown: evil });
    // The unit's slide: the headlines may rank among the units, ahead of it.
    const slide = classroomSlides(await curated(app, id)).findIndex((s) => s.unitId === ranked);
    expect(slide).toBeGreaterThanOrEqual(0);
    for (const path of [`/c/${id}`, `/c/${id}/classroom?i=${slide}`]) {
      for (const headers of [{}, cookie(editToken)]) {
        const html = await (await app.request(path, { headers })).text();
        expect(html).toContain('<strong>bold</strong>');
        // (the editor's textarea holds the note's source, escaped: only live markup counts)
        expect(html).not.toMatch(/<script>alert|<[^>]*\son(error|click)=|href="javascript:/i);
        expect(html).toContain('<a href="https://example.org"');
      }
    }
    const classroom = await (await app.request(`/c/${id}/classroom?i=${slide}`)).text();
    expect(classroom).toContain('class="teacher-note"');
    expect(classroom).toMatch(/Teacher(&#39;|')s note/);
  });
});

describe('undo, reset and re-run', () => {
  it('undoes one edit and resets a unit to automatic', async () => {
    const { app, id, editToken, store } = await created();
    const auto = await curated(app, id);
    const [first, second] = shared(auto) as [Unit, Unit];
    const sentence = Object.values(second.sentences)[0]![0]!;
    await edit(app, id, editToken, { kind: 'set-status', unitId: first.id, status: 'omission' });
    await edit(app, id, editToken, { kind: 'move-sentence', sentenceId: sentence, toUnitId: first.id });
    await edit(app, id, editToken, { kind: 'note', unitId: first.id, markdown: 'keep me' });
    const [statusEdit] = store.edits(id);

    const undo = await app.request(`/c/${id}/edits/${statusEdit!.id}/undo`, post({}, cookie(editToken)));
    expect(undo.status).toBe(303);
    let c = await curated(app, id);
    expect(c.units.find((u) => u.id === first.id)!.status).not.toBe('omission');
    expect(unitOf(c, sentence).id).toBe(first.id);
    expect((await app.request(`/c/${id}/edits/${statusEdit!.id}/undo`, post({}, cookie(editToken)))).status).toBe(404);

    const reset = await app.request(`/c/${id}/units/${first.id}/reset`, post({}, cookie(editToken)));
    expect(reset.status).toBe(303);
    c = await curated(app, id);
    expect(unitOf(c, sentence).id).toBe(second.id);
    const firstNow = c.units.find((u) => u.id === first.id)!;
    expect(firstNow.sentences).toEqual(first.sentences);
    expect(firstNow.edited).toBeUndefined();
    expect(firstNow.note).toBe('keep me'); // notes are annotations, not corrections: a reset keeps them
    expect(c.units.map((u) => u.id)).toEqual(auto.units.map((u) => u.id));
  });

  it('lists edits that no longer apply after the analysis changed, and a re-run brings them back', async () => {
    const { app, id, editToken, store } = await created();
    const auto = store.get(id)!;
    const dropped = auto.units.find((u) => Object.keys(u.sentences).length >= 2)!;
    await edit(app, id, editToken, { kind: 'set-status', unitId: dropped.id, status: 'omission' });
    await edit(app, id, editToken, { kind: 'note', unitId: dropped.id, markdown: 'about this unit' });

    // A re-run of an unchanged analysis keeps every edit applicable.
    const rerun = await app.request(`/c/${id}/rerun`, post({}, cookie(editToken)));
    expect(rerun.status).toBe(303);
    expect((await curated(app, id)).staleEdits).toEqual([]);
    expect(store.get(id)!.units).toEqual(auto.units);

    // A changed analysis (as a newer version might give) without that unit: both edits turn stale.
    store.replaceAutomatic(id, { ...auto, units: auto.units.filter((u) => u !== dropped && u.id !== dropped.id) });
    const html = await (await app.request(`/c/${id}`, { headers: cookie(editToken) })).text();
    expect(html).toContain('Edits that no longer apply');
    expect(html).toContain(`unit ${dropped.id} no longer exists`);
    // (the store was changed behind the app's back, so read past the page cache)
    const c = (await (await app.request(`/api/comparisons/${id}`)).json()) as Comparison;
    expect(c.staleEdits!.map((s) => s.edit.action.kind)).toEqual(['set-status', 'note']);
    expect(c.edits).toEqual([]);

    // Re-running restores the unit, so the kept edits apply again.
    expect((await app.request(`/c/${id}/rerun`, post({}, cookie(editToken)))).status).toBe(303);
    const again = await curated(app, id);
    expect(again.staleEdits).toEqual([]);
    expect(again.units.find((u) => u.id === dropped.id)!.status).toBe('omission');
  });

  it('re-runs an HTML article from its extracted text with the same sections and sentences', async () => {
    const store = openStore(':memory:');
    const app = createApp({ store });
    const body = JSON.stringify({ articles: [
      { text: readFileSync('fixtures/ingest/herald-strike.html', 'utf8'), format: 'html' },
      { text: readFileSync('fixtures/events/kessling-port-strike-en/coastal-wire.txt', 'utf8'), outlet: 'Coastal Wire' },
    ] });
    const res = await app.request('/api/comparisons', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const { id, editToken } = (await res.json()) as { id: string; editToken: string };
    const before = store.get(id)!;
    expect((await app.request(`/c/${id}/rerun`, post({}, cookie(editToken)))).status).toBe(303);
    const after = store.get(id)!;
    expect(after.articles.map((a) => a.sections)).toEqual(before.articles.map((a) => a.sections));
    expect(after.units).toEqual(before.units);
  });

  it('drops cached pages on every edit', async () => {
    const { app, id, editToken } = await created();
    const u = (await curated(app, id)).units[0]!;
    await app.request(`/c/${id}`); // cached now
    await edit(app, id, editToken, { kind: 'note', unitId: u.id, markdown: 'fresh note text' });
    expect(await (await app.request(`/c/${id}`)).text()).toContain('fresh note text');
  });
});
