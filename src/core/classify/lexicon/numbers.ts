// Number words, vague quantities and calendar words, so "drei" and "3" compare equal and
// "mehrere" reads as a vaguer figure than "3"; multipliers, so "zwei Dutzend" is 24 and "£1.2m" is
// 1.2 million; and vague times ("am Wochenende", "last week"), which are dates as weekdays are.
import { englishMonths, germanMonths } from '../../months.js';

export const numberWords: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  hundert: 100, tausend: 1000, zehntausend: 1e4, hunderttausend: 1e5, dutzend: 12,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1000, dozen: 12, million: 1e6, billion: 1e9, zero: 0,
  milliarde: 1e9, mio: 1e6, mrd: 1e9, bn: 1e9,
};

/**
 * Articles that are the figure of the multiplier after them ("a dozen", "a thousand", "ein
 * Dutzend", "eine Million"): one figure with it, never a figure alone.
 */
export const figureArticles = new Set(['a', 'one', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines']);

/**
 * Words that stand for a figure without giving it, each with the magnitude it names (1: none).
 * "Thousands" and "some" are both vague, but not the same quantity: the magnitude keeps them apart,
 * and "Tausende", "mehrere tausend" and "thousands" together ("tens of thousands" is 10 × 1000).
 * The plural of a multiplier alone is vague ("Millionen Menschen"); after a figure it multiplies.
 */
export const vagueQuantities: Record<string, number> = {
  mehrere: 1, mehreren: 1, mehrerer: 1, einige: 1, einigen: 1, zahlreiche: 1, zahlreichen: 1, viele: 1, vielen: 1,
  etliche: 1, etlichen: 1, unzählige: 1, dutzende: 12, dutzenden: 12, hunderte: 100, hunderten: 100, tausende: 1e3,
  tausenden: 1e3, zehntausende: 1e4, zehntausenden: 1e4, hunderttausende: 1e5, hunderttausenden: 1e5,
  millionen: 1e6, milliarden: 1e9, wenige: 1, wenigen: 1,
  // "im zweistelligen Millionenbereich": the digits of a magnitude, and the magnitude as a range
  millionenbereich: 1e6, milliardenbereich: 1e9, millionenhöhe: 1e6, einstelligen: 1, zweistelligen: 10,
  dreistelligen: 100,
  // durations that give no figure
  jahrelang: 1, monatelang: 1, wochenlang: 1, tagelang: 1, stundenlang: 1,
  several: 1, some: 1, many: 1, numerous: 1, few: 1, countless: 1, dozens: 12, scores: 20, tens: 10, hundreds: 100,
  thousands: 1e3, millions: 1e6, billions: 1e9,
};

/**
 * Words that join a vague quantity to the figure it is vague about: "tens of thousands", "mehrere
 * hundert", "hundreds of thousands" are one unspecific quantity, not a vague word and a figure.
 */
export const vagueJoints = new Set(['of', 'von']);

/**
 * Words that hedge the figure after them ("rund 1.200", "knapp drei", "more than 40"), with what they
 * make of it: an estimate ('') or a floor ('>'). They stand in the figure's cue, since "knapp drei
 * Tonnen" against "rund 2,5 Tonnen" is how each outlet put it; "more than 4,000" against "almost
 * 4,000" is a difference, "nearly" against "about" none. A hedge of two words is written with a
 * space. ("some 300" is a vague quantity already.)
 */
export const approximators = new Map<string, '' | '>'>([
  // around or below the figure ("rund 1.200", "knapp drei", "nearly 100", "up to 50")
  ...(
    [
      'rund', 'etwa', 'ungefähr', 'circa', 'ca', 'annähernd', 'knapp', 'fast', 'beinahe', 'nahezu', 'höchstens', 'weniger als',
      'bis zu', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'fewer than', 'less than', 'up to', 'at most',
      'just under', 'kurz vor', 'shortly before', 'just before',
    ] as const
  ).map((w): [string, ''] => [w, '']),
  // above it, a floor rather than an estimate ("gut 500", "more than 40"), and after a time of day
  ...(['gut', 'über', 'mindestens', 'mehr als', 'over', 'more than', 'at least', 'just over', 'kurz nach', 'shortly after', 'just after'] as const).map(
    (w): [string, '>'] => [w, '>'],
  ),
]);

/** Calendar words: a date given as "im August" or "am Dienstag" is a figure too. */
/** Months, German and English but "may" (a verb as often): a year after one joins it into one date. */
export const monthNames: ReadonlySet<string> = new Set([...germanMonths, ...[...englishMonths].filter((month) => month !== 'may')]);

export const calendarWords = new Set([
  ...monthNames,
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'gestern', 'heute', 'morgen', 'yesterday', 'today', 'tomorrow',
]);

/**
 * Scale words that multiply the figure before them, as a unit of its token ("3,5 Mio.") or as the
 * words after it ("zwei Dutzend", "two hundred thousand", "a dozen").
 */
export const scaleWords: Record<string, number> = {
  mio: 1e6, 'mio.': 1e6, 'mill.': 1e6, millionen: 1e6, million: 1e6, mrd: 1e9, 'mrd.': 1e9, milliarde: 1e9,
  milliarden: 1e9, billion: 1e9, bn: 1e9, trillion: 1e12, tausend: 1e3, thousand: 1e3, hundert: 1e2, hundred: 1e2,
  dutzend: 12, dozen: 12,
};

/**
 * Magnitude letters written straight after the digits ("£1.2m", "$48mn", "500k"; "€2bn" is a
 * token's unit already). Only without a space: "5 m" is more often metres.
 */
export const figureSuffixes: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12 };

// ---------------------------------------------------------------------------------------------
// Vague times: dates as weekdays and months are, keyed by what they name ('d:wochenende',
// 'd:letzte woche'), so the same vague time in two outlets is no difference and "am Wochenende"
// against "am Freitag" is.
// ---------------------------------------------------------------------------------------------

/** Words that are a date on their own, with the key they compare by. */
export const timeWords: Record<string, string> = {
  wochenende: 'wochenende', wochenendes: 'wochenende', weekend: 'weekend', tonight: 'tonight',
};

/**
 * Seasons, with the key they compare by ("Frühling" is "Frühjahr", "fall" is "autumn"). A date
 * only after a word of `seasonLeads` (or "the"/"den" after one of `seasonLeadsBeforeArticle`):
 * "spring", "fall" and "winter" are common words too ("prices fall", "a hot spring").
 */
export const seasons: Record<string, string> = {
  frühjahr: 'frühjahr', frühjahrs: 'frühjahr', frühling: 'frühjahr', frühlings: 'frühjahr', sommer: 'sommer',
  sommers: 'sommer', herbst: 'herbst', herbstes: 'herbst', herbsts: 'herbst', winter: 'winter', winters: 'winter',
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn',
};

/** Words right before a season that make it a date: "im Sommer", "letzten Herbst", "this spring". */
export const seasonLeads = new Set([
  'im', 'vom', 'zum', 'dem', 'des', 'diesen', 'dieses', 'diesem', 'letzten', 'vergangenen', 'vorigen', 'nächsten',
  'kommenden', 'in', 'this', 'last', 'next', 'early', 'late', 'every',
]);

/**
 * Words before "the"/"den" and a season that make it a date: "in the summer", "over the winter",
 * "über den Winter". Not "of" or "by": "the size of the fall", "hit by the fall in prices".
 */
export const seasonLeadsBeforeArticle = new Set([
  'in', 'during', 'over', 'since', 'until', 'till', 'through', 'throughout', 'über', 'durch', 'für',
]);

/**
 * Seasons that are as often another word: after "the" a season only in "in the fall", not "since
 * the fall of the Wall", "over the fall in prices".
 */
export const ambiguousSeasons = new Set(['fall']);

/**
 * Nouns of a span of time, with the key they compare by: a date only with a word that places them
 * ("letzte Woche", "last month", "Ende der Woche"), not alone ("eine Woche lang", "a week").
 */
export const timeSpans: Record<string, string> = {
  woche: 'woche', monat: 'monat', monats: 'monat', jahr: 'jahr', jahres: 'jahr', jahrs: 'jahr', nacht: 'nacht',
  week: 'week', month: 'month', year: 'year', night: 'night', morning: 'morning', afternoon: 'afternoon',
  evening: 'evening',
};

/** Words right before a span that place it, with the key they compare by ("vergangene" is "letzte"). */
export const spanModifiers: Record<string, string> = {
  vergangene: 'letzte', vergangenen: 'letzte', vergangener: 'letzte', vergangenes: 'letzte', vergangenem: 'letzte',
  letzte: 'letzte', letzten: 'letzte', letzter: 'letzte', letztes: 'letzte', letztem: 'letzte',
  vorige: 'letzte', vorigen: 'letzte', voriger: 'letzte', voriges: 'letzte', vorigem: 'letzte',
  nächste: 'nächste', nächsten: 'nächste', nächster: 'nächste', nächstes: 'nächste', nächstem: 'nächste',
  kommende: 'nächste', kommenden: 'nächste', kommender: 'nächste', kommendes: 'nächste', kommendem: 'nächste',
  diese: 'diese', diesen: 'diese', dieser: 'diese', dieses: 'diese', diesem: 'diese',
  last: 'last', this: 'this', next: 'next',
};

/**
 * Words before a modifier that make it an order, not a place in time: "the last week of the
 * season", "over the next year", "the very next morning" (of the story, not of the calendar).
 */
export const spanOrderWords = new Set(['the', 'very']);

/**
 * Words before a placed span that narrow it, kept in the cue's text but not its key: "Anfang
 * dieser Woche", "earlier this week", "late last year" (the week is the same week).
 */
export const spanEdges = new Set(['anfang', 'mitte', 'ende', 'early', 'earlier', 'late', 'later']);

/**
 * Parts of a span named with "der"/"des" or "of the" ("Anfang der Woche", "Ende des Monats", "the
 * end of the month"), with the key they compare by.
 */
export const spanParts: Record<string, string> = {
  anfang: 'anfang', mitte: 'mitte', ende: 'ende', start: 'start', beginning: 'start', middle: 'middle', end: 'end',
};
