// Markdown inline syntax is markup, not wording: a sentence's display text shows `Kreml`, not
// `**Kreml**` or `[Kreml](https://…)`, while its offsets still cite the raw span in the body.

export function stripInlineMarkdown(raw: string): string {
  return raw
    .replace(/\n[ \t]*>[ \t]?/g, '\n') // continuation lines of a blockquote
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
}

/**
 * Blanks a blockquote's `>` continuation markers, keeping the length so offsets still hold: the
 * splitter must see `Ott. Er sprach`, not `Ott.\n> Er sprach`, to end the sentence there.
 */
export function maskQuoteMarkers(raw: string): string {
  return raw.replace(/(\n[ \t]*)(>[ \t]?)/g, (_m, lead: string, marker: string) => lead + ' '.repeat(marker.length));
}
