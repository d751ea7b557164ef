// Export renderers for a saved comparison: CSV (formula-safe), Markdown and TEI P5 parallel segmentation.
import type { Comparison } from '../core/model.js';
import { sentenceIndex, textOf } from '../core/present/sentences.js';

/**
 * Spreadsheets run cells starting with = + - @ (also after leading spaces, tabs or line breaks) as
 * formulas: prefix them with an apostrophe so they stay text.
 */
function cell(value: string): string {
  const safe = /^[\s]*[=+\-@]|^[\t\r\n]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One row per unit and article (the unit × outlet matrix); sentence_ids and cues are space/semicolon lists. */
export const csvColumns = ['unit_id', 'status', 'article_id', 'outlet', 'sentence_ids', 'sentences', 'cues', 'edited', 'unit_note'] as const;

export function toCsv(c: Comparison): string {
  const byId = sentenceIndex(c);
  const rows = [csvColumns.map(cell).join(',')];
  for (const u of c.units) {
    for (const a of c.articles) {
      const ids = u.sentences[a.id] ?? [];
      const cues = u.cues.filter((x) => x.articleId === a.id).map((x) => `${x.kind}: ${x.text}`);
      const row = [u.id, u.status, a.id, a.outlet, ids.join(' '), textOf(byId, ids), cues.join('; ')];
      rows.push([...row, u.edited ? 'yes' : 'no', u.note ?? ''].map(cell).join(','));
    }
  }
  return rows.join('\n') + '\n';
}

/**
 * Text inside a Markdown line (never at its start: every line the export writes opens with its own
 * marker), escaped only where Markdown would read it as markup: emphasis and code marks, link
 * brackets, HTML and entities, strikethrough. Full stops, hyphens and parentheses stay as written,
 * so the export reads "ausgelöst." and not "ausgelöst\.". Line breaks become spaces, since one
 * inside a list item could start a new block.
 */
function mdEscape(s: string): string {
  return s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** A heading's text: inline escapes, and a closing run of # (which Markdown would drop) kept. */
function mdHeading(s: string): string {
  return mdEscape(s).replace(/(^|\s)(#+)\s*$/, (_m, space: string, hashes: string) => `${space}${hashes.replace(/#/g, '\\#')}`);
}

/**
 * A curator's note is Markdown already, so it keeps its formatting, as a blockquote; raw HTML in it
 * is escaped so a Markdown viewer never renders markup someone else wrote.
 */
function quoteNote(markdown: string): string {
  return markdown
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export function toMarkdown(c: Comparison): string {
  const byId = sentenceIndex(c);
  const out = [`# ${mdHeading(c.articles[0]?.title ?? 'Comparison')}`, ''];
  for (const [k, n] of Object.entries(c.summary.counts)) out.push(`- ${k}: ${n}`);
  out.push('');
  if (c.note) out.push('Curator’s note:', '', quoteNote(c.note), '');
  const edits = c.edits?.length ?? 0;
  if (edits > 0) out.push(`_${edits} hand ${edits === 1 ? 'edit' : 'edits'} applied; units marked “edited by hand” differ from the automatic result._`, '');
  if (c.headlines) {
    out.push('## Headlines', '');
    for (const id of c.headlines.articleIds) {
      const a = c.articles.find((x) => x.id === id);
      if (a?.title) out.push(`- **${mdEscape(a.outlet)}**: ${mdEscape(a.title)}`);
    }
    for (const x of c.headlines.cues) out.push(`  - ${x.kind} (${mdEscape(x.articleId)}): ${mdEscape(x.note)}`);
    if (c.headlines.cues.length === 0) out.push('  - no framing difference');
    out.push('');
  }
  for (const u of c.units) {
    out.push(`## ${u.id} (${u.status}${u.edited ? ', edited by hand' : ''})`, '');
    if (u.note) out.push(quoteNote(u.note), '');
    for (const a of c.articles) {
      const text = textOf(byId, u.sentences[a.id] ?? []);
      out.push(`- **${mdEscape(a.outlet)}**: ${text ? mdEscape(text) : '_(missing)_'}`);
    }
    for (const x of u.cues) out.push(`  - ${x.kind} (${mdEscape(x.articleId)}): ${mdEscape(x.note)}`);
    out.push('');
  }
  return out.join('\n');
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** TEI P5 parallel segmentation: one <app> per unit, one <rdg> per article witness. */
export function toTei(c: Comparison): string {
  const byId = sentenceIndex(c);
  const wits = c.articles.map((a) => `<witness xml:id="${xml(a.id)}">${xml(a.outlet)}</witness>`).join('');
  const apps = c.units
    .map((u) => {
      const rdgs = c.articles
        .filter((a) => (u.sentences[a.id] ?? []).length > 0)
        .map((a) => `<rdg wit="#${xml(a.id)}">${xml(textOf(byId, u.sentences[a.id] ?? []))}</rdg>`)
        .join('');
      const note = u.note ? `<note type="curator">${xml(u.note)}</note>` : '';
      return `<app xml:id="${xml(u.id)}" type="${u.status}"${u.edited ? ' resp="#curator"' : ''}>${rdgs}${note}</app>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>${xml(c.articles[0]?.title ?? 'Comparison')}</title></titleStmt><publicationStmt><p>storydiff export</p></publicationStmt><sourceDesc><listWit>${wits}</listWit></sourceDesc></fileDesc><encodingDesc><variantEncoding method="parallel-segmentation" location="internal"/></encodingDesc></teiHeader>
<text><body><p>
${apps}
</p></body></text></TEI>
`;
}
