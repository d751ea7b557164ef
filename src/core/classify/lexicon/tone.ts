// Evaluative words that frame news events, hand-made for storydiff (de and en). Polarity: +1 the
// word paints the event favourably, -1 unfavourably. German stems end in `*` to cover inflection.
// English single words not listed here fall back to AFINN-165 (see sentiment.ts).
import type { LexiconEntry } from './match.js';

const positive = [
  // de
  'konstruktiv*', 'sachlich*', 'durchbruch*', 'fortschritt*', 'annäherung*', 'ergebnisorientiert*',
  'gutes verhältnis', 'gute* persönliche* verhältnis*', 'historisch*', 'zuversichtlich*', 'lob*', 'einigung*',
  'ernsthaft*', 'großzügig*',
  // reactions an outlet chooses to report (the event told as joy, relief, enthusiasm)
  'freude*', 'jubel*', 'jubelt*', 'erleichter*', 'begeister*', 'zufrieden*', 'genugtuung',
  // en
  'constructive', 'breakthrough', 'productive', 'historic', 'progress', 'generous', 'fruitful', 'landmark',
];
const negative = [
  // de
  'differenzen', 'harte* linie', 'platzen lass*', 'ließ* platzen', 'eklat*', 'rückschlag*', 'gescheitert*',
  'scheiter*', 'auf der kippe', 'unmut*', 'brüskier*', 'affront*', 'verzögerung*', 'in die länge ziehen',
  'bremst*', 'blockade*', 'blockier*', 'übertrieb*', 'chaos*', 'krise*', 'dramatisch*', 'katastroph*',
  'unbeirrt*', 'droh*', 'eskal*', 'stillstand*',
  // reactions an outlet chooses to report (anger, outrage, shock, disappointment)
  'wut', 'wütend*', 'empör*', 'entsetz*', 'bestürz*', 'enttäusch*', 'fassungslos*', 'frust*', 'verärger*',
  'schock*', 'kahlschlag*', 'debakel*', 'desaster*', 'fiasko*', 'skandal*',
  // particles that belittle or point a finger ("lediglich eine Entschuldigung", "ausgerechnet dort")
  'lediglich', 'ausgerechnet', 'horror*',
  // en
  'setback', 'snub', 'slam', 'slams', 'slammed', 'collapse', 'collapsed', 'hard line', 'hardline', 'standstill',
  'chaos', 'crisis', 'row', 'rift', 'blow', 'deadlock', 'stalemate', 'defiant', 'crippling', 'cripple',
  'hurt', 'broke down',
];

export const toneEntries: LexiconEntry[] = [
  ...positive.map((pattern) => ({ pattern, value: `+:${pattern}` })),
  ...negative.map((pattern) => ({ pattern, value: `-:${pattern}` })),
];
