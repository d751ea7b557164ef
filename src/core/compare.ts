// compare(): the public entry of the analysis: ingest → segment → align → classify → summarize.
import { align } from './align/align.js';
import { classify } from './classify/classify.js';
import { compareHeadlines } from './classify/headline-cues.js';
import { InputError } from './errors.js';
import { ingest } from './ingest/ingest.js';
import type { ArticleInput, CompareOptions, Comparison } from './model.js';
import { segment } from './segment/segment.js';
import { summarize } from './summary/summarize.js';
import { resolveThresholds } from './thresholds.js';
import { analysisVersion } from './version.js';

// Zero-width characters and soft hyphens are not whitespace to String#trim, but a text made only of
// them (a paste from a web page's empty container) has nothing to compare.
const visible = /[^\s\u00ad\u200b-\u200d\u2060\ufeff]/u;
function hasVisibleText(text: string): boolean {
  return visible.test(text);
}

export function compare(inputs: ArticleInput[], options: CompareOptions = {}): Comparison {
  if (!Array.isArray(inputs) || inputs.length < 2) {
    throw new InputError('A comparison needs at least two articles.', 422);
  }
  const empty = inputs.flatMap((input, i) =>
    typeof input?.text !== 'string' || !hasVisibleText(input.text)
      ? [{ field: `articles[${i}]`, message: `Article ${i + 1} has no text.` }]
      : [],
  );
  if (empty.length > 0) throw new InputError(empty, 422);

  const thresholds = resolveThresholds(options.thresholds);
  const articles = inputs.map((input, i) => {
    const ingested = ingest(input, i);
    return segment(options.language ? { ...ingested, language: options.language } : ingested);
  });
  const alignment = align(articles, thresholds);
  const units = classify(articles, alignment, thresholds);
  return {
    analysisVersion,
    articles,
    units,
    sectionLinks: alignment.sectionLinks,
    summary: summarize(articles, units),
    headlines: compareHeadlines(articles, thresholds),
  };
}
