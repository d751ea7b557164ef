// Renders a curator's Markdown note to HTML that is safe to embed. marked does not sanitise, so
// its output always passes the allow-list sanitiser.
import { marked } from 'marked';
import { sanitizeHtml } from './sanitize.js';

export { sanitizeHtml };

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown.replace(/\r\n?/g, '\n'), { async: false, gfm: true }) as string;
  return sanitizeHtml(html);
}
