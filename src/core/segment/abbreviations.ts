// Abbreviations that end in a full stop without ending the sentence. Two kinds: those that never
// close a sentence (a title always has a name after it) and those that often do (`etc.`, `U.S.`),
// which only hold the sentence together when no typical sentence opener follows.

/** Compared case-sensitively without the final dot; inner dots and spaces are removed first. */
export const NEVER_FINAL = new Set([
  // German
  'z.B', 'zB', 'u.a', 'ua', 'bzw', 'ca', 'Mio', 'Mrd', 'Tsd', 'Nr', 'Dr', 'Prof', 'St', 'Hr', 'Fr', 'Hrsg',
  'vgl', 'sog', 'ggf', 'evtl', 'inkl', 'exkl', 'zzgl', 'abzgl', 'bspw', 'd.h', 'dh', 'Abs', 'Art', 'Bd',
  'Str', 'Tel', 'geb', 'gest', 'verh', 'Dipl', 'Ing', 'rer', 'nat', 'med', 'phil', 'jur', 'o.ä', 'u.U',
  'z.T', 'z.Zt', 'i.d.R', 'm.E', 'v.a', 'u.v.m', 'Mrd', 'Min', 'Std', 'Jh', 'Jhd', 'Kap', 'Aufl',
  'Dipl.-Ing', 'bzgl', 'gem', 'lt', 'Mill', 'Gen', 'Oberstlt', 'Hptm', 'Kpt',
  // References to pages, figures and paragraphs always have a number after them.
  'S', 'Abb', 'Tab', 'Anm', 'Ziff', 'Bsp', 'Fn', 'Rn',
  // English
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm',
  'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'No', 'Nos', 'vs', 'v', 'e.g', 'eg', 'i.e', 'ie', 'approx', 'est',
  'Fig', 'Vol', 'p', 'pp', 'cf', 'para', 'Ave', 'Blvd', 'Mt', 'Ft', 'Gov', 'Rt',
]);

export const OFTEN_FINAL = new Set([
  'etc', 'usw', 'u.s.w', 'U.S', 'US', 'U.K', 'UK', 'U.N', 'E.U', 'a.m', 'p.m', 'Inc', 'Ltd', 'Co', 'Corp',
  'Jr', 'Sr', 'v.Chr', 'n.Chr', 'u.ä', 'o.J', 'Bros', 'Ph.D', 'D.C',
  // Month abbreviations close a sentence when a date stands last (`bis zum 31. Dez.`).
  'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Oct', 'Dec', 'Mar',
]);

/** Lists end with these; a capitalised word after them opens a new sentence. */
export const LIST_ENDS = new Set(['etc', 'usw', 'u.s.w']);

/** Words that open a new sentence, so an `OFTEN_FINAL` abbreviation before them ends the sentence. */
export const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There',
  'But', 'And', 'In', 'On', 'At', 'After', 'Before', 'When', 'While', 'His', 'Her', 'Their', 'Its', 'Our',
  'Meanwhile', 'However', 'Officials', 'Der', 'Die', 'Das', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ein', 'Eine',
  'Dann', 'Doch', 'Aber', 'Auch', 'Am', 'Im', 'Nach', 'Vor', 'Dies', 'Diese', 'Dieser', 'Laut', 'So',
  'Man', 'Sein', 'Seine', 'Ihr', 'Ihre', 'Zudem', 'Außerdem', 'Damit', 'Danach',
]);

/** Full and abbreviated month names: an ordinal number before them is a date, not a sentence end. */
export const MONTHS = new Set([
  'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
]);

/** Words before an ordinal number (`der 3. Versuch`, `am 24. Oktober`) that make it an ordinal. */
export const ORDINAL_LEADS = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'am', 'zum', 'zur', 'im', 'vom', 'beim', 'ab', 'seit', 'ihr',
  'ihrem', 'ihren', 'sein', 'seinem', 'seinen', 'seiner', 'ihrer', 'jeder', 'jedem', 'Der', 'Die', 'Das',
  'Am', 'Zum', 'Im', 'Vom', 'Seit', 'Ab', 'bis', 'Bis', 'dieses', 'diesem', 'vor', 'nach', 'zwischen',
  'und', 'oder',
]);
