// Text A's side of a two-text diff with text A's own spacing. The diff's equal parts carry text B's
// whitespace (so the inline view reads as B), which glued A's paragraphs side by side wherever a
// break of A sat inside B's insertion: "…in OberwaldIn Oberwald ist am Montag…".
import type { DiffPart, TextDiffPart } from '../model.js';

const isSpace = (ch: string) => /\s/.test(ch);

/**
 * Rewrites the whitespace of `pieces` (consecutive, non-whitespace characters in the order of
 * `source`) to be the whitespace of `source`, so the pieces rejoin to `source` exactly. Returns
 * null when the pieces do not spell `source`, and the caller keeps them as they were.
 */
export function respace(pieces: string[], source: string): string[] | null {
  const out = pieces.map(() => '');
  let j = 0;
  let last = -1; // the piece written to last, which takes a break the pieces have no space for
  let inSpace = false;
  const spaceRun = () => {
    const start = j;
    while (j < source.length && isSpace(source[j]!)) j++;
    return source.slice(start, j);
  };
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    // By UTF-16 unit, as `source[j]` reads: by code point an emoji would never match its two units.
    for (let x = 0; x < piece.length; x++) {
      const ch = piece[x]!;
      if (isSpace(ch)) {
        if (!inSpace) out[k] += spaceRun();
        inSpace = true;
        continue;
      }
      if (!inSpace && j < source.length && isSpace(source[j]!)) out[last >= 0 ? last : k] += spaceRun();
      inSpace = false;
      if (source[j] !== ch) return null;
      out[k] += ch;
      j++;
      last = k;
    }
  }
  const rest = spaceRun();
  if (j < source.length) return null;
  if (rest) out[last >= 0 ? last : out.length - 1] += rest;
  return out;
}

/** What text A shows of a part: null for what only B has. */
function aText(p: TextDiffPart): string | null {
  if (p.op === 'equal' || p.op === 'delete' || p.op === 'moved-away') return p.text;
  if (p.op === 'modify') return p.from;
  return null;
}

/** The parts with A's words in A's spacing; B's parts are dropped, as side A never shows them. */
export function sideAParts(parts: TextDiffPart[], a: string): TextDiffPart[] {
  const own = parts.filter((p) => aText(p) !== null);
  const texts = respace(own.map((p) => aText(p)!), a);
  if (!texts) return own;
  return own.flatMap((p, k): TextDiffPart[] => {
    const text = texts[k]!;
    if (p.op !== 'modify') return [{ ...p, text }];
    // A modified word stays one word: spacing A has around it stands beside it, unmarked.
    const lead = /^\s*/.exec(text)![0];
    const trail = /\s*$/.exec(text.slice(lead.length))![0];
    const word: DiffPart = { ...p, from: text.slice(lead.length, text.length - trail.length) };
    return [...(lead ? [{ op: 'equal' as const, text: lead }] : []), word, ...(trail ? [{ op: 'equal' as const, text: trail }] : [])];
  });
}
