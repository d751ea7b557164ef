// Character classes by code point, for the scanners on hot paths (tokens, cosmetic folding, term
// counts, language detection, alignment's words): every sentence of a comparison passes through
// each of them, and a regular expression with Unicode classes cost several times the scan. Each
// class answers by code point, from a table filled the first time a BMP character is asked about
// (ASCII by range where the range is short to write).

/** The characters JavaScript's \s matches. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A test by code point for the one-character class `pattern` (a /[…]/u expression). */
function unicodeClass(pattern: RegExp, ascii?: (cp: number) => boolean): (cp: number) => boolean {
  const bmp = new Uint8Array(0x10000); // 0 not asked yet, 1 in the class, 2 not
  return (cp) => {
    if (ascii && cp < 128) return ascii(cp);
    if (cp >= 0x10000) return pattern.test(String.fromCodePoint(cp));
    let known = bmp[cp]!;
    if (known === 0) bmp[cp] = known = pattern.test(String.fromCharCode(cp)) ? 1 : 2;
    return known === 1;
  };
}

const asciiLetter = (cp: number): boolean => (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);

/** \p{L} */
export const isLetter = unicodeClass(/\p{L}/u, asciiLetter);
/** \p{M} (no ASCII character is a mark) */
export const isMark = unicodeClass(/\p{M}/u, () => false);
/** [\p{L}\p{M}\p{N}]: what words are made of. */
export const isWordChar = unicodeClass(/[\p{L}\p{M}\p{N}]/u, (cp) => asciiLetter(cp) || isDigit(cp));
/** [\p{P}\p{S}]: punctuation and symbols. */
export const isPunctOrSymbol = unicodeClass(/[\p{P}\p{S}]/u);

/** How many UTF-16 units the code point takes: 2 beyond the BMP (a surrogate pair), else 1. */
export const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);
