// Normalisation for analysis only: the body keeps the original text for display, while matching,
// stemming and cue detection see one spelling of each quote, dash and space.

/** NFC, typographic quotes/dashes to ASCII, NBSP-like spaces to spaces, soft hyphens removed. */
export function normalizeForAnalysis(text: string): string {
  const nfc = text.normalize('NFC');
  // Most sentences hold none of the characters below: one scan instead of ten replacements.
  if (!touched.test(nfc)) return nfc;
  return nfc
    .replace(/\u00AD/g, '')
    .replace(/(\p{L})-[ \t]*\n[ \t]*(\p{Ll})/gu, '$1$2')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[„“”‟«»″]/g, '"')
    .replace(/[‚‘’‛‹›′]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2012-\u2015\u2212]/g, '–')
    .replace(/…/g, '...');
}

/** Every character a replacement above looks for (the hyphenation join needs a line break). */
const touched = /[\u00AD\n\u00A0\u2000-\u200D\u202F\u205F\u3000\u2060\uFEFF„“”‟«»″‚‘’‛‹›′\u2010-\u2015\u2212…]/;
