import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PAGE_IDS,
  RESERVED_IDS,
  chapterId,
  dayId,
  reservedIdReason,
  segmentId,
  stepMapId,
  svgPartId,
  symbolId,
} from '../../src/lib/story/page-ids';

const SRC = join(import.meta.dirname, '..', '..', 'src');

describe('reservedIdReason', () => {
  it.each([
    ['base-map', '"base-map" is an id the page itself uses'],
    ['live-map', '"live-map" is an id the page itself uses'],
    ['live-map-title', '"live-map-title" is an id the page itself uses'],
    ['all-events', '"all-events" is an id the page itself uses'],
    ['after-story', '"after-story" is an id the page itself uses'],
    ['sources-and-notes', '"sources-and-notes" is an id the page itself uses'],
    ['top', '"top" is an id the page itself uses'],
    ['sym-clash', '"sym-clash" starts with "sym-", which the page uses for ids of its own'],
    ['day-2023-10-20', '"day-2023-10-20" starts with "day-", which the page uses for ids of its own'],
    ['seg-muse-mandalay', '"seg-muse-mandalay" starts with "seg-", which the page uses for ids of its own'],
    ['map-start', '"map-start" starts with "map-", which the page uses for ids of its own'],
    ['chapter-one', '"chapter-one" starts with "chapter-", which the page uses for ids of its own'],
    ['draw-kunming-dali', '"draw-kunming-dali" starts with "draw-", which the page uses for ids of its own'],
  ])('%s is taken', (id, reason) => {
    expect(reservedIdReason(id)).toBe(reason);
  });

  it.each(['friday-20-october', 'the-coup', 'days-of-fighting', 'mapping-the-front', 'allevents'])(
    '%s is free',
    (id) => {
      expect(reservedIdReason(id)).toBeUndefined();
    },
  );

  it('every id the helpers make is reserved, so no step can collide with one', () => {
    for (const id of [
      dayId('2023-10-20'),
      segmentId('x'),
      symbolId('clash'),
      stepMapId('start'),
      chapterId('Day by day'),
      svgPartId(stepMapId('a'), 'desc'),
    ]) {
      expect(reservedIdReason(id), id).toBeDefined();
    }
    for (const id of Object.values(PAGE_IDS)) expect(RESERVED_IDS).toContain(id);
  });
});

describe('the browser script makes no id of its own', () => {
  // Ids and references the client could build from literal text, e.g. `draw-${id}` or '#base-map'.
  const literalIds = (code: string) =>
    [
      ...code.matchAll(/\.id = `([a-z-]+)\$\{/g),
      ...code.matchAll(/getElementById\(`([a-z-]+)\$\{/g),
      ...code.matchAll(/['`]#([a-z-]+?)(?:\$\{|['`])/g),
    ].map((m) => m[1]!);

  it('(the scan finds literal ids)', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: code as text, for the scan to read
    const sample = "mask.id = `draw-${id}`; x.getElementById(`seg-${id}`); use('#base-map');";
    expect(literalIds(sample)).toEqual(['draw-', 'seg-', 'base-map']);
  });

  it.each(readdirSync(join(SRC, 'client')))('src/client/%s takes every id from page-ids.ts', (file) => {
    expect(literalIds(readFileSync(join(SRC, 'client', file), 'utf8'))).toEqual([]);
  });
});
