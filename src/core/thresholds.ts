// Every tunable number of the analysis, in one table, so a tuning run or a reader finds them all.
// Each stage owns its block; values are tuned on the fixtures' gold files (see test/core/gold),
// never on a single example.

export interface Thresholds {
  // --- align ---
  /** Minimum similarity (0..1) for two sentences of different articles to join one unit. */
  alignMinScore: number;
  /** Minimum similarity for an extra (split/merged) sentence to join a unit beside the primary. */
  alignExtraMinScore: number;
  // --- classify ---
  /** Word diffs stop after this many edits and show both texts whole (hostile input). */
  diffMaxEditLength: number;
}

export const defaultThresholds: Thresholds = {
  alignMinScore: 0.14,
  alignExtraMinScore: 0.14,
  diffMaxEditLength: 400,
};

export function resolveThresholds(overrides: Partial<Thresholds> = {}): Thresholds {
  return { ...defaultThresholds, ...overrides };
}
