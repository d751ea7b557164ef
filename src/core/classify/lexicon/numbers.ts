// Number words, vague quantities and calendar words, so "drei" and "3" compare equal and
// "mehrere" reads as a vaguer figure than "3".

export const numberWords: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  hundert: 100, tausend: 1000, zehntausend: 1e4, hunderttausend: 1e5, dutzend: 12,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1000, dozen: 12, million: 1e6, billion: 1e9,
  millionen: 1e6, milliarden: 1e9, mio: 1e6, mrd: 1e9, bn: 1e9,
};

/** Words that stand for a figure without giving it. */
export const vagueQuantities = new Set([
  'mehrere', 'mehreren', 'mehrerer', 'einige', 'einigen', 'zahlreiche', 'zahlreichen', 'viele', 'vielen', 'etliche',
  'etlichen', 'dutzende', 'dutzenden', 'hunderte', 'hunderten', 'tausende', 'tausenden', 'zehntausende',
  'zehntausenden', 'hunderttausende', 'hunderttausenden', 'unzählige',
  'several', 'some', 'many', 'numerous', 'dozens', 'hundreds', 'thousands', 'tens', 'scores', 'few', 'countless',
]);

/**
 * Words that join a vague quantity to the figure it is vague about: "tens of thousands", "mehrere
 * hundert", "hundreds of thousands" are one unspecific quantity, not a vague word and a figure.
 */
export const vagueJoints = new Set(['of', 'von']);

/**
 * Words that hedge the figure after them ("rund 1.200", "knapp drei", "more than 40"): they stand in
 * the figure's cue, since "knapp drei Tonnen" against "rund 2,5 Tonnen" is how each outlet put it.
 * A hedge of two words is written with a space. ("some 300" is a vague quantity already.)
 */
export const approximators = new Set([
  'rund', 'knapp', 'etwa', 'ungefähr', 'circa', 'ca', 'fast', 'beinahe', 'nahezu', 'annähernd', 'gut', 'über',
  'mindestens', 'höchstens', 'mehr als', 'weniger als', 'bis zu',
  'about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'over', 'more than', 'fewer than', 'less than',
  'up to', 'at least', 'at most', 'just over', 'just under',
]);

/** Calendar words: a date given as "im August" or "am Dienstag" is a figure too. */
export const calendarWords = new Set([
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'january', 'february', 'march', 'june', 'july', 'october', 'december',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'gestern', 'heute', 'morgen', 'yesterday', 'today', 'tomorrow',
]);

/** Scale words that multiply the figure before them. */
export const scaleWords: Record<string, number> = {
  mio: 1e6, 'mio.': 1e6, millionen: 1e6, million: 1e6, mrd: 1e9, 'mrd.': 1e9, milliarden: 1e9, billion: 1e9, bn: 1e9,
  tausend: 1e3, thousand: 1e3, hundert: 1e2, hundred: 1e2,
};
