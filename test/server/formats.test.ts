// The format of each article (text, Markdown, HTML) travels with its field: from an upload's file
// name, or chosen by hand for pasted markup, and back into the form when a submit fails.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

const md = '---\noutlet: Morgenpost\n---\n# Gipfel abgesagt\n\nDas **Treffen** in Budapest findet *vorerst* nicht statt.\n\nMoskau nannte die Gespräche [konstruktiv](https://example.org).\n';
const html = '<html><head><title>Gipfel geplatzt</title></head><body><article><h1>Gipfel geplatzt</h1><p>Das <b>Treffen</b> in Budapest findet nicht statt.</p><p>Washington sprach von Differenzen.</p></article></body></html>';
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

interface SavedArticle {
  format: string;
  body: string;
  sections: Array<{ sentences: Array<{ text: string }> }>;
}
const sentencesOf = (a: SavedArticle) => a.sections.flatMap((s) => s.sentences.map((x) => x.text));

async function saved(app: ReturnType<typeof createApp>, res: Response): Promise<SavedArticle[]> {
  expect(res.status).toBe(303);
  const id = res.headers.get('location')!.slice(3);
  return (await (await app.request(`/api/comparisons/${id}`)).json()).articles;
}

/** The form fields of a re-rendered home page, in page order, as a browser would send them again. */
function fieldsOfPage(page: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const m of page.matchAll(/<fieldset class="article[^"]*">([\s\S]*?)<\/fieldset>/g)) {
    const set = m[1]!;
    out.push(['outlet', unescape(/name="outlet"[^>]*value="([^"]*)"/.exec(set)?.[1] ?? '')]);
    out.push(['title', unescape(/name="title"[^>]*value="([^"]*)"/.exec(set)?.[1] ?? '')]);
    out.push(['format', /<option value="(\w+)" selected/.exec(set)?.[1] ?? 'text']);
    out.push(['text', unescape(/<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(set)?.[1] ?? '')]);
  }
  return out;
}

describe('article formats on the web form', () => {
  it('reads uploaded .md and .html files as Markdown and HTML, not as raw markup', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const body = new FormData();
    body.append('files', new File([md], 'morgenpost.md'));
    body.append('files', new File([html], 'rundschau.html'));
    const [m, h] = await saved(app, await app.request('/compare', { method: 'POST', body }));
    expect(m!.format).toBe('markdown');
    expect(h!.format).toBe('html');
    expect(h!.body).not.toContain('<p>');
    expect(sentencesOf(m!).join(' ')).not.toMatch(/\*\*|\]\(https/);
    expect(sentencesOf(h!).join(' ')).not.toMatch(/<b>|<p>/);
  });

  it('reads pasted HTML source as HTML and Markdown as Markdown when the format is left on Automatic, and says so on the page', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const home = await (await app.request('/')).text();
    expect(home).toMatch(/<option value="auto" selected[^>]*>Automatic<\/option>/);
    const prose = 'Das Treffen in Budapest findet nicht statt. Washington sprach von <Differenzen> und Moskau von Gesprächen.';
    const auto = new URLSearchParams([['format', 'auto'], ['text', html], ['format', 'auto'], ['text', md], ['format', 'auto'], ['text', prose]]);
    const res = await app.request('/compare', { method: 'POST', body: auto });
    const [h, m, p] = await saved(app, res);
    expect([h!.format, m!.format, p!.format]).toEqual(['html', 'markdown', 'text']);
    expect(sentencesOf(h!).join(' ')).not.toMatch(/<b>|<p>|<\/?article/);
    expect(sentencesOf(h!).join(' ')).toContain('Washington sprach von Differenzen.');
    // Text that merely holds an angle bracket stays plain text, its words intact.
    expect(sentencesOf(p!).join(' ')).toContain('<Differenzen>');
    const page = await (await app.request(res.headers.get('location')!)).text();
    expect(page).toContain('Read as HTML: the page’s text was compared, not its markup.');
    expect(page).toContain('Read as Markdown');
  });

  it('reads pasted text as plain text unless the user marks it as Markdown or HTML', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const plain = new URLSearchParams([['text', html], ['format', 'text'], ['text', md]]);
    const [p] = await saved(app, await app.request('/compare', { method: 'POST', body: plain }));
    expect(p!.format).toBe('text');
    const marked = new URLSearchParams([['format', 'html'], ['text', html], ['format', 'markdown'], ['text', md]]);
    const [h, m] = await saved(app, await app.request('/compare', { method: 'POST', body: marked }));
    expect(h!.format).toBe('html');
    expect(m!.format).toBe('markdown');
    expect(sentencesOf(h!).join(' ')).not.toContain('<b>');
  });

  it('offers a format choice per article, and keeps each uploaded file\'s format when another file fails', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const home = await (await app.request('/')).text();
    expect(home).toMatch(/<select name="format" id="article-1-format">/);
    expect((await (await app.request('/fields/article?n=3')).text())).toContain('id="article-3-format"');

    const body = new FormData();
    body.append('files', new File([md], 'morgenpost.md'));
    body.append('files', new File([png], 'picture.txt'));
    body.append('files', new File([html], 'rundschau.html'));
    const failed = await app.request('/compare', { method: 'POST', body });
    expect(failed.status).toBe(422);
    const page = await failed.text();
    const fields = fieldsOfPage(page);
    expect(fields.filter(([k]) => k === 'format').map(([, v]) => v)).toEqual(['markdown', 'html']);

    // Sending the kept fields again gives what the two good files alone give.
    const again = await saved(app, await app.request('/compare', { method: 'POST', body: new URLSearchParams(fields) }));
    const good = new FormData();
    good.append('files', new File([md], 'morgenpost.md'));
    good.append('files', new File([html], 'rundschau.html'));
    const direct = await saved(app, await app.request('/compare', { method: 'POST', body: good }));
    expect(again.map((a) => [a.format, sentencesOf(a)])).toEqual(direct.map((a) => [a.format, sentencesOf(a)]));
  });

  it('diffs the readable text of an HTML or Markdown side on /diff, and keeps each side\'s format', async () => {
    const app = createApp({ store: openStore(':memory:') });
    const body = new FormData();
    body.append('a', '');
    body.append('b', '');
    body.append('fa', new File([html], 'a.html'));
    body.append('fb', new File(['Das Treffen in Budapest findet statt.\n\nWashington sprach von Differenzen.'], 'b.txt'));
    const page = await (await app.request('/diff', { method: 'POST', body })).text();
    const result = /<div id="diff-result"[\s\S]*$/.exec(page)?.[0] ?? '';
    expect(result).not.toContain('&lt;p&gt;');
    expect(result).not.toContain('&lt;b&gt;');
    expect(result).toMatch(/<del>[^<]*nicht/);
    expect(page).toMatch(/<select name="format-a"[^>]*>[\s\S]*?<option value="html" selected/);

    const pasted = new URLSearchParams([['a', md], ['format-a', 'markdown'], ['b', 'Gipfel abgesagt\n\nDas Treffen in Budapest findet vorerst nicht statt.'], ['format-b', 'text']]);
    const diff = await (await app.request('/diff', { method: 'POST', body: pasted, headers: { 'hx-request': 'true' } })).text();
    expect(diff).not.toMatch(/\*\*|outlet:/);

    // HTML source pasted into a side left on Automatic is diffed as the page's text, not tag by tag.
    const source = new URLSearchParams([['a', html], ['format-a', 'auto'], ['b', 'Das Treffen in Budapest findet statt.'], ['format-b', 'auto']]);
    const sourceDiff = await (await app.request('/diff', { method: 'POST', body: source, headers: { 'hx-request': 'true' } })).text();
    expect(sourceDiff).not.toMatch(/&lt;\/?(?:p|b|article|html)&gt;/);
    expect(sourceDiff).toMatch(/<del>[^<]*nicht/);
  });
});
