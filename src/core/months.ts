// The names of the months, German and English: the number cue reads dates by them, and the aligner
// tells a day of a month ("18. Dezember", "March 12") from a count.

export const germanMonths: ReadonlySet<string> = new Set([
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
]);

/** "May" and "March" are verbs too: a reader checks that they are capitalised as written. */
export const englishMonths: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
