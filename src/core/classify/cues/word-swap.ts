// Label through the word diff: one noun swapped for another in otherwise identical wording
// ("Die Hafenarbeiter streikten am Montag" / "Die Dockarbeiter streikten am Montag") is a choice
// of name even when no table lists the pair.
import { tokensOf } from '../../diff/tokens.js';
import { diffTokens } from '../../diff/word-diff.js';
import type { Cue, DiffPart, Sentence } from '../../model.js';
import { wordsOf } from '../lexicon/match.js';
import { calendarWords, numberWords, seasons, timeWords, vagueQuantities } from '../lexicon/numbers.js';
import { stopwords } from '../../vocabulary/stopwords.js';
import { isGermanRole } from './descriptor.js';
import { labelValueOf } from './label.js';
import { type Side, outletOf } from './side.js';

/** Words of unchanged context around the swap, so a rewrite is not a "swap". */
const minContextWords = 3;
const noun = /^\p{Lu}[\p{L}\p{M}-]{2,}$/u;

const wordsIn = (part: DiffPart | undefined): number =>
  part && part.op === 'equal' ? (part.text.match(/[\p{L}\p{N}]+/gu) ?? []).length : 0;

/**
 * Cheap check before diffing: a swap needs nearly the same words, and diffing every pair of a
 * 50-article unit's reworded sentences would cost more than all other cue kinds together.
 */
function nearlySameWording(a: Sentence, b: Sentence): boolean {
  const x = wordsOf(a, a.text).lower;
  const words = wordsOf(b, b.text).lower;
  // b has at most as many distinct words as words: a much longer a fails without a Set of b's words.
  if (x.length - words.length > 3) return false;
  const y = new Set(words);
  if (Math.abs(x.length - y.size) > 3) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= Math.min(x.length, y.size) * 0.6;
}

/** Whether the text holds the word as a whole word, in any case. */
function hasWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  const words: string[] = text.toLowerCase().match(/[\p{L}\p{M}-]+/gu) ?? [];
  return words.includes(lower);
}

/**
 * Whether a word gives a count, a date or a time ("Hunderte" / "Tausende", "Montag" / "Dienstag",
 * "Juni", "Morgen"): a swap of such words tells another figure or day, the number cue's business,
 * not another name for one thing.
 */
function isFigureOrDate(word: string): boolean {
  const lower = word.toLowerCase();
  return calendarWords.has(lower) || [numberWords, vagueQuantities, seasons, timeWords].some((table) => Object.hasOwn(table, lower));
}

/**
 * Prepositions before a bare place name ("in Hagenbrück", "towards Millbrook"). German only those
 * where a common noun takes an article ("in der Stadt"); after "von" or "aus" a plural goes bare.
 */
const placePrepositions = {
  de: new Set(['in', 'nach', 'bei']),
  en: new Set(['in', 'from', 'to', 'towards', 'toward', 'near', 'at', 'into', 'outside']),
};

/**
 * Whether the swapped word at `at` is the name of a place or a person: after a bare preposition of
 * place ("in Hagenbrück" / "in Ruppertsgrund"), or in English after a first name inside the
 * sentence ("Tom Reed" / "Tom Baker"; German capitalises every noun, so no such reading there).
 * Two such names are two places or two people, another fact, not another name for one thing. A
 * title before a name ("said Mayor Reed" / "said Councillor Reed") stays a swap.
 */
function isPlaceOrSurname(text: string, at: number, german: boolean): boolean {
  const head = text.slice(0, at).trimEnd();
  const word = /[\p{L}-]+$/u.exec(head)?.[0];
  if (word === undefined) return false;
  if (placePrepositions[german ? 'de' : 'en'].has(word)) return true;
  const insideSentence = head.slice(0, -word.length).trim() !== '';
  return !german && insideSentence && /^\p{Lu}\p{Ll}+$/u.test(word) && !stopwords.has(word.toLowerCase());
}

/** Whether one word is the other role noun with a first part before it. */
function isNarrowerRole(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const shorter = x.length <= y.length ? x : y;
  return (x.endsWith(y) || y.endsWith(x)) && isGermanRole(shorter);
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function wordSwapCues(sides: Side[], maxEditLength: number): Cue[] {
  const [first, ...others] = sides;
  const a = first?.sentences[0];
  if (!first || !a) return [];
  const cues: Cue[] = [];
  for (const other of others) {
    const b = other.sentences[0];
    if (!b || !nearlySameWording(a, b)) continue;
    const { parts, truncated } = diffTokens(a.text, tokensOf(a, a.text), b.text, tokensOf(b, b.text), { maxEditLength });
    if (truncated) continue;
    parts.forEach((part, i) => {
      const next = parts[i + 1];
      let from: string;
      let to: string;
      let after: DiffPart | undefined;
      if (part.op === 'delete' && next?.op === 'insert') {
        [from, to, after] = [part.text.trim(), next.text.trim(), parts[i + 2]];
      } else if (part.op === 'modify' && sharedPrefix(part.from, part.to) < Math.min(part.from.length, part.to.length) / 2) {
        // A compound with a new first part (Hafenarbeiter → Dockarbeiter) is a new name, not an
        // inflection, though the diff shows it compactly as one changed word.
        [from, to, after] = [part.from, part.to, next];
      } else return;
      if (!noun.test(from) || !noun.test(to) || isFigureOrDate(from) || isFigureOrDate(to)) return;
      // A noun that also stands elsewhere in the other sentence was moved, not renamed: "ein Leck an
      // einer Dichtung, die Anlage …" / "ein Defekt an einer Anlage, die …" name the same two things.
      if (hasWord(b.text, from) || hasWord(a.text, to)) return;
      // A role compounded on the other role names the same person more narrowly ("Werkssprecherin"
      // of "Sprecherin", "Landesverkehrsministerin" of "Verkehrsministerin"). A thing's compound
      // may say more of it, and stays: a Warnstreik is a strike of its own kind.
      if (isNarrowerRole(from, to)) return;
      // Two words the label table reads as one plain choice (Forscher / Wissenschaftler) are no
      // swap either. Only the plain ones: a Warnstreik against a Streik says more, and stays.
      const fromValue = labelValueOf(from.toLowerCase());
      if (fromValue?.endsWith(':plain') && fromValue === labelValueOf(to.toLowerCase())) return;
      if (wordsIn(parts[i - 1]) + wordsIn(after) < minContextWords) return;
      const fromAt = a.text.indexOf(from);
      const toAt = b.text.indexOf(to);
      if (isPlaceOrSurname(a.text, fromAt, first.article.language === 'de') || isPlaceOrSurname(b.text, toAt, other.article.language === 'de')) return;
      cues.push(
        { kind: 'label', articleId: first.article.id, text: from, note: `${outletOf(first)} says '${from}' where ${outletOf(other)} says '${to}' in otherwise the same words.`, sentenceId: a.id, span: { start: fromAt, end: fromAt + from.length }, value: `swap:${to}` },
        { kind: 'label', articleId: other.article.id, text: to, note: `${outletOf(other)} says '${to}' where ${outletOf(first)} says '${from}' in otherwise the same words.`, sentenceId: b.id, span: { start: toAt, end: toAt + to.length }, value: `swap:${from}` },
      );
    });
  }
  return cues;
}
