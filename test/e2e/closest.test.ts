// "Closest elsewhere" in a real chromium: opening the toggle of a unit one outlet leaves out loads
// that outlet's closest sentences into the row, without leaving the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveWithExamples, type ServedApp } from '../support/browser.js';

let server: ServedApp;
let browser: Browser;
let page: Page;
let examples: Array<{ id: string; title: string; name: string }> = [];

beforeAll(async () => {
  ({ server, examples } = await serveWithExamples());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('closest elsewhere', () => {
  it('loads the closest sentences of the outlets that leave a unit out into its row when opened', async () => {
    const example = examples.find((e) => e.name === 'budapest-summit-de')!;
    await page.goto(`${server.base}/c/${example.id}`);
    const url = page.url();
    const row = page.locator('tr.exclusive').filter({ has: page.locator('details.closest') }).first();
    const toggle = row.locator('details.closest');
    await toggle.locator('summary').click();
    const body = toggle.locator('.closest-body');
    await body.waitFor();
    const text = (await body.textContent()) ?? '';
    expect(text).toContain('Two sentences are aligned from a similarity of 0.14');
    expect(text).toMatch(/similarity 0\.\d\d|No sentence shares a content word/);
    // Each outlet the unit is missing from gets its own entry.
    const missing = await row.locator('p.not-reported').count();
    expect(await body.locator('p.closest-outlet').count()).toBe(missing);
    expect(page.url()).toBe(url);
    await page.screenshot({ path: 'test-results/closest-elsewhere.png' });
  });

  it('lets an editor align the closest sentence into the unit with one click, in place', async () => {
    const a =
      'Der Gipfel in Budapest wurde abgesagt.\n\nDer Zugverkehr in Ostbayern ruht wegen eines Streiks der Lokführer.\n\n' +
      'Die Außenminister wollen im Dezember erneut beraten.';
    const b =
      'Der Gipfel in Budapest wurde abgesagt.\n\n' +
      'Ein neuer Termin für die Außenminister steht noch nicht fest, heißt es aus Kreisen der Delegationen in Wien und Prag.';
    const created = await page.request.post(`${server.base}/api/comparisons`, { data: { articles: [{ text: a, outlet: 'Blatt A' }, { text: b, outlet: 'Sender B' }] } });
    const { id, editToken } = (await created.json()) as { id: string; editToken: string };
    await page.goto(`${server.base}/c/${id}/edit?token=${editToken}`);
    const row = page.locator('#aligned tr.exclusive', { hasText: 'erneut beraten' });
    const unitId = await row.getAttribute('id');
    await row.locator('details.closest summary').click();
    const button = row.locator('details.closest button', { hasText: 'Align it here' }).first();
    await button.waitFor();
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/c/${id}/edits`));
    await button.click();
    await answered;
    // The aligned view was swapped in place: the unit now holds Sender B's sentence.
    const after = page.locator(`tr[id="${unitId}"]`);
    await expect.poll(async () => (await after.textContent()) ?? '').toContain('Ein neuer Termin');
    expect(await after.locator('p.not-reported').count()).toBe(0);
    expect(await after.textContent()).toContain('edited by hand');
  });
});
