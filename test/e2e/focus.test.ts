// The keyboard focus ring in a real chromium: at least 3:1 against what it is drawn on (WCAG
// non-text contrast), in the dark site header as on the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveWithExamples, type ServedApp } from '../support/browser.js';

let server: ServedApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server } = await serveWithExamples());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
const rgb = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);

describe('the focus ring in a browser', () => {
  it('stands out by 3:1 from the dark header and from the page', async () => {
    await page.goto(`${server.base}/`);
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const header = el.closest('header.site') as HTMLElement;
      return { inHeader: !!header, outline: getComputedStyle(el).outlineColor, style: getComputedStyle(el).outlineStyle, behind: getComputedStyle(header).backgroundColor };
    });
    expect(ring.inHeader).toBe(true);
    expect(ring.style).toBe('solid');
    expect(contrast(rgb(ring.outline), rgb(ring.behind)), `${ring.outline} on ${ring.behind}`).toBeGreaterThanOrEqual(3);

    await page.locator('textarea[name="text"]').first().focus();
    await page.keyboard.press('Shift+Tab');
    const onPage = await page.evaluate(() => ({ outline: getComputedStyle(document.activeElement!).outlineColor, behind: getComputedStyle(document.body).backgroundColor }));
    expect(contrast(rgb(onPage.outline), rgb(onPage.behind))).toBeGreaterThanOrEqual(3);
  });
});
