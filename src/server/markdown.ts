// Renders a curator's Markdown note to HTML that is safe to embed. marked does not sanitise, so
// its output always passes sanitize-html with an allow-list of text structure only.
import { marked } from 'marked';
import sanitize from 'sanitize-html';

const allowList: sanitize.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'hr', 'del'],
  allowedAttributes: { a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Links in notes leave the app: no referrer, no access to this window.
    a: sanitize.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};

export function sanitizeHtml(html: string): string {
  return sanitize(html, allowList);
}

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown.replace(/\r\n?/g, '\n'), { async: false, gfm: true }) as string;
  return sanitizeHtml(html);
}
