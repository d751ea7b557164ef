// The home form in a real chromium: a failed submit opens on its problems, and adding article
// fields numbers them on, with and without JavaScript.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveWithExamples, type ServedApp } from '../support/browser.js';

let server: ServedApp;
let base: string;
let browser: Browser;
let page: Page;
let noJs: BrowserContext;

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

beforeAll(async () => {
  ({ server } = await serveWithExamples());
  base = server.base;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The error summary after a submit: on screen without scrolling, focused, named in the title. */
async function expectSummaryFirst(p: Page, { focused }: { focused: boolean }) {
  await p.waitForSelector('#form-error');
  expect(await p.title()).toMatch(/^Error: /);
  const box = await p.locator('#form-error').boundingBox();
  const scrolled = await p.evaluate(() => window.scrollY);
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(900);
  expect(scrolled).toBe(0);
  if (focused) expect(await p.evaluate(() => document.activeElement?.id)).toBe('form-error');
}

describe('the home form in a browser', () => {
  it('opens a failed submit on its error summary, focused and named in the title', async () => {
    await page.goto(`${base}/`);
    await page.click('button[type="submit"].primary');
    await expectSummaryFirst(page, { focused: true });
    expect(await page.locator('#form-error').textContent()).toContain('at least two articles');

    await page.locator('textarea[name="text"]').nth(0).fill('Nur ein einziger Text.');
    await page.click('button[type="submit"].primary');
    await expectSummaryFirst(page, { focused: true });

    await page.goto(`${base}/`);
    await page.locator('textarea[name="text"]').nth(0).fill('Ein Text, der bleibt.');
    await page.setInputFiles('input[type="file"]', [{ name: 'picture.txt', mimeType: 'text/plain', buffer: png }]);
    await page.click('button[type="submit"].primary');
    await expectSummaryFirst(page, { focused: true });
    expect(await page.locator('#form-error').textContent()).toContain('picture.txt');
    await page.screenshot({ path: 'test-results/error-summary-first.png' });

    // A page without problems keeps its plain title.
    await page.goto(`${base}/`);
    expect(await page.title()).toBe('Compare articles · storydiff');
  });

  it('shows the error summary first without JavaScript too', async () => {
    const p = await noJs.newPage();
    await p.goto(`${base}/`);
    await p.click('button[type="submit"].primary');
    await expectSummaryFirst(p, { focused: false });
    await p.close();
  });

  it('numbers each added article on, with unique ids', async () => {
    await page.goto(`${base}/`);
    for (let k = 0; k < 3; k++) {
      await page.click('#add-article');
      await expect.poll(() => page.locator('textarea[name="text"]').count()).toBe(3 + k);
    }
    expect(await page.locator('fieldset.article legend').allTextContents()).toEqual(['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5']);
    const ids = await page.locator('#compare-form [id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-5-text');

    // Enter in a one-line field still submits the comparison, not the add button.
    await page.locator('input[name="outlet"]').nth(0).press('Enter');
    await page.waitForSelector('#form-error');
    expect(await page.locator('#form-error').textContent()).toContain('at least two articles');
  });

  it('adds an article field without JavaScript, keeping what was typed', async () => {
    const p = await noJs.newPage();
    await p.goto(`${base}/`);
    await p.locator('input[name="outlet"]').nth(0).fill('Morgenpost');
    await p.locator('textarea[name="text"]').nth(0).fill('Der erste Text.');
    await p.locator('select[name="format"]').nth(1).selectOption('markdown');
    await p.locator('textarea[name="text"]').nth(1).fill('# Der zweite Text');
    await p.click('#add-article');
    await expect.poll(() => p.locator('textarea[name="text"]').count()).toBe(3);
    expect(await p.title()).toBe('Compare articles · storydiff');
    expect(await p.locator('input[name="outlet"]').nth(0).inputValue()).toBe('Morgenpost');
    expect(await p.locator('textarea[name="text"]').nth(0).inputValue()).toBe('Der erste Text.');
    expect(await p.locator('textarea[name="text"]').nth(1).inputValue()).toBe('# Der zweite Text');
    expect(await p.locator('select[name="format"]').nth(1).inputValue()).toBe('markdown');
    expect(await p.locator('.error').count()).toBe(0);
    await p.click('#add-article');
    await expect.poll(() => p.locator('textarea[name="text"]').count()).toBe(4);
    expect(await p.locator('fieldset.article legend').allTextContents()).toEqual(['Article 1', 'Article 2', 'Article 3', 'Article 4']);
    await p.close();
  });
});
