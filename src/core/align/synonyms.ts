// Near-synonyms of general news vocabulary, for ALIGNMENT only: two outlets that write "ships" and
// "vessels", or "Notunterkunft" and "Quartier", report the same thing in different words. A word
// in a cluster also yields the cluster's term at reduced weight (similarity.ts), so the same word
// still counts more than a synonym. Clusters are written for news in general, not for one story:
// words that are ambiguous in news (strike: labour or military; fire: blaze or dismiss; state;
// march) are left out, and so are the speech verbs (said, stated, told), which every second news
// sentence has and which would only make unrelated sentences look alike.
// Matching is by Snowball stem in the article's language, so each entry covers its inflections;
// irregular forms (met, getroffen) are listed on their own.
import type { Language } from '../model.js';
import { stem } from './stemmer.js';

const en: string[][] = [
  // people, places, organisations
  ['ship', 'ships', 'vessel', 'vessels', 'freighter', 'freighters', 'boat', 'boats'],
  ['police', 'policemen', 'policeman', 'policewoman', 'constabulary'],
  ['resident', 'residents', 'inhabitant', 'inhabitants', 'locals', 'townspeople', 'villagers'],
  ['people', 'persons', 'individuals'],
  ['worker', 'workers', 'employee', 'employees', 'staff', 'workforce', 'labourers', 'laborers'],
  ['company', 'companies', 'firm', 'firms', 'corporation', 'business', 'businesses', 'operator', 'operators'],
  ['government', 'governments', 'administration', 'cabinet'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople'],
  ['official', 'officials', 'authorities', 'authority'],
  ['leader', 'leaders', 'chief', 'boss'],
  ['town', 'towns', 'city', 'cities', 'municipality', 'municipal'],
  ['home', 'homes', 'house', 'houses', 'household', 'households', 'apartment', 'apartments', 'dwelling', 'dwellings'],
  ['soldier', 'soldiers', 'troops', 'military', 'army'],
  ['firefighter', 'firefighters', 'firemen', 'fireman', 'rescuer', 'rescuers', 'responders'],
  ['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary'],
  ['doctor', 'doctors', 'physician', 'physicians', 'medic', 'medics'],
  ['child', 'children', 'kids', 'minors', 'youngsters'],
  ['refugee', 'refugees', 'migrant', 'migrants', 'asylum'],
  ['journalist', 'journalists', 'reporter', 'reporters'],
  ['shop', 'shops', 'store', 'stores', 'retailer', 'retailers'],
  ['plane', 'planes', 'aircraft', 'airliner', 'jet', 'jets'],
  ['train', 'trains', 'railway', 'railways', 'railroad', 'rail'],
  ['road', 'roads', 'street', 'streets', 'highway', 'motorway', 'route', 'routes'],
  ['shelter', 'shelters', 'accommodation', 'lodging'],
  ['bed', 'beds', 'cot', 'cots', 'bunk', 'bunks'],
  ['victim', 'victims', 'casualty', 'casualties'],
  ['weapon', 'weapons', 'arms', 'guns'],
  ['money', 'funds', 'funding', 'cash'],
  ['pay', 'wage', 'wages', 'salary', 'salaries'],
  ['price', 'prices', 'cost', 'costs'],
  ['job', 'jobs', 'employment'],
  ['law', 'laws', 'legislation', 'statute'],
  ['agreement', 'agreements', 'deal', 'deals', 'accord', 'pact', 'treaty'],
  ['protest', 'protests', 'protester', 'protesters', 'demonstration', 'demonstrations', 'demonstrator', 'demonstrators', 'rally', 'rallies'],
  ['election', 'elections', 'vote', 'votes', 'ballot'],
  ['meeting', 'meetings', 'meet', 'met', 'encounter', 'gathering'],
  ['talks', 'negotiation', 'negotiations', 'negotiate', 'negotiators', 'discussion', 'discussions', 'discuss', 'discussed'],
  ['investigation', 'investigations', 'investigate', 'investigators', 'inquiry', 'inquiries', 'probe', 'probes'],
  ['accident', 'accidents', 'crash', 'crashes', 'collision', 'collisions', 'collided'],
  ['flood', 'floods', 'flooding', 'flooded', 'inundated', 'deluge'],
  ['storm', 'storms', 'gale', 'gales', 'hurricane', 'typhoon', 'cyclone'],
  ['rain', 'rains', 'rainfall', 'downpour', 'downpours', 'showers'],
  ['blaze', 'blazes', 'flames', 'wildfire', 'wildfires', 'inferno'],
  ['attack', 'attacks', 'attacked', 'assault', 'raid', 'raids', 'offensive', 'bombing'],
  ['fighting', 'fight', 'fights', 'combat', 'battle', 'battles', 'clashes', 'hostilities'],
  ['danger', 'dangers', 'dangerous', 'risk', 'risks', 'threat', 'threats', 'hazard', 'hazardous'],
  ['damage', 'damaged', 'destroyed', 'destruction', 'devastated', 'wrecked'],
  ['outage', 'outages', 'blackout', 'blackouts'],
  ['fear', 'fears', 'concern', 'concerns', 'concerned', 'worry', 'worries', 'worried'],
  // what happens
  ['die', 'died', 'dead', 'death', 'deaths', 'killed', 'kill', 'fatal', 'fatalities'],
  ['injured', 'injuries', 'injury', 'wounded', 'hurt'],
  ['evacuate', 'evacuated', 'evacuation', 'evacuations', 'evacuees'],
  ['arrest', 'arrested', 'arrests', 'detained', 'detention', 'custody'],
  ['cancel', 'cancelled', 'canceled', 'cancellation', 'scrapped', 'axed', 'abandoned'],
  ['postpone', 'postponed', 'postponement', 'delay', 'delayed', 'delays', 'deferred'],
  ['collapse', 'collapsed', 'failed', 'faltered', 'stalled'],
  ['demand', 'demands', 'demanded', 'demanding', 'insist', 'insists', 'insisted'],
  ['increase', 'increases', 'increased', 'rise', 'rises', 'rose', 'risen', 'raise', 'raised', 'hike', 'hikes', 'climb', 'climbed', 'surge', 'surged', 'soared', 'jumped'],
  ['decrease', 'decreased', 'fall', 'falls', 'fell', 'fallen', 'drop', 'dropped', 'slump', 'slumped', 'plunged', 'tumbled'],
  ['cut', 'cuts', 'reduce', 'reduced', 'reduction', 'slash', 'slashed', 'lower', 'lowered'],
  ['warn', 'warned', 'warning', 'warnings', 'cautioned'],
  ['criticise', 'criticised', 'criticize', 'criticized', 'criticism', 'condemn', 'condemned', 'slammed'],
  ['praise', 'praised', 'hailed', 'commended', 'lauded'],
  ['reject', 'rejected', 'refuse', 'refused', 'rebuffed'],
  ['deny', 'denied', 'denies', 'denial'],
  ['confirm', 'confirmed', 'confirms', 'confirmation'],
  ['announce', 'announced', 'announcement', 'unveiled', 'declared'],
  ['begin', 'began', 'begun', 'start', 'started', 'starts', 'launch', 'launched', 'commenced'],
  ['halt', 'halted', 'stop', 'stopped', 'suspend', 'suspended', 'paused', 'interrupted'],
  ['closed', 'shutdown', 'closure', 'closures', 'shut', 'blocked'],
  ['reopen', 'reopened', 'resume', 'resumed', 'restart', 'restarted'],
  ['resign', 'resigned', 'resignation', 'quit'],
  ['win', 'won', 'victory', 'triumph'],
  ['defeat', 'defeated'],
  ['help', 'helped', 'aid', 'assist', 'assistance'],
  ['ban', 'banned', 'bans', 'prohibit', 'prohibited', 'prohibition', 'outlawed'],
  ['buy', 'bought', 'purchase', 'purchased', 'acquire', 'acquired', 'acquisition', 'takeover'],
  ['wait', 'waiting', 'waited', 'queue', 'queuing', 'queueing', 'queued'],
];

const de: string[][] = [
  ['Schiff', 'Schiffe', 'Schiffen', 'Frachter', 'Frachtern', 'Boot', 'Boote', 'Dampfer'],
  ['Polizei', 'Polizisten', 'Polizist', 'Polizistin', 'Polizeibeamte', 'Beamte', 'Beamten'],
  ['Bewohner', 'Bewohnerinnen', 'Einwohner', 'Einwohnerinnen', 'Anwohner', 'Anwohnerinnen', 'Bevölkerung'],
  ['Menschen', 'Personen', 'Leute'],
  ['Arbeiter', 'Beschäftigte', 'Beschäftigten', 'Mitarbeiter', 'Mitarbeitende', 'Angestellte', 'Angestellten', 'Belegschaft', 'Arbeitnehmer'],
  ['Unternehmen', 'Firma', 'Firmen', 'Konzern', 'Konzerne', 'Betrieb', 'Betriebe'],
  ['Regierung', 'Regierungen', 'Kabinett', 'Regierungskreise', 'Regierungskreisen'],
  ['Sprecher', 'Sprecherin', 'Sprecherinnen'],
  ['Behörde', 'Behörden', 'Verwaltung', 'Amt', 'Ämter'],
  ['Stadt', 'Städte', 'Gemeinde', 'Gemeinden', 'Kommune', 'Kommunen'],
  ['Wohnung', 'Wohnungen', 'Haus', 'Häuser', 'Häusern', 'Heim', 'Zuhause', 'Wohnhaus', 'Wohnhäuser'],
  ['Soldaten', 'Soldat', 'Truppen', 'Streitkräfte', 'Militär', 'Armee'],
  ['Helfer', 'Helferinnen', 'Einsatzkräfte', 'Rettungskräfte', 'Retter', 'Hilfskräfte'],
  ['Krankenhaus', 'Krankenhäuser', 'Klinik', 'Kliniken', 'Klinikum', 'Spital'],
  ['Arzt', 'Ärzte', 'Ärztin', 'Ärztinnen', 'Mediziner'],
  ['Kind', 'Kinder', 'Kindern', 'Minderjährige'],
  ['Flüchtlinge', 'Geflüchtete', 'Geflüchteten', 'Migranten', 'Asylbewerber'],
  ['Journalisten', 'Journalistinnen', 'Reporter', 'Reporterin'],
  ['Geschäft', 'Geschäfte', 'Händler', 'Einzelhändler'],
  ['Flugzeug', 'Flugzeuge', 'Flieger', 'Jet'],
  ['Zug', 'Züge', 'Bahn', 'Eisenbahn'],
  ['Straße', 'Straßen', 'Fahrbahn', 'Route'],
  ['Unterkunft', 'Unterkünfte', 'Notunterkunft', 'Quartier', 'Quartiere', 'Obdach'],
  ['Bett', 'Betten', 'Liege', 'Liegen', 'Pritsche', 'Pritschen'],
  ['Opfer', 'Geschädigte'],
  ['Waffe', 'Waffen', 'Rüstungsgüter'],
  ['Geld', 'Gelder', 'Finanzmittel'],
  ['Lohn', 'Löhne', 'Gehalt', 'Gehälter', 'Bezahlung', 'Vergütung', 'Entgelt'],
  ['Preis', 'Preise', 'Kosten'],
  ['Jobs', 'Arbeitsplätze', 'Arbeitsplätzen'],
  ['Gesetz', 'Gesetze', 'Gesetzentwurf', 'Regelung', 'Vorschrift'],
  ['Abkommen', 'Vereinbarung', 'Vereinbarungen', 'Einigung', 'Absprache', 'Absprachen', 'Vertrag', 'Übereinkunft', 'Deal'],
  ['Protest', 'Proteste', 'Demonstration', 'Demonstrationen', 'Kundgebung', 'Kundgebungen', 'Demonstranten', 'demonstrierten', 'protestierten'],
  ['Wahl', 'Wahlen', 'Abstimmung', 'Urnengang'],
  ['Treffen', 'Begegnung', 'Zusammenkunft', 'getroffen', 'trafen', 'traf', 'zusammengekommen', 'zusammenkommen'],
  ['Gespräch', 'Gespräche', 'Gesprächen', 'Verhandlung', 'Verhandlungen', 'verhandeln', 'verhandelt', 'Unterredung'],
  ['Ermittlungen', 'Ermittlung', 'ermitteln', 'ermittelt', 'Ermittler', 'Untersuchung', 'untersuchen', 'untersucht'],
  ['Unfall', 'Unglück', 'Zusammenstoß', 'Kollision', 'Crash'],
  ['Hochwasser', 'Flut', 'Fluten', 'Überschwemmung', 'Überschwemmungen', 'Überflutung', 'überflutet', 'überschwemmt'],
  ['Sturm', 'Stürme', 'Orkan', 'Unwetter'],
  ['Regen', 'Niederschlag', 'Niederschläge', 'Regenfälle'],
  ['Brand', 'Brände', 'Feuer', 'Flammen'],
  ['Angriff', 'Angriffe', 'Attacke', 'Anschlag', 'Beschuss', 'Offensive'],
  ['Kämpfe', 'Kampf', 'Kämpfen', 'Gefechte', 'Kampfhandlungen'],
  ['Gefahr', 'Gefahren', 'gefährlich', 'Risiko', 'Risiken', 'Bedrohung', 'bedroht'],
  ['Schaden', 'Schäden', 'beschädigt', 'zerstört', 'Zerstörung', 'verwüstet'],
  ['Stromausfall', 'Blackout', 'Stromausfälle'],
  ['Sorge', 'Sorgen', 'Angst', 'Ängste', 'Befürchtung', 'befürchten', 'fürchten', 'besorgt'],
  ['Tote', 'Toten', 'tot', 'getötet', 'gestorben', 'starb', 'starben', 'Todesopfer'],
  ['verletzt', 'Verletzte', 'Verletzten', 'Verletzung', 'Verletzungen', 'verwundet'],
  ['evakuiert', 'evakuieren', 'Evakuierung', 'Evakuierte', 'Evakuierten', 'geräumt', 'räumen', 'Räumung'],
  ['festgenommen', 'Festnahme', 'verhaftet', 'Verhaftung', 'Gewahrsam'],
  ['abgesagt', 'Absage', 'absagen', 'gestrichen', 'gecancelt'],
  ['verschoben', 'Verschiebung', 'verschieben', 'vertagt', 'Vertagung'],
  ['gescheitert', 'Scheitern', 'scheiterten', 'geplatzt', 'abgebrochen'],
  ['fordert', 'fordern', 'forderte', 'Forderung', 'Forderungen', 'verlangt', 'verlangen', 'verlangte'],
  ['gestiegen', 'steigen', 'stieg', 'Anstieg', 'erhöht', 'Erhöhung', 'gewachsen', 'Zuwachs'],
  ['gesunken', 'sinken', 'sank', 'Rückgang', 'gesenkt', 'Senkung'],
  ['Kürzung', 'Kürzungen', 'gekürzt', 'kürzen', 'Abbau'],
  ['warnt', 'warnen', 'warnte', 'Warnung', 'Warnungen', 'mahnt', 'mahnte'],
  ['Kritik', 'kritisiert', 'kritisierte', 'verurteilt', 'verurteilte', 'bemängelt'],
  ['gelobt', 'lobt', 'lobte', 'würdigte', 'gewürdigt'],
  ['abgelehnt', 'lehnt', 'lehnte', 'Ablehnung', 'zurückgewiesen', 'verweigert'],
  ['bestritten', 'bestreitet', 'dementiert', 'dementierte', 'Dementi'],
  ['bestätigt', 'bestätigte', 'Bestätigung'],
  ['angekündigt', 'Ankündigung', 'verkündet', 'verkündete'],
  ['begonnen', 'begann', 'beginnt', 'Beginn', 'gestartet', 'startete', 'Auftakt'],
  ['gestoppt', 'stoppen', 'stoppte', 'beenden', 'beendet', 'eingestellt', 'unterbrochen'],
  ['gesperrt', 'Sperrung', 'geschlossen', 'blockiert', 'Schließung'],
  ['Rücktritt', 'zurückgetreten', 'zurücktreten'],
  ['Hilfe', 'geholfen', 'Unterstützung', 'unterstützt'],
  ['Verbot', 'verboten', 'verbietet', 'untersagt'],
  ['kaufen', 'gekauft', 'kaufte', 'erworben', 'Übernahme', 'übernommen'],
  ['warten', 'warteten', 'gewartet', 'Warteschlange'],
];

function build(language: 'de' | 'en', clusters: string[][]): Map<string, string> {
  const byStem = new Map<string, string>();
  clusters.forEach((cluster, n) => {
    for (const word of cluster) {
      const key = stem(word.toLowerCase(), language);
      // A stem in two clusters keeps the first: clusters should not overlap, and a test says so.
      if (!byStem.has(key)) byStem.set(key, `%${language}${n}`);
    }
  });
  return byStem;
}

const tables = { de: build('de', de), en: build('en', en) };

/** The cluster term of a stemmed word, or null when the word is in no cluster. */
export function synonymOf(stemmed: string, language: Language): string | null {
  if (language === 'und') return tables.en.get(stemmed) ?? tables.de.get(stemmed) ?? null;
  return tables[language].get(stemmed) ?? null;
}

/** For tests: every cluster word's stem that occurs in more than one cluster. */
export function overlappingStems(): string[] {
  const overlaps: string[] = [];
  for (const [language, clusters] of [['de', de], ['en', en]] as const) {
    const seen = new Map<string, number>();
    clusters.forEach((cluster, n) => {
      for (const word of cluster) {
        const key = stem(word.toLowerCase(), language);
        const before = seen.get(key);
        if (before !== undefined && before !== n) overlaps.push(`${language}:${key}`);
        seen.set(key, n);
      }
    });
  }
  return overlaps;
}
