// POST /diff: capped like /compare, each side of "side by side" in its own words and line breaks,
// and messages that name a file once.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { limits } from '../../src/server/limits.js';
import { openStore } from '../../src/store/store.js';

const app = createApp({ store: openStore(':memory:') });
const post = (fields: Array<[string, string]>, headers: Record<string, string> = {}) => app.request('/diff', { method: 'POST', body: new URLSearchParams(fields), headers });

/** A side's text as a reader sees it: tags dropped, entities read, the screen-reader words of ins/del left out. */
function sideTexts(html: string): string[] {
  const sides = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
  return sides.map((s) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
}

describe('POST /diff', () => {
  it('refuses a text longer than the per-article limit with a message in the page, keeping both texts', async () => {
    const long = 'Wort '.repeat(limits.maxArticleChars / 5 + 1);
    const res = await post([['a', long], ['b', 'Kurz.']]);
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain(`Text A is ${(long.length).toLocaleString('en')} characters long; the limit is 1,000,000.`);
    expect(html).toContain('<textarea name="a" id="diff-a" rows="10">Wort Wort');
    expect(html).toContain('>Kurz.</textarea>');
    expect(html).not.toContain('<del>');
  });

  it('applies the limit to an uploaded file too, and answers an htmx request with the message', async () => {
    const body = new FormData();
    body.append('a', 'Kurz.');
    body.append('b', '');
    body.append('fb', new File(['x'.repeat(limits.maxArticleChars + 1)], 'gross.txt'));
    const res = await app.request('/diff', { method: 'POST', body, headers: { 'hx-request': 'true' } });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Text B (gross.txt) is 1,000,001 characters long; the limit is 1,000,000.');
  });

  it('names a refused file once', async () => {
    const body = new FormData();
    body.append('a', 'Kurz.');
    body.append('b', '');
    body.append('fb', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], 'picture.txt'));
    const html = await (await app.request('/diff', { method: 'POST', body })).text();
    expect(html).toContain('picture.txt looks like an image (PNG) file, not text');
    expect(html).not.toContain('picture.txt: picture.txt');
    expect(html).toContain('>Kurz.</textarea>');
  });

  it('keeps each side\'s own line breaks side by side, also where a break sits inside the other side\'s insertion', async () => {
    const a = 'Die Passstraße bleibt gesperrt, meldet die Polizei in Oberwald\n\nIn Oberwald ist am Montag ein Bus verunglückt.';
    const b = 'Die Passstraße bleibt gesperrt, meldet die Polizei in Oberwald. Die Räumung dauert an.\n\nIn Oberwald ist am Montag ein Bus verunglückt.';
    const [sideA, sideB] = sideTexts(await (await post([['a', a], ['b', b], ['layout', 'side']], { 'hx-request': 'true' })).text());
    expect(sideA).toBe(a);
    expect(sideB).toBe(b);
    // Characters outside the BMP (two UTF-16 units) too.
    const [emojiA] = sideTexts(await (await post([['a', a.replace('Bus', 'Bus 🚌')], ['b', b.replace('Bus', 'Bus 🚌')], ['layout', 'side']], { 'hx-request': 'true' })).text());
    expect(emojiA).toBe(a.replace('Bus', 'Bus 🚌'));
  });

  it('keeps both texts exactly on either side, for moves and spacing changes, by word and by character', async () => {
    const a = 'Erster Satz steht hier.\n\nZweiter Satz folgt  danach. Dritter Satz.\n\nDer letzte Absatz wandert nach oben, sagte sie.';
    const b = 'Der letzte Absatz wandert nach oben, sagte er.\n\nErster Satz steht hier. Zweiter Satz folgt danach.\n\nDritter Satz kommt.';
    for (const unit of ['word', 'char']) {
      const [sideA, sideB] = sideTexts(await (await post([['a', a], ['b', b], ['layout', 'side'], ['unit', unit]], { 'hx-request': 'true' })).text());
      expect(sideA!.replace(/[⤷⤶] moved (→|from) ¶\d /g, ''), unit).toBe(a);
      expect(sideB!.replace(/[⤷⤶] moved (→|from) ¶\d /g, ''), unit).toBe(b);
    }
  });
});
