// Attribution cues found by sentence structure: sources named in lower case by a phrase.
import { describe, expect, it } from 'vitest';
import type { Cue, Language } from '../../../src/core/model.js';
import { cuesFor } from '../../support/cue-units.js';

const attribution = (a: string, b: string, language: Language) =>
  cuesFor(a, b, language)
    .filter((c: Cue) => c.kind === 'attribution')
    .map((c) => `${c.articleId} ${c.text}`)
    .sort();

describe('attribution: an English institution or office named in lower case by two or three words', () => {
  it('after a comma, closing the sentence, or opening it', () => {
    expect(attribution('The count was confirmed on Friday, the returning officer said.', 'The count was confirmed on Friday.', 'en')).toEqual(['a the returning officer said']);
    expect(attribution('The county fire service said the blaze was under control.', 'The blaze was under control.', 'en')).toEqual(['a The county fire service said']);
    expect(attribution('Two wards were closed, the health board confirmed.', 'Two wards were closed.', 'en')).toEqual(['a the health board confirmed']);
  });
  it('the same office in both outlets is no difference', () => {
    expect(attribution('Two wards were closed, the health board said.', 'The health board said two wards were closed.', 'en')).toEqual([]);
  });
  it('not an object of the verb before it, an adverb, or a phrase that does not open its clause', () => {
    expect(attribution('The mayor thanked the local fire service said to have saved the hall.', 'The mayor thanked the crews.', 'en')).toEqual([]);
    expect(attribution('The election was fair, the officer really said.', 'The election was fair.', 'en')).toEqual([]);
    expect(attribution('Crews from the local fire service said nothing.', 'Nobody had anything to add.', 'en')).toEqual([]);
  });
});
