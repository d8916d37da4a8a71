import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio, parseColor } from '../helpers/contrast';
import { eventTypes } from '../../src/lib/data/event-types';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');

/** The custom properties of the first `:root {…}` block after `marker` (light: start of file; dark: the media query). */
function palette(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(css.indexOf(':root {', start), css.indexOf('}', css.indexOf(':root {', start)));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const schemes = { light: palette(''), dark: { ...palette(''), ...palette('prefers-color-scheme: dark') } };
const LANDS = ['land-mm', 'land-cn', 'land-other'];

describe.each(Object.entries(schemes))('%s map palette', (_name, p) => {
  const c = (name: string) => parseColor(p[name]!, parseColor(p['land-mm']!));
  const ratio = (a: string, b: string) => contrastRatio(c(a), c(b));

  it('labels and text reach 4.5:1 against their halo and the page', () => {
    for (const fg of ['label', 'label-area', 'label-water', 'text', 'text-2', 'muted', 'link']) {
      expect(ratio(fg, 'halo'), `${fg} on halo`).toBeGreaterThanOrEqual(4.5);
      expect(ratio(fg, 'bg'), `${fg} on bg`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('symbols, rail lines, dots and borders reach 3:1 against every land colour (WCAG 1.4.11)', () => {
    const marks = ['dot', 'border', 'admin', 'area-hl-stroke', 'rail-operating', 'rail-building', 'rail-proposed'];
    for (const m of marks)
      for (const land of LANDS) expect(ratio(m, land), `${m} on ${land}`).toBeGreaterThanOrEqual(3);
  });

  it('event symbols stand out from every land colour by their fill or by their outline, and from their outline', () => {
    for (const t of eventTypes) {
      expect(ratio(`ev-${t}`, 'ev-stroke'), `ev-${t} in its outline`).toBeGreaterThanOrEqual(3);
      for (const land of LANDS)
        expect(Math.max(ratio(`ev-${t}`, land), ratio('ev-stroke', land)), `ev-${t} on ${land}`).toBeGreaterThanOrEqual(
          3,
        );
    }
  });

  it('the coast line reaches 3:1 against the sea', () => {
    expect(ratio('border', 'sea')).toBeGreaterThanOrEqual(3);
  });
});
