// Extracted HTML and rendered Markdown are untrusted: sanitize-html keeps text structure only
// (no script, style, frames, embeds, svg/math, event attributes, javascript:/data: URLs).
import sanitize from 'sanitize-html';

const allowList: sanitize.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'hr', 'del'],
  allowedAttributes: { a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Links leave the app: no referrer, no access to this window.
    a: sanitize.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};

export function sanitizeHtml(html: string): string {
  return sanitize(html, allowList);
}
