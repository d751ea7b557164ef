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
});
