// Segment: splits an ingested article into sections (by headings) and sentences with offsets.
// FIRST VERSION (foundation): a plain regex split. Replaced by issue 3.
import type { Article, IngestedArticle, Section, Sentence } from '../model.js';

export function segment(article: IngestedArticle): Article {
  const sections: Section[] = [];
  let current: Section = { id: `${article.id}:h0`, heading: null, headingSpan: null, sentences: [] };
  sections.push(current);
  let sentenceIndex = 0;
  let paragraph = 0;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      current = {
        id: `${article.id}:h${sections.length}`,
        heading: article.body.slice(block.start, block.end),
        headingSpan: { start: block.start, end: block.end },
        sentences: [],
      };
      sections.push(current);
      continue;
    }
    const text = article.body.slice(block.start, block.end);
    for (const m of text.matchAll(/[^.!?]+(?:[.!?]+[“”"»]?|$)/g)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const start = block.start + (m.index ?? 0) + lead;
      const end = block.start + (m.index ?? 0) + raw.trimEnd().length;
      if (end <= start) continue;
      const sentence: Sentence = {
        id: `${article.id}:s${sentenceIndex}`,
        text: article.body.slice(start, end).replace(/\s+/g, ' '),
        start,
        end,
        index: sentenceIndex++,
        paragraph,
      };
      current.sentences.push(sentence);
    }
    paragraph++;
  }
  return {
    id: article.id,
    outlet: article.outlet,
    title: article.title,
    url: article.url,
    date: article.date,
    format: article.format,
    language: article.language,
    body: article.body,
    titleSpan: article.titleSpan,
    paragraphCount: paragraph,
    sections: sections.filter((s) => s.heading !== null || s.sentences.length > 0),
  };
}
