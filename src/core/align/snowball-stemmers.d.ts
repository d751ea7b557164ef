// snowball-stemmers ships no types; this is the part storydiff uses.
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(language: string): { stem(word: string): string }; algorithms(): string[] };
  export default snowball;
  export function newStemmer(language: string): { stem(word: string): string };
}
