// compare(): the public entry of the analysis: ingest → segment → align → classify → summarize.
import { align } from './align/align.js';
import { classify } from './classify/classify.js';
import { InputError } from './errors.js';
import { ingest } from './ingest/ingest.js';
import type { ArticleInput, CompareOptions, Comparison } from './model.js';
import { segment } from './segment/segment.js';
import { summarize } from './summary/summarize.js';
import { resolveThresholds } from './thresholds.js';
import { analysisVersion } from './version.js';

export function compare(inputs: ArticleInput[], options: CompareOptions = {}): Comparison {
  if (!Array.isArray(inputs) || inputs.length < 2) {
    throw new InputError('A comparison needs at least two articles.', 422);
  }
  const empty = inputs.flatMap((input, i) =>
    typeof input?.text !== 'string' || input.text.trim() === ''
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
  };
}
