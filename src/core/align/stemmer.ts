// The one adapter around snowball-stemmers: German and English Snowball stemmers, cached, since
// the same words recur across all articles of a comparison.
import * as snowballModule from 'snowball-stemmers';
import type { Language } from '../model.js';

type Stemmer = { stem(word: string): string };
// A CommonJS package: its API sits on the default export under Node's ESM, at the top under
// loaders that interoperate differently. Settled here, once.
const snowball = ((snowballModule as { default?: unknown }).default ?? snowballModule) as {
  newStemmer(language: string): Stemmer;
};
const stemmers: Record<'de' | 'en', Stemmer> = {
  de: snowball.newStemmer('german') as Stemmer,
  en: snowball.newStemmer('english') as Stemmer,
};
const cache: Record<'de' | 'en', Map<string, string>> = { de: new Map(), en: new Map() };

/**
 * Separable particles of German verbs: "fielen … aus" is "ausfallen", "stellten … fest" is
 * "feststellen". terms.ts joins a particle at a clause's end to its verb; the participle puts
 * "ge" between the two ("ausgefallen", "festgestellt"), which stem() takes out again.
 */
export const separableParticles: ReadonlySet<string> = new Set([
  'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'frei', 'her', 'hin', 'los', 'mit', 'nach', 'statt', 'teil',
  'um', 'vor', 'weg', 'zu', 'zurück', 'zusammen',
]);
const participle = new RegExp(`^(${[...separableParticles].sort((a, b) => b.length - a.length).join('|')})ge(\\p{Ll}{4,})$`, 'u');

export function stem(word: string, language: Language): string {
  const lang = language === 'en' ? 'en' : 'de';
  const known = cache[lang].get(word);
  if (known !== undefined) return known;
  // "ausgefallen" / "festgestellt" / "angeordnet": the participle of a separable verb stems
  // like its other forms ("ausfallen", "feststellt", "anordnet"), so it meets "fielen … aus".
  const unsplit = lang === 'de' ? word.replace(participle, '$1$2') : word;
  const stemmed = stemmers[lang].stem(unsplit);
  // Bounded: a hostile comparison of millions of distinct words must not grow the cache forever.
  if (cache[lang].size > 200_000) cache[lang].clear();
  cache[lang].set(word, stemmed);
  return stemmed;
}
