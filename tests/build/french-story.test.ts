import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBuild } from '../helpers/build-site';
import { tempProject } from '../helpers/temp-project';
import { LOCALES, type ChromeStrings } from '../../src/lib/i18n/locale';

const project = tempProject();
afterAll(() => project.remove());

/** The text a reader can meet on a page: text between tags (scripts and styles left out) and accessible labels. */
function readerText(html: string): string {
  const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
  const labels = [...body.matchAll(/\b(?:aria-label|data-label|data-short|content)="([^"]*)"/g)].map((m) => m[1]);
  return `${body.replace(/<[^>]+>/g, ' ')} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

/** A locale function's result for sample arguments: numbers first (counts, dates), else names. */
function callWithSamples(f: (...a: unknown[]) => unknown): unknown {
  try {
    return f(3, 'X', 'Y', 'Z');
  } catch {
    return f('Kachin State', 'Y', 'Z');
  }
}

/** Each chrome string of a locale by its path, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return leaves(callWithSamples(value as (...a: unknown[]) => unknown), path);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

// Names that data text may also use in English (event types, view and map names), and a locale's codes. Single short
// words ("context") may be English data text too: the check takes phrases and longer words.
const DATA_LIKE = /^(eventTypes|segmentStatus|viewNames|mapNames|locale|ogLocale|and|dayNumber|figures)\b/;

let html = '';
beforeAll(() => {
  project.write(
    'content/stories/frontiere-birmanie-chine.mdx',
    readFileSync(join(ROOT, 'tests/fixtures/stories/frontiere-birmanie-chine.mdx'), 'utf8'),
  );
  const outDir = join(project.dir, 'dist');
  const r = runBuild({ root: project.dir, outDir });
  expect(r.status, r.output).toBe(0);
  html = readFileSync(join(outDir, 'frontiere-birmanie-chine/index.html'), 'utf8');
}, 180_000);

describe('a story with lang: fr', () => {
  it('declares its language to browsers and sharing cards', () => {
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toContain('<meta property="og:locale" content="fr_FR"');
  });

  it('shows the page chrome in French', () => {
    const text = readerText(html);
    const fr: ChromeStrings = LOCALES.fr;
    for (const s of [
      fr.notes.title,
      fr.notes.reading,
      fr.events.title,
      fr.events.whoSaysSo,
      fr.mapKey,
      fr.legend.place,
      fr.stepLabel(1, 3),
      'Publié le 21 octobre 2023',
      'Événements jusqu’au lundi 9 octobre 2023',
      'Carte 1 : la Birmanie, le Yunnan et le golfe du Bengale',
      'Frappe contre des civils',
      'BIRMANIE',
      'CHINE',
    ])
      expect(text, s).toContain(s);
  });

  it('shows none of the English chrome', () => {
    const text = readerText(html);
    const fr = new Map(leaves(LOCALES.fr));
    const english = leaves(LOCALES.en).filter(
      ([path, s]) => !DATA_LIKE.test(path) && (s.trim().includes(' ') || s.length >= 9) && fr.get(path) !== s,
    );
    expect(english.length).toBeGreaterThan(40);
    const found = english.filter(([, s]) => text.includes(s.trim()));
    expect(found).toEqual([]);
  });
});
