// Hedges and modality: words that mark a claim as unconfirmed, possible or reported second-hand.
// Values group the words by what they do, so 'soll' in one outlet and 'sollen' in another agree.
import type { LexiconEntry } from './match.js';

const groups: Record<string, string[]> = {
  // Hearsay: the outlet passes the claim on without vouching for it.
  reported: [
    'soll', 'sollen', 'sollte sich', 'angeblich*', 'mutmaßlich*', 'vermeintlich*', 'reportedly', 'allegedly',
    'alleged', 'purportedly', 'is said to', 'are said to', 'was said to', 'were said to', 'reported to be',
    'is reported to', 'are reported to', 'was reported to', 'were reported to',
    'unbestätigt*', 'unconfirmed', 'dem vernehmen nach', 'is believed to', 'are believed to', 'was believed to',
    'were believed to', 'believed to', 'is thought to', 'are thought to', 'thought to be', 'is understood to',
    'are understood to', 'gilt als', 'gelten als', 'supposedly', 'vorgeblich*',
  ],
  // What the outlet says it could not check ("has not been able to verify", "ließ sich nicht
  // überprüfen"): it tells the claim and marks it as unchecked.
  unverified: [
    'not been able to verify', 'not able to verify', 'could not verify', 'could not be verified', 'could not independently verify',
    'could not be independently verified', 'cannot be verified', 'cannot be independently verified', 'has not been verified',
    'have not been verified', 'unverified', 'nicht überprüfen', 'nicht unabhängig überprüfen', 'nicht unabhängig überprüft',
    'nicht überprüft werden', 'nicht verifiziert*', 'nicht verifizieren',
  ],
  // Possibility: the outlet does not commit to it happening.
  possible: [
    'könnte', 'könnten', 'möglicherweise', 'eventuell', 'vielleicht', 'womöglich', 'may', 'might', 'could',
    'possibly', 'perhaps', 'potentially',
    // The same told as a predicate ("Further strikes are possible", "Weitere Streiks sind nicht
    // ausgeschlossen"); "is not possible" and "nicht möglich" are plain denials and stay out.
    'is possible', 'are possible', 'was possible', 'were possible', 'ist möglich', 'sind möglich', 'sei möglich',
    'seien möglich', 'wäre möglich', 'nicht ausgeschlossen', 'nicht auszuschließen',
  ],
  // Expectation: a forecast about what will happen, not a fact yet (opening times, recoveries).
  expected: ['is expected to', 'are expected to', 'expected to', 'voraussichtlich', 'dürfte', 'dürften', 'set to', 'poised to'],
  // Inference: the outlet draws a conclusion it presents as not quite certain.
  inferred: [
    'offenbar', 'offensichtlich', 'wohl', 'anscheinend', 'scheinbar', 'apparently', 'seemingly', 'likely', 'probably',
    'vermutlich', 'wahrscheinlich', 'appears to', 'appeared to', 'seems to', 'seemed to', 'scheint', 'scheinen',
    'reckon', 'reckons', 'reckoned',
  ],
  // A link, not a cause: how studies are reported ("linked to", "geht mit … einher") where another
  // outlet states the effect.
  association: [
    'linked to', 'link between', 'associated with', 'association between', 'correlated with', 'correlation between',
    'einher', 'einhergeht', 'einhergehen', 'in verbindung gebracht', 'in zusammenhang gebracht', 'korreliert',
  ],
  // The opposite of a hedge: a finding told as proven ("Forscher haben herausgefunden", "proves")
  // where another outlet reports a study's result.
  asserted: ['herausgefunden', 'bewiesen', 'beweist', 'nachgewiesen', 'proves', 'proved', 'proven', 'definitively'],
  // Doubt voiced by the outlet itself.
  doubted: [
    'darf bezweifelt werden', 'fraglich', 'ist offen', 'völlig offen', 'noch offen', 'unklar', 'unclear', 'doubtful',
    'questionable',
  ],
  // Konjunktiv I (and II as its substitute) of reported speech: German grammar distancing the
  // outlet from what someone said.
  // The modal verbs' Konjunktiv I (könne, solle, wolle, dürfe, wisse, möge) is no indicative form of
  // any person, so it is read wherever it stands.
  'reported-speech': [
    'sei', 'seien', 'habe', 'hätten', 'wäre', 'würden', 'laufe', 'rate', 'müsse', 'werde', 'gebe', 'stehe', 'könne', 'solle',
    'wolle', 'dürfe', 'wisse', 'möge',
  ],
};

export const certaintyEntries: LexiconEntry[] = Object.entries(groups).flatMap(([value, patterns]) =>
  patterns.map((pattern) => ({ pattern, value })),
);

export const certaintyMeaning: Record<string, string> = {
  reported: 'passes the claim on as unconfirmed hearsay',
  possible: 'presents it only as a possibility',
  expected: 'presents it as an expectation, not yet a fact',
  inferred: 'presents it as an inference, not a confirmed fact',
  doubted: 'voices its own doubt',
  unverified: 'says it could not verify it',
  asserted: 'tells it as proven',
  association: 'presents it as a link, not as a cause',
  'reported-speech': 'distances itself with reported-speech grammar (Konjunktiv)',
};
