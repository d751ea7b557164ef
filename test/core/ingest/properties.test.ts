import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/ingest/ingest.js';
import { segment } from '../../../src/core/segment/segment.js';
import type { ArticleFormat } from '../../../src/core/model.js';

const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(fc.constantFrom('# Titel', '\n\n', '> Zitat.', '- Punkt', '<p>Absatz.</p>', '<h2>Kopf</h2>', 'Er sagte: „Ja.“', ' Dr. ', '24. Okt.', '\r\n', '---\ntitle: x\n---\n'), { maxLength: 30 })
    .map((parts) => parts.join('')),
);

describe('ingest and segment on arbitrary input', () => {
  it('never throw, and every sentence and heading span lies inside the body in order', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom<ArticleFormat>('text', 'markdown', 'html'), (text, format) => {
        const a = segment(ingest({ text, format }, 0));
        let last = 0;
        for (const section of a.sections) {
          if (section.headingSpan) {
            expect(section.headingSpan.end).toBeLessThanOrEqual(a.body.length);
          }
          for (const s of section.sentences) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(a.body.length);
            expect(s.text.trim()).not.toBe('');
            last = s.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splits a long many-sentence text in linear time', () => {
    const text = 'Der Kreml nannte das Gespräch am 20. Okt. konstruktiv. '.repeat(4000);
    const t0 = performance.now();
    const a = segment(ingest({ text }, 0));
    expect(a.sections[0]!.sentences).toHaveLength(4000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
