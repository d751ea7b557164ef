// The scanner in tokens.ts against the regular expression it replaces: the same tokens for any
// text (fast-check, seed printed) and for every fixture article.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberUnits, tokenize, type Token } from '../../../src/core/diff/tokens.js';
import { edgePieces as pieces } from '../../support/edge-text.js';
import { loadEventSets } from '../../support/gold.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const number = String.raw`[$€£]?\d+(?:[.,:]\d+)*(?:\s?(?:${numberUnits.map(escape).join('|')}))?`;
const word = String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:-(?=\s|$))?`;
const punct = String.raw`\.{3}|…|[^\s\p{L}\p{M}\p{N}]`;
const reference = new RegExp(String.raw`(${number})|(${word})|(${punct})`, 'gu');

function byExpression(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(reference)) {
    const start = m.index;
    const core = m[0];
    const ws = /\s*/y;
    ws.lastIndex = start + core.length;
    tokens.push({ core, raw: core + (ws.exec(text)?.[0] ?? ''), start, kind: m[1] ? 'number' : m[2] ? 'word' : 'punct' });
  }
  return tokens;
}


describe('tokenize', () => {
  it('finds the tokens of the reference expression in any text', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`tokens: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t)).toEqual(byExpression(t));
      }),
      { seed, numRuns: 3000 },
    );
  });

  it('finds the tokens of the reference expression in every fixture article', () => {
    for (const set of loadEventSets()) for (const article of set.articles) expect(tokenize(article.text)).toEqual(byExpression(article.text));
  });
});

