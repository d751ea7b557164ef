// Pieces of text that meet a character scanner's edges (src/core/chars.ts and its users): units, separators,
// joints, quotes, spaces of every kind, marks, digits of other scripts, astral letters and lone
// surrogates. Property tests join random runs of them.
export const edgePieces = [
  'Mio.', 'Mrd.', 'Mill.', 'Millionen', 'million', 'bn', 'Uhr', '%', 'Euro', '€', '$', '£', '3', '12', '0,5', '1.200', '12:30',
  '.', ',', ':', '...', '…', '-', "'", '’', '„', '“', ' ', '\u00a0', '\u2009', '\n', '\t', 'a', 'Ä', 'ß', 'e\u0301', '٣', '½',
  'US', 'Ost-', 'Trump’s', '𝒜', '😀', '\ud800', 'x', '--', '-3',
];
