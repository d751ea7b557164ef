// Different names for the same actor or thing. storydiff's aligner may treat them as one word to
// align sentences; here a different choice between them is reported as a label cue.
// Each group: a name and its variants (`*` = any ending, so Kreml* covers "des Kremls").

/** Names of one actor or thing that the aligner also reads as one word (align/variants.ts). */
export const alignedLabelGroups: Record<string, string[]> = {
  russia: ['kreml*', 'moskau', 'russland', 'russlands', 'kremlin', 'moscow', 'russia', "russia's"],
  usa: ['washington', 'weiße* haus*', 'weißen haus*', 'usa', 'vereinigte* staaten', 'white house', 'united states'],
  war: [
    'krieg*', 'konflikt*', 'sondereinsatz*', 'spezialoperation*', 'invasion*', 'angriffskrieg*', 'war', 'conflict',
    'special military operation', 'invasion', 'crisis',
  ],
  strike: ['streik*', 'warnstreik*', 'ausstand*', 'arbeitsniederlegung*', 'strike', 'strikes', 'walkout', 'walkouts', 'stoppage', 'industrial action'],
  ceasefire: ['waffenstillstand*', 'waffenruhe*', 'einfrieren', 'ceasefire', 'truce', 'armistice'],
};

/**
 * Word choices for the same kind of actor that frame it (a family firm called a "Konzern",
 * fighters called "militants" or "volunteers"): reported as label cues only. The aligner keeps them
 * apart, since they are common words that would also pair sentences about different actors.
 */
export const framingLabelGroups: Record<string, string[]> = {
  company: ['konzern*', 'unternehmen*', 'firma', 'firmen', 'company', 'companies', 'firm', 'corporation', 'conglomerate'],
  fighters: [
    'kämpfer*', 'milizen*', 'miliz', 'rebellen*', 'aufständische*', 'terroristen*', 'extremisten*', 'freiwillige*',
    'fighters', 'militants', 'militia', 'militias', 'rebels', 'insurgents', 'terrorists', 'extremists', 'volunteers',
  ],
  protesters: [
    'demonstranten*', 'aktivisten*', 'protestierende*', 'randalierer*', 'chaoten*', 'klimakleber*', 'krawallmacher*',
    'protesters', 'protestors', 'demonstrators', 'activists', 'rioters', 'campaigners', 'marchers', 'yobs', 'thugs',
    'troublemakers', 'hooligans',
  ],
  // Earth and mud that slid: how the slide is named.
  landslide: ['erdrutsch*', 'hangrutsch*', 'schlammlawine*', 'murenabgang*', 'mure', 'landslide', 'landslides', 'mudslide', 'mudslides'],
  // Who heads a Land's government: the office, or the informal "Regierungschef".
  headOfGovernment: ['ministerpräsident*', 'regierungschef*', 'landesvater', 'landesmutter'],
  government: ['regime*', 'regierung*', 'machthaber*', 'regime', 'government', 'administration', 'rulers'],
  // Who found something out: researchers, scientists, experts (a study's authors called "Experten").
  researchers: [
    'forscher*', 'wissenschaftler*', 'experten', 'expertinnen', 'fachleute*', 'researchers', 'scientists', 'experts',
    'academics',
  ],
  // Who leads a team: the formal title against the informal one (head coach / boss). Chairs and
  // chief executives are left out: a unit naming a club's manager and its chairman would read
  // them as one person called two ways.
  leader: [
    'cheftrainer*', 'chefcoach*', 'übungsleiter*', 'coach', 'manager', 'head coach', 'boss', 'bosses', 'gaffer', 'chief',
    'general secretary',
  ],
  // A rise in a rate or a price: the plain word against the loaded one ("raised" / "hiked").
  increase: [
    'hike', 'hikes', 'hiked', 'rise', 'rises', 'raised', 'increase', 'increases', 'increased', 'erhöhung*', 'anhebung*',
    'angehoben', 'erhöht', 'erhöhte',
  ],
  // A court's verdict and what the accused is said to have done, named plainly or pointedly.
  convicted: ['convicted', 'found guilty', 'verurteilt', 'schuldig gesprochen'],
  acquitted: ['acquitted', 'cleared', 'freigesprochen'],
  deceived: ['inflated', 'faked', 'fabricated', 'falsified', 'invented', 'gefälscht', 'fälschte', 'geschönt', 'manipuliert'],
  // Who speaks for the workers: the union by its name or by its role.
  union: ['gewerkschaft*', 'arbeitnehmervertreter*', 'arbeitnehmerseite', 'belegschaftsvertreter*'],
  // Who had to leave: residents, or families (the human side), or evacuees. German's Anwohner /
  // Bewohner name neighbours and inhabitants, two things, and are left out.
  residents: ['residents', 'families', 'evacuees'],
  // Who fights a fire: firefighters and crews alike, or "personnel" (the bureaucratic word).
  responders: ['firefighters', 'firefighting crews', 'crews', 'personnel'],
  // Who travels: passengers, travellers, commuters.
  passengers: [
    'fahrgäste*', 'reisende*', 'passagiere*', 'pendler*', 'passengers', 'travellers', 'travelers', 'commuters',
  ],
  // What broke: a fault named plainly or colloquially (Störung / Panne / kaputt).
  fault: ['störung*', 'panne*', 'defekt*', 'kaputt*', 'fault', 'failure', 'breakdown', 'glitch'],
  // Traffic kept out of a street or a town centre: how the measure is named.
  carFree: [
    'autofrei*', 'autoverbot*', 'fahrverbot*', 'fußgängerzone*', 'verkehrsberuhigt*', 'gesperrt', 'sperren', 'car-free',
    'car ban', 'pedestrianised', 'pedestrianized', 'pedestrian zone',
  ],
  // Plain "group" / "Gruppe" is left out: it names too much to be a word choice.
  criminals: [
    'bande*', 'hackerbande*', 'hackergruppe*', 'cyberkriminelle*', 'erpresser*', 'gang', 'gangs', 'criminal group',
    'criminal gang', 'cybercriminals', 'cyber criminals', 'hackers', 'extortionists',
  ],
};

/**
 * Variants that name the same choice, so neither is a label cue against the other: inflections
 * ("hiked" is "hike") and the plain words of a group where only the loaded word frames ("rise",
 * "raised" and "increase" all say it plainly; "hike" does not). Keyed by the pattern as listed.
 */
export const sameLabel: Record<string, string> = {
  hikes: 'hike', hiked: 'hike', rise: 'plain', rises: 'plain', raised: 'plain', increase: 'plain', increases: 'plain',
  increased: 'plain', 'erhöhung*': 'plain', 'anhebung*': 'plain', angehoben: 'plain', erhöht: 'plain', erhöhte: 'plain',
  // Researchers and scientists are one plain word in two forms; "Experten" is the other choice.
  'forscher*': 'plain', 'wissenschaftler*': 'plain', researchers: 'plain', scientists: 'plain',
  bosses: 'boss', russlands: 'russland', "russia's": 'russia', strikes: 'strike', walkouts: 'walkout', gangs: 'gang',
  companies: 'company', militias: 'militia', 'weißen haus*': 'weiße haus', 'warnstreik*': 'streik', landslides: 'landslide', mudslides: 'mudslide', firefighters: 'plain', 'firefighting crews': 'plain', crews: 'plain', protestors: 'protesters', pedestrianized: 'pedestrianised',
};

/** Every label group, as the label cue reads them. */
export const labelGroups: Record<string, string[]> = { ...alignedLabelGroups, ...framingLabelGroups };
