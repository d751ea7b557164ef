// WCAG 2.x contrast of the colours public/app.css declares: text 4.5:1 (AA), chart bars and focus
// outlines 3:1 against the page (non-text contrast). Colours are read from the stylesheet by
// selector, so a changed colour is checked, not a copy of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../public/app.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

interface Rule {
  selectors: string[];
  decls: Map<string, string>;
}

// Innermost blocks only: a rule inside @media is read with its own selector.
const rules: Rule[] = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
  selectors: m[1]!.split(',').map((s) => s.trim()),
  decls: new Map(
    m[2]!
      .split(';')
      .map((d) => d.split(':'))
      .filter((d) => d.length >= 2)
      .map((d) => [d[0]!.trim(), d.slice(1).join(':').trim()] as [string, string]),
  ),
}));

const hex = /#([0-9a-f]{6}|[0-9a-f]{3})\b/i;
const named: Record<string, string> = { white: '#ffffff', black: '#000000' };

/** The last colour a selector declares for one of `props` (screen rules; print rules are not looked at). */
function colour(selector: string, props: string[]): string {
  let found: string | undefined;
  const screenCss = css.replace(/@media print\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  for (const m of screenCss.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!m[1]!.split(',').map((s) => s.trim()).includes(selector)) continue;
    for (const d of m[2]!.split(';')) {
      const [k, ...v] = d.split(':');
      if (!props.includes(k!.trim())) continue;
      const value = v.join(':').trim();
      const h = hex.exec(value)?.[0] ?? named[value];
      if (h) found = h;
    }
  }
  if (!found) throw new Error(`app.css declares no ${props.join('/')} for ${selector}`);
  return found;
}
const fg = (s: string) => colour(s, ['color']);
const bg = (s: string) => colour(s, ['background', 'background-color']);
const fill = (s: string) => colour(s, ['fill']);

function luminance(h: string): number {
  const x = h.length === 4 ? h.slice(1).split('').map((c) => c + c).join('') : h.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(x.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('contrast of app.css', () => {
  it('computes WCAG ratios correctly', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  it('reads colours from the stylesheet', () => {
    expect(rules.length).toBeGreaterThan(20);
    expect(fg('body')).toMatch(hex);
  });

  // Text colour (selector) on background (selector), as the pages combine them.
  const text: Array<[string, string, string]> = [
    ['body text on the page', 'body', 'body'],
    ['error text', '.error', 'body'],
    ['error summary', '.error', '.error-summary'],
    ['body text on an agreement row', 'body', '.agreement'],
    ['body text on a framing row', 'body', '.framing'],
    ['body text on an omission row', 'body', '.omission'],
    ['body text on an exclusive row', 'body', '.exclusive'],
    ['cue text on a framing row', '.cue', '.framing'],
    ['cue text on an omission row', '.cue', '.omission'],
    ['cue text on an agreement row', '.cue', '.agreement'],
    ['cue text on an exclusive row', '.cue', '.exclusive'],
    ['inserted words', 'body', 'ins'],
    ['deleted words', 'body', 'del'],
    ['section heading row', 'body', '.aligned .section-row th'],
    ['moved-sentence label', '.move-tag', '.moved'],
    ['moved-away sentence', '.moved-away .move-text', '.moved'],
    ['cue mark', 'body', '.cue-mark'],
    ['cue number', '.cue-ref', '.cue-mark'],
    ['cue note on hover/focus', '.cue-tip', '.cue-tip'],
    ['site header links', 'header.site a', 'header.site'],
    ['primary button', 'button.primary', 'button.primary'],
    ['hints', '.hint', 'body'],
  ];
  for (const [what, f, b] of text) {
    it(`${what}: at least 4.5:1`, () => {
      const ratio = contrast(fg(f), bg(b));
      expect(ratio, `${f} ${fg(f)} on ${b} ${bg(b)}`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('every rule that sets both a text and a background colour reaches 4.5:1', () => {
    let checked = 0;
    for (const r of rules) {
      const c = hex.exec(r.decls.get('color') ?? '')?.[0] ?? named[r.decls.get('color') ?? ''];
      const b = hex.exec(r.decls.get('background') ?? r.decls.get('background-color') ?? '')?.[0];
      if (!c || !b) continue;
      checked++;
      expect(contrast(c, b), `${r.selectors.join(',')}: ${c} on ${b}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('chart bars and the focus outline stand out from the page by 3:1', () => {
    for (const s of ['agreement', 'framing', 'omission', 'exclusive']) {
      expect(contrast(fill(`.bar.${s}`), bg('body')), s).toBeGreaterThanOrEqual(3);
    }
    const outline = hex.exec(rules.find((r) => r.selectors.includes(':focus-visible'))?.decls.get('outline') ?? '')?.[0];
    expect(outline).toBeDefined();
    expect(contrast(outline!, bg('body'))).toBeGreaterThanOrEqual(3);
  });
});
