import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio, parseColor } from '../helpers/contrast';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');

/** The custom properties of the first `:root {…}` block after `marker` (light: start of file; dark: the media query). */
function palette(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(css.indexOf(':root {', start), css.indexOf('}', css.indexOf(':root {', start)));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const light = palette('');
const dark = { ...light, ...palette('prefers-color-scheme: dark') };
const step = (p: Record<string, string>, neighbour: string) =>
  contrastRatio(parseColor(p['land-mm']!), parseColor(p[neighbour]!));

describe('the focus country against its neighbours', () => {
  it('dark: Myanmar and every neighbour differ by at least 3:1', () => {
    for (const n of ['land-cn', 'land-other']) expect(step(dark, n), n).toBeGreaterThanOrEqual(3);
  });

  it('light: a clear step too (at least 1.4:1, with the lighter land for Myanmar)', () => {
    for (const n of ['land-cn', 'land-other']) {
      expect(step(light, n), n).toBeGreaterThanOrEqual(1.4);
      expect(contrastRatio(parseColor(light['land-mm']!), [255, 255, 255])).toBeLessThan(
        contrastRatio(parseColor(light[n]!), [255, 255, 255]),
      );
    }
  });
});
