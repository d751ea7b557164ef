// Sources and reporting verbs. A named source is found after an introducing phrase (laut CNN,
// according to the operator); anonymous sources by their nouns; verbs are neutral or loaded.
import type { LexiconEntry } from './match.js';

/** Phrases after which the source's name follows. */
export const sourceIntroductions: LexiconEntry[] = [
  'laut', 'nach angaben', 'nach angaben von', 'unter berufung auf', 'zufolge', 'berichtet', 'berichtete', 'meldet',
  'meldete', 'nach einschätzung von', 'nach ansicht von', 'nach darstellung von', 'nach informationen',
  'nach informationen von',
  'nach zählungen von', 'nach zählungen des', 'nach zählungen der', 'nach auskunft', 'nach schätzungen',
  'nach ersten schätzungen', 'nach erkenntnissen', 'nach ersten erkenntnissen', 'nach einer umfrage',
  'laut einer umfrage', 'einer umfrage zufolge', 'according to a survey', 'according to a poll',
  'laut einer neuen umfrage', 'laut einer aktuellen umfrage', 'nach einer neuen umfrage', 'nach einer aktuellen umfrage',
  'einer neuen umfrage zufolge', 'einer aktuellen umfrage zufolge', 'according to a new survey', 'according to a new poll',
  'according to a recent survey', 'according to a recent poll',
  'according to', 'citing', 'quoted by', 'told',
  'in the view of',
].map((pattern) => ({ pattern, value: 'source' }));

/**
 * The source is the sentence's own subject ("Der Betreiber hatte nach eigenen Angaben 50 Millionen
 * investieren wollen"): an outlet that says so attributes the figure, one that does not states it.
 */
export const ownAccounts: LexiconEntry[] = [
  'nach eigenen angaben', 'eigenen angaben zufolge', 'nach eigener darstellung', 'nach eigener aussage',
  'by its own account', 'by their own account', 'by his own account', 'by her own account', 'its own figures',
].map((pattern) => ({ pattern, value: 'own-account' }));

export const anonymousSources: LexiconEntry[] = [
  // Compounds of -kreise (aus Branchenkreisen) are found by their ending (cues/attribution.ts).
  'quelle*', 'insider*', 'kreisen', 'regierungskreise*', 'diplomatenkreise*', 'informiert* kreise*', 'beobachter*',
  'sources', 'source', 'insider', 'insiders', 'people familiar', 'officials familiar', 'person familiar',
  'anonymity', 'anonym*', 'hieß es', 'it was said', 'said to be',
  // The outlet's own unnamed sources: "NSN Sport understands that …", "The Post can reveal".
  'understands that', 'has learned that', 'has learnt that', 'can reveal',
  // Officials not named ("officials say", "Civic Union officials said"), and witnesses.
  'officials', 'witnesses', 'eyewitnesses', 'augenzeugen',
].map((pattern) => ({ pattern, value: 'anonymous' }));

const neutralVerbs = [
  // German separable verbs stand apart from their particle (teilte das Amt mit): the stem alone counts.
  'sagte', 'sagt', 'sagten', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'teilte', 'teilten', 'teilt', 'mitteilte', 'berichtete', 'bezeichnete',
  // Plural present forms: unnamed sources are often many ("Experten sagen", "officials say").
  // Not "report": "a police report" is a noun that would name the police.
  'sagen', 'erklären', 'berichten', 'say', 'explain', 'confirm',
  'nannte', 'kündigte an', 'angekündigt', 'gab zu bedenken', 'gibt zu bedenken', 'gaben zu bedenken', 'bestätigte', 'bestätigten', 'bestätigt', 'said', 'says', 'told', 'stated',
  'announced', 'added', 'described', 'called', 'reported', 'confirmed', 'confirms', 'explained', 'noted', 'wrote', 'commented',
  'verweist', 'verwies', 'schrieb', 'meinte', 'stressed', 'argued', 'estimated', 'replied', 'responded', 'recalled',
  'denied', 'erläuterte', 'schilderte', 'ergänzte', 'bekräftigte',
  // What kind of statement it was, not a colouring of it: a warning, a stress, a demand is
  // reported as made (English 'stressed' was always here; 'betonte' is its German twin).
  'betonte', 'unterstrich', 'warnte', 'warned', 'warnen', 'warn', 'verlangt', 'verlangte', 'demanded',
];
const loadedVerbs = [
  // Separated admissions (räumte … ein, gab … zu) are read in their clause (cues/attribution.ts).
  'behauptete', 'behauptet', 'behaupten', 'eingeräumt', 'einräumte', 'zugegeben', 'beteuerte',
  'klagte', 'beklagte', 'wetterte', 'prahlte', 'lobte',
  'claimed', 'claims', 'claim', 'admitted', 'admits', 'conceded', 'insisted', 'insists', 'alleged', 'boasted',
  'complained', 'touted', 'slammed', 'acknowledged', 'defended', 'verteidigte', 'verteidigt',
  'gloated', 'vowed', 'whined', 'whinged', 'claiming', 'revealed', 'versicherte',
  'insist', 'admit', 'allege',
];

export const reportingVerbs: LexiconEntry[] = [
  ...neutralVerbs.map((pattern) => ({ pattern, value: 'neutral' })),
  ...loadedVerbs.map((pattern) => ({ pattern, value: 'loaded' })),
];
