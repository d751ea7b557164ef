// The Copy button in a real chromium: "Copied" only when the clipboard took the link; otherwise
// the link is selected with a hint. The label comes back after a few seconds.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveWithExamples, type ServedApp } from '../support/browser.js';

let server: ServedApp;
let browser: Browser;
let permalink: string;

beforeAll(async () => {
  const served = await serveWithExamples();
  server = served.server;
  permalink = `/c/${served.examples[0]!.id}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageIn(context: BrowserContext, script?: string) {
  if (script) await context.addInitScript(script);
  const page = await context.newPage();
  await page.goto(`${server.base}${permalink}`);
  return page;
}

describe('the Copy button in a browser', () => {
  it('says "Copied" when the clipboard took the whole link, then shows "Copy" again', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await pageIn(context);
    await page.click('button[data-copy="#permalink"]');
    await expect.poll(() => page.locator('button[data-copy="#permalink"]').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.base}${permalink}`);
    await expect.poll(() => page.locator('button[data-copy="#permalink"]').textContent(), { timeout: 8000 }).toBe('Copy');
    await context.close();
  });

  for (const [why, script] of [
    ['there is no clipboard (plain http)', "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });"],
    ['writing to the clipboard fails', "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) });"],
  ] as const) {
    it(`selects the link with a hint when ${why}, and never says "Copied"`, async () => {
      const context = await browser.newContext();
      const page = await pageIn(context, script);
      await page.click('button[data-copy="#permalink"]');
      await expect.poll(() => page.locator('.copy-status').textContent()).toMatch(/Selected: press (Ctrl\+C|⌘C) to copy/);
      expect(await page.locator('button[data-copy="#permalink"]').textContent()).toBe('Copy');
      const selected = await page.evaluate(() => {
        const field = document.querySelector('#permalink') as HTMLInputElement;
        return { focused: document.activeElement === field, text: field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0) };
      });
      expect(selected).toEqual({ focused: true, text: `${server.base}${permalink}` });
      await expect.poll(() => page.locator('.copy-status').textContent(), { timeout: 8000 }).toBe('');
      await context.close();
    });
  }
});
