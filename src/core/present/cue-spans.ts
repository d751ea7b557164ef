// Where a unit's cues stand in the text a view shows for one outlet.
import type { Cue, Sentence } from '../model.js';

export interface CueSpan<T> {
  item: T;
  start: number;
  end: number;
}

/** Whether a span lies inside a text of this length and holds at least one character. */
const fits = (span: Cue['span'], length: number): span is NonNullable<Cue['span']> =>
  span !== undefined && span.start >= 0 && span.end <= length && span.start < span.end;

/**
 * Places cues in `text`, which joins one outlet's sentences of a unit with spaces: a cue's span is
 * within its own sentence's display text. Cues with no usable span are left out; of overlapping
 * spans the first (then the longer) is kept, so marks never nest.
 */
export function placeCues<T>(text: string, items: T[], cueOf: (item: T) => Cue, index: Map<string, Sentence>): Array<CueSpan<T>> {
  const placed: Array<CueSpan<T>> = [];
  for (const item of items) {
    const cue = cueOf(item);
    const sentence = cue.sentenceId ? index.get(cue.sentenceId) : undefined;
    if (!sentence || !fits(cue.span, sentence.text.length)) continue;
    const at = text.indexOf(sentence.text);
    if (at < 0) continue;
    placed.push({ item, start: at + cue.span.start, end: at + cue.span.end });
  }
  return apart(placed);
}

/** Places headline cues in their title, whose span indexes the title itself (Headlines), as placeCues does. */
export function placeTitleCues<T>(title: string, items: T[], cueOf: (item: T) => Cue): Array<CueSpan<T>> {
  const placed: Array<CueSpan<T>> = [];
  for (const item of items) {
    const { span } = cueOf(item);
    if (fits(span, title.length)) placed.push({ item, start: span.start, end: span.end });
  }
  return apart(placed);
}

/** In text order, the first (then the longer) of overlapping spans kept, so marks never nest. */
function apart<T>(placed: Array<CueSpan<T>>): Array<CueSpan<T>> {
  placed.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Array<CueSpan<T>> = [];
  for (const p of placed) if (kept.length === 0 || p.start >= kept[kept.length - 1]!.end) kept.push(p);
  return kept;
}
