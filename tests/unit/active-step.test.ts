import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeIndex, indexFromHash, LAND_OFFSET, TRIGGER_OFFSET } from '../../src/lib/story/active-step';

describe('activeIndex', () => {
  // Cards' tops on an 800 px viewport: the trigger line is at 480 px.
  it.each([
    ['every card below the line: the first step', [500, 900, 1300], 0],
    ['a card exactly on the line is active', [-400, 480, 900], 1],
    ['the last card above the line wins', [-900, -400, 100, 479, 481], 3],
    ['all above (scrolled past the end): the last step', [-1200, -800, -400], 2],
    ['one step', [300], 0],
    ['no steps', [], 0],
  ] as const)('%s', (_name, tops, expected) => {
    expect(activeIndex(tops, 800)).toBe(expected);
  });

  it('uses the given trigger line', () => {
    expect(activeIndex([0, 300, 500], 1000, 0.25)).toBe(0);
    expect(activeIndex([0, 300, 500], 1000, 0.5)).toBe(2);
  });
});

describe('indexFromHash', () => {
  const ids = ['kachin-and-shan', 'the-coup', 'l\u00e4iza'];
  it.each([
    ['#the-coup', 1],
    ['the-coup', 1],
    ['#l%C3%A4iza', 2],
    ['#nope', undefined],
    ['', undefined],
  ] as const)('%s → %s', (hash, expected) => {
    expect(indexFromHash(hash, ids)).toBe(expected);
  });
});

describe('the trigger line has one value in code and stylesheet', () => {
  const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');
  it('--step-trigger and --step-land in global.css match TRIGGER_OFFSET and LAND_OFFSET', () => {
    expect(css).toContain(`--step-trigger: ${Math.round(TRIGGER_OFFSET * 100)}vh;`);
    expect(css).toContain(`--step-land: ${Math.round((TRIGGER_OFFSET - LAND_OFFSET) * 100)}vh;`);
    expect(css).not.toMatch(/padding-top: 60vh|scroll-margin-top: -2vh/);
  });
});
