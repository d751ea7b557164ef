import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/server/markdown.js';
import { sanitizeHtml } from '../../src/server/sanitize.js';
import { liveMarkup, xssVectors } from './xss-vectors.js';

describe('renderMarkdown', () => {
  it('keeps text structure', () => {
    expect(renderMarkdown('Gutes **Beispiel** für *Framing*:\n\n- eins\n- zwei')).toBe(
      '<p>Gutes <strong>Beispiel</strong> für <em>Framing</em>:</p>\n<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>\n',
    );
    expect(renderMarkdown('[Quelle](https://example.org/a)')).toBe(
      '<p><a href="https://example.org/a" rel="noopener noreferrer nofollow">Quelle</a></p>\n',
    );
  });

  it('drops script, styles, frames, event handlers and javascript:/data: links from every vector', () => {
    for (const vector of xssVectors) {
      for (const html of [renderMarkdown(vector), sanitizeHtml(vector)]) {
        expect(html, vector).not.toMatch(/<(script|style|iframe|object|embed|svg|math|img|form|input|base|meta|link)\b/i);
        expect(liveMarkup(html), vector).toEqual([]);
      }
    }
  });
});
