// Views in a real chromium: section headings, moved sentences, field errors, cue notes on focus, a
// unit's closest sentences elsewhere (and aligning one by hand), and
// every page at phone width without horizontal scrolling. Screenshots go to test-results/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveWithExamples, type ServedApp } from '../support/browser.js';

let server: ServedApp;
let base: string;
let browser: Browser;
let page: Page;
let examples: Array<{ id: string; title: string; name: string }> = [];
const example = (name: string) => examples.find((e) => e.name === name)!;

// A news text whose closing paragraph moves to the top, with one word changed on the way.
const original =
  'Der Pegel der Lenne ist in der Nacht auf 6,40 Meter gestiegen. Rund 1200 Menschen mussten ihre Wohnungen verlassen.\n\n' +
  'Feuerwehr und Technisches Hilfswerk sind mit 300 Kräften im Einsatz.\n\n' +
  'Die Schulen in der Innenstadt bleiben bis zum Mittwoch geschlossen.';
const moved =
  'Die Schulen in der Innenstadt bleiben bis zum Donnerstag geschlossen.\n\n' +
  'Der Pegel der Lenne ist in der Nacht auf 6,40 Meter gestiegen. Rund 1200 Menschen mussten ihre Wohnungen verlassen.\n\n' +
  'Feuerwehr und Technisches Hilfswerk sind mit 300 Kräften im Einsatz.';

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

async function showDiff(p: Page, a: string, b: string) {
  await p.goto(`${base}/diff`);
  await p.fill('textarea[name="a"]', a);
  await p.fill('textarea[name="b"]', b);
  await p.click('button[type="submit"].primary');
  await p.waitForSelector('#diff-result .moved');
}

describe('views in a browser', () => {
  it('shows the reference article\'s section headings as rows of the aligned view, and follows the reference', async () => {
    const ex = example('bergfeld-flood-reorder-de');
    await page.goto(`${base}/c/${ex.id}`);
    const headings = await page.locator('table.aligned tr.section-row th').allTextContents();
    expect(headings.map((h) => h.replace('Section: ', ''))).toEqual(expect.arrayContaining(['Großeinsatz am Fluss', 'Wie geht es weiter']));
    // Each heading row comes right before a unit row, never last.
    const next = await page.locator('table.aligned tr.section-row + tr').count();
    expect(next).toBe(headings.length);
    await page.screenshot({ path: 'test-results/aligned-sections.png', fullPage: true });
  });

  it('shows a moved sentence as a move with a link to where it went, inline and side by side', async () => {
    await showDiff(page, original, moved);
    const tags = await page.locator('#diff-result .move-tag').allTextContents();
    expect(tags.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['⤶ moved from ¶3', '⤷ moved → ¶1']);
    expect(await page.locator('#diff-result .moves-note').textContent()).toContain('1 sentence moved');
    // The changed word inside the moved sentence is still shown as a change; nothing else is deleted.
    expect((await page.locator('#move-1-here ins').allTextContents()).map((t) => t.trim())).toEqual(['Donnerstag']);
    expect(await page.locator('#diff-result > p > del').count()).toBe(0);
    await page.click('#move-1-away .move-tag');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#move-1-here');
    await page.screenshot({ path: 'test-results/diff-moves.png', fullPage: true });
    await page.check('input[name="layout"][value="side"]');
    await page.waitForSelector('#diff-result.two #move-1-away');
    expect(await page.locator('#diff-result.two p').nth(0).locator('.moved-away').count()).toBe(1);
    expect(await page.locator('#diff-result.two p').nth(1).locator('.moved-here').count()).toBe(1);
    await page.screenshot({ path: 'test-results/diff-moves-side.png', fullPage: true });
  });

  it('puts an input error next to the field it concerns and keeps the input', async () => {
    await page.goto(`${base}/`);
    await page.locator('input[name="outlet"]').nth(0).fill('Einzelblatt');
    await page.locator('textarea[name="text"]').nth(0).fill('Nur ein einziger Text.');
    await page.click('button[type="submit"].primary');
    await page.waitForSelector('#form-error');
    expect(await page.locator('#form-error').textContent()).toContain('at least two articles');
    const second = page.locator('#article-2-text');
    expect(await second.getAttribute('aria-invalid')).toBe('true');
    const described = await second.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toContain('Paste another article here');
    expect(await page.locator('#article-1-text').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#article-1-text').inputValue()).toBe('Nur ein einziger Text.');
    await page.screenshot({ path: 'test-results/error-next-to-field.png', fullPage: true });

    // A file that is not text: named next to the file input; the good file's text is kept as a field.
    await page.goto(`${base}/`);
    await page.setInputFiles('input[type="file"]', [
      { name: 'bericht.txt', mimeType: 'text/plain', buffer: Buffer.from(original) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n\u0000\u0001binary') },
    ]);
    await page.click('button[type="submit"].primary');
    await page.waitForSelector('#files-error');
    expect(await page.locator('#files').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#files-error').textContent()).toContain('scan.pdf');
    expect(await page.locator('#form-error a[href="#files"]').count()).toBe(1);
    const texts = await page.locator('textarea[name="text"]').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts).toContain(original);
    await page.screenshot({ path: 'test-results/error-file.png', fullPage: true });
  });

  it('marks cues in the pair view with their note on keyboard focus and in numbered footnotes', async () => {
    const ex = example('budapest-summit-de');
    await page.goto(`${base}/c/${ex.id}/pair?a=a2&b=a3`);
    const marks = page.locator('#pair mark.cue-mark');
    expect(await marks.count()).toBeGreaterThan(0);
    // Tab reaches the first cue mark; its note shows and is the footnote it points to.
    await page.locator('#pair button[type="submit"]').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('mark.cue-mark:focus');
    expect(await focused.count()).toBe(1);
    expect(await focused.locator('.cue-tip').isVisible()).toBe(true);
    const note = await focused.getAttribute('aria-describedby');
    const tip = (await focused.locator('.cue-tip').textContent())!;
    const footnote = (await page.locator(`#${note}`).textContent())!;
    expect(tip.length).toBeGreaterThan(10);
    expect(footnote).toContain(tip.replace(/^\w+\s/, '').slice(0, 30));
    // The footnote links back to its place in the text.
    expect(await page.locator(`#${note} a.backref`).getAttribute('href')).toBe(`#${await focused.getAttribute('id')}`);
    // The word diff stays next to the marked text.
    expect(await page.locator('#pair .diff ins, #pair .diff del').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/pair-cues.png', fullPage: true });
  });

  it('has a print stylesheet for every view: controls hidden, wide tables unclipped', async () => {
    const ex = example('harwick-derailment-en');
    const printer = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await printer.emulateMedia({ media: 'print' });
    for (const [name, path] of [
      ['home', '/'],
      ['comparison', `/c/${ex.id}`],
      ['pair', `/c/${ex.id}/pair`],
      ['classroom', `/c/${ex.id}/classroom`],
      ['diff', '/diff'],
    ] as const) {
      await printer.goto(`${base}${path}`);
      const style = await printer.evaluate(() => ({
        header: getComputedStyle(document.querySelector('header.site')!).display,
        forms: Array.from(document.querySelectorAll('form')).filter((f) => f.closest('.steps') === null).map((f) => getComputedStyle(f).display),
        scroll: Array.from(document.querySelectorAll('.scroll')).map((e) => getComputedStyle(e).overflowX),
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(style.header, name).toBe('none');
      expect(style.forms.every((d) => d === 'none'), name).toBe(true);
      expect(style.scroll.every((o) => o === 'visible'), name).toBe(true);
      expect(style.background, name).toBe('rgb(255, 255, 255)');
      await printer.screenshot({ path: `test-results/print-${name}.png`, fullPage: true });
    }
    await printer.close();
  });

  it('fits every page into a 375 px wide phone screen without horizontal scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const ex = example('kessling-port-strike-en');
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['comparison', `/c/${ex.id}`],
      ['pair', `/c/${ex.id}/pair`],
      ['classroom', `/c/${ex.id}/classroom`],
      ['diff', '/diff'],
    ];
    const widths: Record<string, number> = {};
    for (const [name, path] of pages) {
      await phone.goto(`${base}${path}`);
      widths[name] = await phone.evaluate(() => document.documentElement.scrollWidth);
      await phone.screenshot({ path: `test-results/phone-${name}.png`, fullPage: true });
    }
    await showDiff(phone, original, moved);
    widths['diff-result'] = await phone.evaluate(() => document.documentElement.scrollWidth);
    await phone.screenshot({ path: 'test-results/phone-diff-result.png', fullPage: true });
    // Control: the same measurement does see an element wider than the screen.
    await phone.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '600px'; // CSSOM, which the CSP allows (no style attribute in markup)
      wide.style.height = '1px';
      document.querySelector('main')!.append(wide);
    });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(375);
    await phone.close();
    for (const [name, width] of Object.entries(widths)) expect({ name, width }).toEqual({ name, width: 375 });
  });
});

// "Closest elsewhere": opening the toggle of a unit some outlets leave out loads their closest
// sentences into the row, and an editor aligns one into the unit with one click, in place.
describe('closest elsewhere', () => {
  it('loads the closest sentences of the outlets that leave a unit out into its row when opened', async () => {
    const summit = example('budapest-summit-de');
    await page.goto(`${base}/c/${summit.id}`);
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
    const created = await page.request.post(`${base}/api/comparisons`, { data: { articles: [{ text: a, outlet: 'Blatt A' }, { text: b, outlet: 'Sender B' }] } });
    const { id, editToken } = (await created.json()) as { id: string; editToken: string };
    await page.goto(`${base}/c/${id}/edit?token=${editToken}`);
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
