// Bumped whenever the analysis changes its results, so a stored comparison says what produced it.
export const analysisVersion = '0.8.0';
