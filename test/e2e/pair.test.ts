// The pair view in a real chromium: the chosen pair is in the address, so reload and Back keep it.
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

const heads = () => page.locator('#pair thead th').allTextContents();

describe('the pair view in a browser', () => {
  it('pushes the chosen pair\'s address; reload and Back show the pair of that address', async () => {
    const ex = examples.find((e) => e.name === 'budapest-summit-de')!;
    const start = `${server.base}/c/${ex.id}/pair?a=a1&b=a2`;
    await page.goto(start);
    const first = await heads();
    await page.selectOption('#pair select[name="b"]', 'a3');
    await page.click('#pair button[type="submit"]');
    await page.waitForURL(/\/pair\?a=a1&b=a3$/);
    const chosen = await heads();
    expect(chosen).not.toEqual(first);
    // The swapped-in pair brings its own headline row: the new second outlet's title, its label cues marked.
    const second = page.locator('#pair-headline td').nth(1);
    const title = await second.locator('p.marked').evaluate((p) => {
      const copy = p.cloneNode(true) as Element;
      for (const extra of Array.from(copy.querySelectorAll('sup, .cue-tip'))) extra.remove();
      return copy.textContent;
    });
    expect(title).toBe('Außenministertreffen von USA und Russland abgesagt');
    const marked = await second.locator('mark.cue-mark.cue-label').evaluateAll((marks) => marks.map((m) => m.firstChild?.textContent));
    expect(marked).toEqual(['USA', 'Russland']);

    await page.reload();
    expect(await heads()).toEqual(chosen);
    expect(await page.locator('header.site').count()).toBe(1);

    await page.goBack();
    await page.waitForURL(start);
    await expect.poll(heads).toEqual(first);
    // The whole page came back, not the pair fragment alone.
    expect(await page.locator('header.site').count()).toBe(1);
    expect(await page.locator('a:has-text("Back to the comparison")').count()).toBe(1);
  });
});
