// What every cue detector works on: one article's sentences inside a unit, and a helper that
// turns per-article signals into cues only where the signal differs across the unit's articles.
import type { Article, Cue, CueKind, Sentence, Span } from '../../model.js';

export interface Side {
  article: Article;
  sentences: Sentence[];
  /** Whether the article's headline tells this unit (see headline.ts). */
  headline?: boolean;
}

/** A signal found in one sentence of a side, e.g. the hedge 'angeblich' with value 'reported'. */
export interface Signal {
  sentence: Sentence;
  text: string;
  span: Span;
  value: string;
}

/**
 * The signals of each of a side's sentences, in one list. A loop, not sentences.flatMap: flatMap
 * takes V8's generic path, and detectors run it for every side of every unit.
 */
export function sentenceSignals(side: Side, signalsOf: (sentence: Sentence) => Signal[]): Signal[] {
  const all: Signal[] = [];
  for (const sentence of side.sentences) for (const signal of signalsOf(sentence)) all.push(signal);
  return all;
}

export const outletOf = (side: Side): string => side.article.outlet || side.article.id;

/** The words of a side's outlet name, lower case, of four letters or more ("rundschau", "mercury"): how an outlet names itself. */
export const outletNameWords = (side: Side): string[] => side.article.outlet.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/** Named outlets before "and N others": a note read aloud stays one sentence with 50 articles. */
const maxNamed = 3;

/** "A", "A and B", "A, B and C", "A, B, C and 4 others". */
export function listOutlets(sides: Side[]): string {
  const names = sides.slice(0, maxNamed).map(outletOf);
  if (sides.length > maxNamed + 1) return `${names.join(', ')} and ${sides.length - maxNamed} others`;
  // Four outlets: all four named, not "A, B, C and 1 others".
  if (sides.length === maxNamed + 1) return `${names.join(', ')} and ${outletOf(sides[maxNamed]!)}`;
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A cue for each signal of a side whose value at least one other side of the unit lacks: the same
 * hedge in every outlet is no framing difference, a hedge in one and not another is. Each side's
 * value is reported once, at its first occurrence. `comparable` narrows the sides that count as
 * lacking (labels: only a side that names the same thing, with another word).
 */
export function differingCues(
  kind: CueKind,
  sides: Side[],
  signals: Signal[][],
  note: (signal: Signal, side: Side, lacking: Side[]) => string,
  comparable: (signal: Signal, otherIndex: number) => boolean = () => true,
): Cue[] {
  const cues: Cue[] = [];
  // Most sides of most units have no signal of a kind: then there is nothing to compare.
  if (signals.every((list) => list.length === 0)) return cues;
  for (let i = 0; i < sides.length; i++) {
    const side = sides[i]!;
    const own = signals[i]!;
    for (let k = 0; k < own.length; k++) {
      const signal = own[k]!;
      if (hasValue(own, signal.value, k)) continue;
      const lacking: Side[] = [];
      for (let j = 0; j < sides.length; j++) {
        if (j !== i && !hasValue(signals[j]!, signal.value) && comparable(signal, j)) lacking.push(sides[j]!);
      }
      if (lacking.length === 0) continue;
      cues.push({
        kind,
        articleId: side.article.id,
        text: signal.text,
        note: note(signal, side, lacking),
        sentenceId: signal.sentence.id,
        span: signal.span,
        value: signal.value,
      });
    }
  }
  return cues;
}

/**
 * Whether one of the first `count` signals (all by default) has the value. A side has a few signals of a kind, so
 * a look along the list, not a Set of its values per side and per unit: those Sets were a good
 * part of what the detectors left to the garbage collector.
 */
export function hasValue(signals: Signal[], value: string, count = signals.length): boolean {
  for (let k = 0; k < count; k++) if (signals[k]!.value === value) return true;
  return false;
}
