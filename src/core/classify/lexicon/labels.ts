// Different names for the same actor or thing. storydiff's aligner may treat them as one word to
// align sentences; here a different choice between them is reported as a label cue.
// Each group: a name and its variants (`*` = any ending, so Kreml* covers "des Kremls").

export const labelGroups: Record<string, string[]> = {
  russia: ['kreml*', 'moskau', 'russland', 'russlands', 'kremlin', 'moscow', 'russia', "russia's"],
  usa: ['washington', 'weiße* haus*', 'weißen haus*', 'usa', 'vereinigte* staaten', 'white house', 'united states'],
  war: [
    'krieg*', 'konflikt*', 'sondereinsatz*', 'spezialoperation*', 'invasion*', 'angriffskrieg*', 'war', 'conflict',
    'special military operation', 'invasion', 'crisis',
  ],
  strike: ['streik*', 'ausstand*', 'arbeitsniederlegung*', 'strike', 'strikes', 'walkout', 'walkouts', 'stoppage', 'industrial action'],
  ceasefire: ['waffenstillstand*', 'waffenruhe*', 'einfrieren', 'ceasefire', 'truce', 'armistice'],
};
