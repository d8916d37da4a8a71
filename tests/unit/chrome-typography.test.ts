import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/lib/i18n/locale';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const files = ['components', 'layouts', 'pages']
  .flatMap((dir) => readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
  .filter((f) => f.endsWith('.astro'));

/** The text a reader sees in a component's markup: text between tags, and the labels it gives in attributes. */
function chromeText(source: string): string[] {
  const markup = source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const between = [...markup.matchAll(/>([^<>{}]+)</g)].map((m) => m[1]!);
  const labels = [...markup.matchAll(/\b(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]!);
  return [...between, ...labels].map((t) => t.trim()).filter(Boolean);
}

/** A locale function's result for sample arguments: numbers first (counts, dates), else names. */
function callWithSamples(f: (...a: unknown[]) => unknown): unknown {
  try {
    return f(3, 'X', 'Y', 'Z');
  } catch {
    return f('Kachin State', 'Y', 'Z');
  }
}

/** Every string a locale holds, with its functions called on sample arguments. */
function localeText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return localeText(callWithSamples(value as (...a: unknown[]) => unknown));
  if (value && typeof value === 'object') return Object.values(value).flatMap(localeText);
  return [];
}

describe("the page's own words (components, layouts, pages)", () => {
  it('finds the markup text it checks', () => {
    expect(chromeText(readFileSync(join(SRC, 'components', 'EventSymbols.astro'), 'utf8'))).toEqual([]);
    expect(chromeText('---\n---\n<p>It\'s <b>"x"</b></p>')).toEqual(["It's", '"x"']);
    expect(localeText(LOCALES.en).join(' ')).toContain('junta’s');
  });

  it.each(Object.keys(LOCALES))('locale %s: apostrophes and quotation marks are curly', (lang) => {
    const straight = localeText(LOCALES[lang as keyof typeof LOCALES]).filter((t) => /\p{L}'|'\p{L}|"/u.test(t));
    expect(straight).toEqual([]);
  });

  it.each(files)('%s: apostrophes and quotation marks are curly', (file) => {
    const straight = chromeText(readFileSync(join(SRC, file), 'utf8')).filter((t) => /\p{L}'|'\p{L}|"/u.test(t));
    expect(straight).toEqual([]);
  });
});
