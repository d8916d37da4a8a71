import { describe, expect, it } from 'vitest';
import { exportsStrings, fillIn, slotParts } from '../../src/lib/i18n/exports-strings';

/** Every key path of a nested object of strings. */
const paths = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('exportsStrings', () => {
  it('has the same strings in English and French, none empty, with the same {slots}', () => {
    expect(paths(exportsStrings.fr)).toEqual(paths(exportsStrings.en));
    const get = (o: object, p: string) => p.split('.').reduce((x: unknown, k) => (x as Record<string, unknown>)[k], o);
    for (const p of paths(exportsStrings.en)) {
      const en = String(get(exportsStrings.en, p));
      const fr = String(get(exportsStrings.fr, p));
      expect(fr.trim(), p).not.toBe('');
      expect([...fr.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort(), p).toEqual(
        [...en.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort(),
      );
    }
  });
});

describe('fillIn and slotParts', () => {
  it('fills named slots and leaves unknown ones', () => {
    expect(fillIn('Map: {byline} {x}', { byline: 'Desk' })).toBe('Map: Desk {x}');
  });
  it('cuts a string at its slots', () => {
    expect(slotParts('Reuse under {cc}, credit {who}.')).toEqual([
      { text: 'Reuse under ' },
      { slot: 'cc' },
      { text: ', credit ' },
      { slot: 'who' },
      { text: '.' },
    ]);
  });
});
