import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedRuns } from '../../src/lib/text/overlap';

const ROOT = join(import.meta.dirname, '..', '..');
// The wire story sits outside the repository, in the shared reference folder beside it.
const WIRE = join(ROOT, '..', 'shared', 'reference', 'source-article.txt');
const RUN = 7;

/** Every string value in a JSON value. */
function stringsIn(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsIn);
  if (v && typeof v === 'object') return Object.values(v).flatMap(stringsIn);
  return [];
} // words in a row: long enough to be a copied phrase, not a name or a date

describe('sharedRuns', () => {
  it('finds copied runs and ignores quoted passages', () => {
    const theirs = 'The military was forced to retreat on Friday afternoon and ordered air strikes.';
    expect(sharedRuns('Then the military was forced to retreat on Friday afternoon, it said.', theirs, 7)).toEqual([
      'the military was forced to retreat on',
      'military was forced to retreat on friday',
      'was forced to retreat on friday afternoon',
    ]);
    expect(sharedRuns('It said "the military was forced to retreat on Friday afternoon".', theirs, 7)).toEqual([]);
  });
});

describe.skipIf(!existsSync(WIRE))('the story is in our own words', () => {
  const wire = existsSync(WIRE) ? readFileSync(WIRE, 'utf8') : '';
  const dir = join(ROOT, 'content', 'stories');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    it(`${f} shares no run of ${RUN} words with the wire story outside quotes`, () => {
      expect(sharedRuns(readFileSync(join(dir, f), 'utf8'), wire, RUN)).toEqual([]);
    });
  }
  it('the data\'s titles, summaries and notes share none either', () => {
    for (const f of ['places.geojson', 'corridor.geojson', 'events.geojson']) {
      const strings = stringsIn(JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8')));
      expect(strings.flatMap((s) => sharedRuns(s, wire, RUN)), f).toEqual([]);
    }
  });
});
if (!existsSync(WIRE)) console.warn(`[own-words] ${WIRE} not found: the copy check against the wire story was skipped`);
