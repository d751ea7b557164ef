// The scanner in tokens.ts against the regular expression it replaced (see edge-text.ts).
import { describe, it } from 'vitest';
import { numberUnits, tokenize, type Token } from '../../../src/core/diff/tokens.js';
import { expectSameAsReference } from '../../support/edge-text.js';

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
  it('finds the tokens of the reference expression in any text and in every fixture article', () => {
    expectSameAsReference('tokens', tokenize, byExpression);
  });
});
