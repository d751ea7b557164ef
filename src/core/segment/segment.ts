// Segment: splits an ingested article into sections (by heading blocks) and sentences that keep
// their offsets into the body, so views can highlight and exports can cite the exact span.
import type { Article, IngestedArticle, Section, Sentence } from '../model.js';
import { maskQuoteMarkers, stripInlineMarkdown } from './inline.js';
import { displayText, splitSentences } from './sentences.js';

export function segment(article: IngestedArticle): Article {
  const show = (raw: string): string =>
    displayText(article.format === 'markdown' ? stripInlineMarkdown(raw) : raw);
  const sections: Section[] = [];
  let current: Section = { id: `${article.id}:h0`, heading: null, headingSpan: null, sentences: [] };
  sections.push(current);
  let sentenceIndex = 0;
  let paragraph = 0;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      current = {
        id: `${article.id}:h${sections.length}`,
        heading: show(article.body.slice(block.start, block.end)),
        headingSpan: { start: block.start, end: block.end },
        sentences: [],
      };
      sections.push(current);
      continue;
    }
    const text = article.body.slice(block.start, block.end);
    const plain = article.format === 'markdown' ? maskQuoteMarkers(text) : text;
    for (const span of splitSentences(plain, article.language)) {
      const start = block.start + span.start;
      const end = block.start + span.end;
      const sentence: Sentence = {
        id: `${article.id}:s${sentenceIndex}`,
        text: show(article.body.slice(start, end)),
        start,
        end,
        index: sentenceIndex++,
        paragraph,
      };
      if (block.kind === 'quote') sentence.quoted = true;
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
    // Absent rather than empty: comparisons of articles without furniture stay as they were.
    ...(article.furniture.length > 0 ? { furniture: article.furniture } : {}),
  };
}
