import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenCss, resolveVars, rootProperties } from '../../src/lib/map/flat-css';
import { ROOT } from '../helpers/build-site';

const CSS = `
/* a comment with { braces } */
:root { --sea: #d6e6ef; --halo: #fff; --stroke: var(--halo); }
@media (prefers-color-scheme: dark) { :root { --sea: #10222e; } .x { fill: red; } }
@property --k { syntax: "<length>"; inherits: true; initial-value: 0px; }
@import url("x.css");
.sea { fill: var(--sea); }
.country { stroke: var(--stroke); stroke-width: var(--stroke-country, 1.1px); vector-effect: var(--fx, non-scaling-stroke); }
.live .geo { --stroke-country: calc(1px / var(--k)); }
.gone { fill: var(--nothing); }
`;

describe('rootProperties', () => {
  it('reads the light palette from top-level :root rules only', () => {
    const p = rootProperties(CSS);
    expect(p.get('--sea')).toBe('#d6e6ef');
    expect(p.get('--stroke')).toBe('var(--halo)');
  });
});

describe('resolveVars', () => {
  const p = new Map([
    ['--a', '#111'],
    ['--b', 'var(--a)'],
  ]);
  it.each([
    ['var(--a)', '#111'],
    ['var(--b)', '#111'],
    ['var(--x, 2px)', '2px'],
    ['var(--x, var(--a))', '#111'],
    ['calc(1px + var(--x, 3px))', 'calc(1px + 3px)'],
    ['1px solid var(--a)', '1px solid #111'],
  ])('%s → %s', (value, out) => {
    expect(resolveVars(value, p)).toBe(out);
  });
});

describe('flattenCss', () => {
  const out = flattenCss(CSS);
  it('puts values in place of var() and leaves out @-rules, custom properties and empty rules', () => {
    expect(out).toContain('.sea{fill: #d6e6ef}');
    expect(out).toContain('.country{stroke: #fff;stroke-width: 1.1px;vector-effect: non-scaling-stroke}');
    expect(out).not.toMatch(/@|var\(|--|#10222e|\.live|\.gone|red/);
  });

  it('leaves no var() or @-rule in the page’s own stylesheet, and keeps the map’s classes', () => {
    const flat = flattenCss(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
    expect(flat).not.toMatch(/var\(|@media|@container/);
    for (const cls of ['.country', '.seg--proposed', '.place .dot', '.ev--air-strike', '.map text'])
      expect(flat, cls).toContain(cls);
  });
});
