import { describe, it, expect } from 'vitest';
import { fixtureFiles } from '../helpers/content-fixture';
import { validateContent } from '../../src/lib/validation/validate-content';
import { mapStates } from '../../src/lib/map/map-state';
import { sortEvents } from '../../src/lib/data/story-data';
import { NAMED_VIEWS } from '../../src/lib/geo/named-views';

function fixture(overrides?: Record<string, string>) {
  const { data, stories, problems } = validateContent(fixtureFiles(overrides));
  expect(problems).toEqual([]);
  return { data, steps: stories[0]!.steps };
}
const ctx = { areaBounds: new Map([['mm-kachin', [96, 23.5, 98.7, 28.5] as const]]) };

describe('mapStates', () => {
  it('gives one state per step, a function of the step alone', () => {
    const { data, steps } = fixture();
    const a = mapStates(steps, data, ctx);
    const b = mapStates([...steps].reverse(), data, ctx).reverse();
    expect(a.map((s) => s.stepId)).toEqual(['start', 'close']);
    // The same step gives the same state whatever came before it (apart from its index).
    expect({ ...a[1]!, index: 0 }).toEqual({ ...b[1]!, index: 0 });
  });

  it('uses the named view, the listed places and highlighted areas', () => {
    const { data, steps } = fixture();
    const [start] = mapStates(steps, data, ctx);
    expect(start!.bounds).toEqual(NAMED_VIEWS.region.bounds);
    expect(start!.places).toEqual(['laiza', 'muse']);
    expect(start!.segments).toEqual([]);
    expect(start!.events).toEqual([]);
    expect(start!.highlight.areas).toEqual(['mm-kachin']);
    expect(start!.chapter).toBe('One');
  });

  it("fits to the listed ids and reveals events up to the step's date, oldest first", () => {
    const { data, steps } = fixture();
    const close = mapStates(steps, data, ctx)[1]!;
    const [w, s, e, n] = close.bounds;
    for (const [lon, lat] of [
      [97.5633, 24.76],
      [97.9047, 23.9792],
    ]) {
      expect(lon).toBeGreaterThan(w);
      expect(lon).toBeLessThan(e);
      expect(lat).toBeGreaterThan(s);
      expect(lat).toBeLessThan(n);
    }
    expect(close.segments).toEqual(['muse-mandalay']);
    expect(close.events).toEqual(['muse-clash-2023-10-19', 'laiza-airstrike-2023-10-21']);
    expect(close.highlight.events).toEqual(['laiza-airstrike-2023-10-21']);
  });

  it('leaves out events dated after the step', () => {
    const { data, steps } = fixture({
      'content/stories/fixture-story.mdx': fixtureFiles().stories[0]!.text.replace(
        'until="2023-10-21"',
        'until="2023-10-20"',
      ),
    });
    expect(mapStates(steps, data, ctx)[1]!.events).toEqual(['muse-clash-2023-10-19']);
  });
});

describe('sortEvents', () => {
  it('orders by date, then time, then id', () => {
    const ev = (id: string, date: string, time?: string) => ({ id, properties: { date, ...(time ? { time } : {}) } });
    const sorted = sortEvents([
      ev('c', '2023-10-21', '03:00'),
      ev('b', '2023-10-20'),
      ev('a', '2023-10-21'),
      ev('d', '2023-10-21', '01:00'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['b', 'a', 'd', 'c']);
  });
});
