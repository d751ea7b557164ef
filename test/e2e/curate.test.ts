// Curation in a real browser: every edit is made by clicking through the page (htmx, no reload),
// then the server is stopped, the file store reopened by a new app, and the page must show the same
// curated result. Screenshots go to test-results/.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/model.js';
import { createApp } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/store.js';
import { launchChromium, serveApp, type ServedApp } from '../support/browser.js';

const fixture = (f: string) => readFileSync(join('fixtures/events/harwick-derailment-en', f), 'utf8');
const dataDir = mkdtempSync(join(tmpdir(), 'storydiff-curate-e2e-'));

let store: Store;
let server: ServedApp;
let base: string;
let browser: Browser;
let page: Page;

async function start(): Promise<void> {
  store = openStore(dataDir);
  server = await serveApp(createApp({ store }));
  base = server.base;
}

async function stop(): Promise<void> {
  await server.close();
  store.close();
}

beforeAll(async () => {
  await start();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server.close();
  store.close();
});

/** The curated comparison as the app exports it (reading only; every change goes through clicks). */
async function exported(p: Page, id: string): Promise<Comparison> {
  return (await (await p.request.get(`${base}/c/${id}/export.json`, { headers: { 'cache-control': 'no-cache' } })).json()) as Comparison;
}

async function panel(p: Page, unitId: string) {
  const details = p.locator(`tr[id="${unitId}"] details.curate-unit`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await details.locator('form').first().waitFor(); // the forms load when the panel opens
  return details;
}

/** Clicks a submit button and waits for the htmx answer to be swapped in. */
async function submit(p: Page, button: ReturnType<Page['locator']>) {
  const answered = p.waitForResponse((r) => r.request().method() === 'POST' && r.url().startsWith(`${base}/c/`));
  await button.click();
  const res = await answered;
  expect(res.status(), await res.text()).toBeLessThan(300);
  await p.waitForFunction(() => !document.querySelector('.htmx-request'));
}

describe('curation in a browser', () => {
  let id = '';

  it('makes every edit through the page without a reload, and the result survives a server restart', async () => {
    await page.goto(`${base}/`);
    await page.locator('input[name="outlet"]').nth(0).fill('Allied Press');
    await page.locator('textarea[name="text"]').nth(0).fill(fixture('allied-press.txt'));
    await page.locator('input[name="outlet"]').nth(1).fill('Harwick Courier');
    await page.locator('textarea[name="text"]').nth(1).fill(fixture('harwick-courier.txt'));
    await page.click('button[type="submit"].primary');
    await page.waitForURL(/\/c\/[\w-]+$/);
    id = page.url().split('/c/')[1]!;
    // The creator holds the edit token in a cookie: the page shows the controls and the edit link.
    expect(await page.locator('details.curate-unit').count()).toBeGreaterThan(3);
    expect(await page.locator('#edit-link').inputValue()).toMatch(new RegExp(`^/c/${id}/edit\\?token=`));
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    const auto = await exported(page, id);
    const shared = auto.units.filter((u) => Object.keys(u.sentences).length === 2);
    expect(shared.length).toBeGreaterThanOrEqual(4);
    const [s1, s2, s3, s4] = shared as [typeof shared[0], typeof shared[0], typeof shared[0], typeof shared[0]];
    const text = (sid: string) => auto.articles.flatMap((a) => a.sections.flatMap((s) => s.sentences)).find((x) => x.id === sid)!.text;

    // set a status
    const newStatus = s1.status === 'agreement' ? 'omission' : 'agreement';
    let d = await panel(page, s1.id);
    await d.locator('select[name="status"]').selectOption(newStatus);
    await submit(page, d.locator('button:has-text("Set status")'));
    await expect.poll(() => page.locator(`tr[id="${s1.id}"]`).getAttribute('class')).toBe(newStatus);
    expect(await page.locator(`tr[id="${s1.id}"] .edited-mark`).textContent()).toContain('edited by hand');

    // add a cue, then remove it
    d = await panel(page, s1.id);
    await d.locator('select[name="cueKind"]').selectOption('label');
    await d.locator('input[name="text"]:not([type="hidden"])').fill('hand-marked words');
    await d.locator('input[name="note"]').fill('A label chosen by the reporter.');
    await submit(page, d.locator('button:has-text("Add cue")'));
    await expect.poll(() => page.locator(`tr[id="${s1.id}"] .cue:has-text("hand-marked words")`).count()).toBe(1);
    d = await panel(page, s1.id);
    await submit(page, d.locator('li:has-text("hand-marked words") button:has-text("Remove cue")'));
    await expect.poll(() => page.locator(`tr[id="${s1.id}"] .cue:has-text("hand-marked words")`).count()).toBe(0);

    // a note on the unit and one on the comparison
    d = await panel(page, s1.id);
    await d.locator('textarea[name="markdown"]').fill('Ask the class: **who** says so?');
    await submit(page, d.locator('button:has-text("Save note")'));
    await expect.poll(() => page.locator(`tr[id="${s1.id}"] .unit-note strong`).textContent()).toBe('who');
    await page.locator('#curation textarea[name="markdown"]').fill('Checked against the *wire* copy.');
    await submit(page, page.locator('#curation button:has-text("Save note")'));
    await expect.poll(() => page.locator('#curation .comparison-note em').textContent()).toBe('wire');

    // move a sentence into another unit, then out into a unit of its own, then merge it back
    const moving = s2.sentences['a2']![0]!;
    d = await panel(page, s2.id);
    await d.locator('select[name="sentenceId"]').selectOption(moving);
    await d.locator('input[name="toUnitId"]').fill(s3.id);
    await submit(page, d.locator('button:text-is("Move")'));
    await expect.poll(() => page.locator(`tr[id="${s3.id}"]`).textContent()).toContain(text(moving));
    d = await panel(page, s3.id);
    await d.locator('select[name="sentenceId"]').selectOption(moving);
    await submit(page, d.locator('button:text-is("Move")'));
    const own = page.locator('tr[id^="u-"]', { hasText: text(moving) });
    await expect.poll(() => own.count()).toBe(1);
    const ownId = (await own.getAttribute('id'))!;
    d = await panel(page, s2.id);
    await d.locator('input[name="otherUnitId"]:not([type="hidden"])').fill(ownId);
    await submit(page, d.locator('button:text-is("Merge")'));
    await expect.poll(() => page.locator(`tr[id="${ownId}"]`).count()).toBe(0);
    expect(await page.locator(`tr[id="${s2.id}"]`).textContent()).toContain(text(moving));

    // merge with the next unit in reading order
    const rows = await page.locator('table.aligned tbody tr[id]').evaluateAll((trs) => trs.map((t) => t.id));
    const keep = new Set([s1.id, s2.id, s4.id]);
    const at = rows.findIndex((r, k) => k + 1 < rows.length && !keep.has(r) && !keep.has(rows[k + 1]!));
    expect(at).toBeGreaterThanOrEqual(0);
    const mergeInto = rows[at]!;
    const nextId = rows[at + 1]!;
    d = await panel(page, mergeInto);
    await submit(page, d.locator('button:has-text("Merge with next unit")'));
    await expect.poll(() => page.locator(`tr[id="${nextId}"]`).count()).toBe(0);

    // split an outlet out of a unit, undo it, split again
    const splitOff = s4.sentences['a2']![0]!;
    d = await panel(page, s4.id);
    await d.locator('input[type="checkbox"][name="articleId"][value="a2"]').check();
    await submit(page, d.locator('button:text-is("Split")'));
    await expect.poll(() => page.locator('tr[id^="u-"]', { hasText: text(splitOff) }).count()).toBe(1);
    await submit(page, page.locator('.edit-history li').last().locator('button:has-text("Undo")'));
    await expect.poll(() => page.locator('tr[id^="u-"]', { hasText: text(splitOff) }).count()).toBe(0);
    d = await panel(page, s4.id);
    await d.locator('input[type="checkbox"][name="articleId"][value="a2"]').check();
    await submit(page, d.locator('button:text-is("Split")'));
    await expect.poll(() => page.locator('tr[id^="u-"]', { hasText: text(splitOff) }).count()).toBe(1);

    // reset a unit to automatic: its status comes back, the note stays
    d = await panel(page, s1.id);
    await submit(page, d.locator(`button:has-text("Reset ${s1.id} to automatic")`));
    await expect.poll(() => page.locator(`tr[id="${s1.id}"]`).getAttribute('class')).toBe(s1.status);
    expect(await page.locator(`tr[id="${s1.id}"] .edited-mark`).count()).toBe(0);
    expect(await page.locator(`tr[id="${s1.id}"] .unit-note`).count()).toBe(1);
    // and a status set by hand that stays
    d = await panel(page, s1.id);
    await d.locator('select[name="status"]').selectOption('omission');
    await submit(page, d.locator('button:has-text("Set status")'));
    await expect.poll(() => page.locator(`tr[id="${s1.id}"]`).getAttribute('class')).toBe('omission');

    // re-run the analysis: the edits still apply
    await submit(page, page.locator('button:has-text("Re-run the analysis")'));
    expect(await page.locator('.stale-edits').count()).toBe(0);

    // The summary followed the edits, and the page never reloaded.
    const counts = await exported(page, id);
    expect(await page.locator('#overview .counts').textContent()).toContain(String(counts.summary.counts.omission));
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await page.screenshot({ path: 'test-results/curate-editor.png', fullPage: true });

    const before = {
      rows: await page.locator('table.aligned tbody').innerText(),
      history: await page.locator('.edit-history').innerText(),
      note: await page.locator('#curation .comparison-note').innerText(),
    };
    // The reset dropped the status and cue edits of s1 (not its note); the second split replaced the undone one.
    expect(counts.edits!.map((e) => e.action.kind)).toEqual(['note', 'note', 'move-sentence', 'move-sentence', 'merge-units', 'merge-units', 'split-unit', 'set-status']);

    // Restart: a new app on the same data directory.
    await stop();
    await start();
    await page.goto(`${base}/c/${id}`);
    expect(await page.locator('table.aligned tbody').innerText()).toBe(before.rows);
    expect(await page.locator('.edit-history').innerText()).toBe(before.history);
    expect(await page.locator('#curation .comparison-note').innerText()).toBe(before.note);
    const after = await exported(page, id);
    expect(after.units).toEqual(counts.units);
    expect(after.summary).toEqual(counts.summary);
    expect(after.units.find((u) => u.id === s1.id)).toMatchObject({ status: 'omission', edited: true, note: 'Ask the class: **who** says so?' });
    expect(after.units.find((u) => u.id === s2.id)!.sentences['a2']).toContain(moving);
    expect(after.units.some((u) => u.id === nextId)).toBe(false);
    expect(after.units.find((u) => u.id.startsWith('u-'))!.sentences).toEqual({ a2: s4.sentences['a2'] });
    expect(after.note).toBe('Checked against the *wire* copy.');
    await page.screenshot({ path: 'test-results/curate-after-restart.png', fullPage: true });
  }, 180_000);

  it('shares a labelled edit link; the plain permalink stays read-only', async () => {
    expect(id).not.toBe('');
    await page.goto(`${base}/c/${id}`);
    // An edit that cannot apply is refused with the reason, shown in place; nothing is stored.
    const editsBefore = (await exported(page, id)).edits!.length;
    const firstRow = (await page.locator('table.aligned tbody tr[id]').first().getAttribute('id'))!;
    const d = await panel(page, firstRow);
    await d.locator('input[name="otherUnitId"]:not([type="hidden"])').fill('u999');
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await d.locator('button:text-is("Merge")').click();
    expect((await refused).status()).toBe(422);
    await expect.poll(() => page.locator('#curate-status').textContent()).toContain('unit u999 no longer exists');
    expect((await exported(page, id)).edits).toHaveLength(editsBefore);

    // The links are folded away until asked for.
    await page.locator('#curation details.editor-links summary').click();
    await page.locator('input[name="label"]').fill('Class 9b');
    await submit(page, page.locator('button:has-text("Create edit link")'));
    const link = await page.locator('#new-edit-link').inputValue();
    expect(link).toMatch(/\/edit\?token=/);

    const guest = await browser.newContext();
    const other = await guest.newPage();
    await other.goto(`${base}/c/${id}`);
    expect(await other.locator('details.curate-unit').count()).toBe(0);
    expect(await other.locator('.edited-mark').count()).toBeGreaterThan(0);
    expect(await other.locator('.unit-note strong').first().textContent()).toBe('who');
    await other.screenshot({ path: 'test-results/curate-readonly.png', fullPage: true });

    await other.goto(`${base}${link}`);
    await other.waitForURL(`${base}/c/${id}`);
    expect(await other.locator('#curation').textContent()).toContain('“Class 9b”');
    await other.locator('#curation textarea[name="markdown"]').fill('Seen by class 9b.');
    await submit(other, other.locator('#curation button:has-text("Save note")'));
    await expect.poll(() => other.locator('.edit-history li').last().textContent()).toContain('Class 9b');
    await guest.close();

    // the labelled edit is stored: it is still there after another restart
    await stop();
    await start();
    await page.goto(`${base}/c/${id}`);
    expect(await page.locator('.edit-history li').last().textContent()).toContain('Class 9b');
    expect(await page.locator('#curation .comparison-note').innerText()).toBe('Seen by class 9b.');
  }, 120_000);
});
