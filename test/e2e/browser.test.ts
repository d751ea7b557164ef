// Real chromium against the app served in-process on a random port; screenshots go to test-results/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveWithExamples, type ServedApp } from '../support/browser.js';

const a = 'Gipfel in Budapest abgesagt\n\nDas geplante Treffen in Budapest findet vorerst nicht statt. Moskau nannte die Vorgespräche konstruktiv.\n\nDer Kreml betonte, man bleibe offen für Gespräche.';
const b = 'Budapest-Gipfel geplatzt\n\nDas geplante Treffen in Budapest findet nicht statt. Washington sprach angeblich von tiefen Differenzen.\n\nEin Insider sagte, die Vorbereitung sei chaotisch gewesen.';

let server: ServedApp;
let base: string;
let browser: Browser;
let page: Page;
let examples: Array<{ id: string; title: string }> = [];

beforeAll(async () => {
  ({ server, examples } = await serveWithExamples());
  base = server.base;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in a browser', () => {
  it('pastes two texts, compares, and switches the reference outlet', async () => {
    await page.goto(`${base}/`);
    const outlets = page.locator('input[name="outlet"]');
    const texts = page.locator('textarea[name="text"]');
    await outlets.nth(0).fill('Morgenpost');
    await texts.nth(0).fill(a);
    await outlets.nth(1).fill('Rundschau');
    await texts.nth(1).fill(b);
    await page.click('#add-article');
    await expect.poll(() => page.locator('textarea[name="text"]').count()).toBe(3);
    await page.click('button[type="submit"].primary');
    await page.waitForURL(/\/c\/[\w-]+$/);
    expect(await page.locator('h2#overview-h').textContent()).toBe('Overview');
    expect(await page.locator('table.aligned thead th').allTextContents()).toEqual(['Status', 'Morgenpost', 'Rundschau']);
    await page.screenshot({ path: 'test-results/comparison.png', fullPage: true });
    await page.click('a.ref-link:has-text("Rundschau")');
    await page.waitForURL(/ref=a2/);
    expect(await page.locator('a.ref-link[aria-current="true"]').textContent()).toBe('Rundschau');
    await page.screenshot({ path: 'test-results/comparison-ref-a2.png', fullPage: true });
  });

  it('opens a bundled example from the home page in one click', async () => {
    await page.goto(`${base}/`);
    await page.click('.examples a:has-text("Budapest")');
    await page.waitForURL(/\/c\/[\w-]+$/);
    expect(await page.locator('table.aligned thead th').count()).toBe(4);
    // The README's screenshot is refreshed on purpose (UPDATE_SCREENSHOTS=1), not by every test run.
    await page.screenshot({ path: process.env.UPDATE_SCREENSHOTS ? 'docs/comparison.png' : 'test-results/example.png', fullPage: false });
    await page.click('a:has-text("Classroom")');
    await page.waitForSelector('.classroom h1');
    expect(await page.locator('.classroom h1').textContent()).toMatch(/^Difference 1 of \d+/);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/i=1/);
    expect(await page.locator('.classroom h1').textContent()).toMatch(/^Difference 2 of/);
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/i=0/);
    await page.screenshot({ path: 'test-results/classroom.png', fullPage: true });
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.click('a:has-text("Pair view")');
    await page.waitForSelector('#pair');
    await page.selectOption('#pair select[name="b"]', 'a3');
    await page.click('#pair button[type="submit"]');
    await expect.poll(() => page.locator('#pair thead th').nth(1).textContent()).toBe('Mitteldeutscher Dienst');
    await page.screenshot({ path: 'test-results/pair.png', fullPage: true });
  });

  it('keeps the input after an error', async () => {
    await page.goto(`${base}/`);
    await page.locator('input[name="outlet"]').nth(0).fill('Einzelblatt');
    await page.locator('textarea[name="text"]').nth(0).fill('Nur ein einziger Text.');
    await page.click('button[type="submit"].primary');
    await page.waitForSelector('.error');
    expect(await page.locator('.error').first().textContent()).toContain('at least two articles');
    expect(await page.locator('textarea[name="text"]').nth(0).inputValue()).toBe('Nur ein einziger Text.');
    expect(await page.locator('input[name="outlet"]').nth(0).inputValue()).toBe('Einzelblatt');
    await page.screenshot({ path: 'test-results/error-kept-input.png', fullPage: true });
  });

  it('uploads several files at once', async () => {
    await page.goto(`${base}/`);
    await page.setInputFiles('input[type="file"]', [
      { name: 'morgenpost.txt', mimeType: 'text/plain', buffer: Buffer.from(a) },
      { name: 'rundschau.txt', mimeType: 'text/plain', buffer: Buffer.from(b) },
    ]);
    await page.click('button[type="submit"].primary');
    await page.waitForURL(/\/c\/[\w-]+$/);
    expect(await page.locator('table.aligned thead th').allTextContents()).toEqual(['Status', 'morgenpost', 'rundschau']);
  });

  it('shows a two-text diff with insertions and deletions', async () => {
    await page.goto(`${base}/diff`);
    await page.fill('textarea[name="a"]', 'Die Gespräche waren konstruktiv.');
    await page.fill('textarea[name="b"]', 'Die Gespräche waren schwierig.');
    await page.click('button[type="submit"].primary');
    await page.waitForSelector('#diff-result del');
    expect(await page.locator('#diff-result del').first().textContent()).toContain('konstruktiv');
    expect(await page.locator('#diff-result ins').first().textContent()).toContain('schwierig');
    expect(await page.locator('textarea[name="a"]').inputValue()).toBe('Die Gespräche waren konstruktiv.');
    await page.screenshot({ path: 'test-results/diff.png', fullPage: true });
    await page.check('input[name="layout"][value="side"]');
    await page.waitForSelector('#diff-result.two');
    expect(await page.locator('#diff-result.two p').nth(0).locator('del').first().textContent()).toContain('konstruktiv');
    await page.check('input[name="unit"][value="char"]');
    await expect.poll(() => page.locator('#diff-result.two p').nth(1).locator('ins').first().textContent()).not.toContain('schwierig');
    expect(await page.locator('textarea[name="b"]').inputValue()).toBe('Die Gespräche waren schwierig.');
    await page.screenshot({ path: 'test-results/diff-side-char.png', fullPage: true });
  });
  it('shows a pair view with word diffs and steps through the classroom with arrow keys', async () => {
    const example = examples[0]!;
    await page.goto(`${base}/c/${example.id}/pair?a=a1&b=a2`);
    expect(await page.locator('#pair').count()).toBe(1);
    expect(await page.locator('#pair ins, #pair del').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/pair.png', fullPage: true });
    await page.goto(`${base}/c/${example.id}/classroom?i=0`);
    expect(await page.locator('.classroom h1').textContent()).toMatch(/^Difference 1 of \d+$/);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/classroom\?i=1$/);
    expect(await page.locator('.classroom h1').textContent()).toMatch(/^Difference 2 of \d+$/);
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/classroom\?i=0$/);
    await page.screenshot({ path: 'test-results/classroom.png', fullPage: true });
  });
});
