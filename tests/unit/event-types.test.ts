import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, eventTypes, type EventType } from '../../src/lib/data/event-types';
import { eventSchema } from '../../src/lib/data/schemas';
import { legendFor } from '../../src/lib/map/legend';
import type { LayoutModel, ModelState } from '../../src/lib/map/map-model';
import { chromeStrings, LOCALES } from '../../src/lib/i18n/locale';
const en = chromeStrings('en');

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');
const darkAt = css.indexOf('prefers-color-scheme: dark');

/** A model with one event of each type inside the view of its only step. */
function modelWithEvents(types: readonly EventType[]): LayoutModel {
  const state: ModelState = {
    index: 0,
    stepId: 's',
    bounds: [0, 0, 1, 1],
    places: [],
    segments: [],
    events: types.map((t) => `e-${t}`),
    until: '2023-10-31',
    highlight: { places: [], segments: [], events: [], areas: [] },
    rect: [0, 0, 100, 100],
    span: 1,
  };
  return {
    places: [],
    segments: [],
    labels: [],
    legends: [],
    region: [0, 0, 100, 100],
    states: [state],
    events: types.map((t) => ({ id: `e-${t}`, type: t, date: '2023-10-20', xy: [50, 50] })),
    eventPlaces: {},
  };
}

describe.each(eventTypes)('event type %s', (type) => {
  const spec = EVENT_TYPES[type] as { symbol: { d?: string; circle?: number } };
  const name = en.eventTypes[type];

  it('has a reader-facing name in every language and a symbol', () => {
    for (const t of Object.values(LOCALES)) expect(t.eventTypes[type]).toMatch(/^\p{Ll}[\p{L}’ ]+$/u);
    expect(spec.symbol.d ?? spec.symbol.circle).toBeTruthy();
  });

  it('has a colour in the light and the dark palette, and a fill rule (src/styles/global.css)', () => {
    const light = css.slice(0, darkAt).match(new RegExp(`--ev-${type}:\\s*#[0-9a-f]{3,8};`, 'i'));
    const dark = css.slice(darkAt).match(new RegExp(`--ev-${type}:\\s*#[0-9a-f]{3,8};`, 'i'));
    expect(light, `light --ev-${type}`).not.toBeNull();
    expect(dark, `dark --ev-${type}`).not.toBeNull();
    expect(css).toMatch(new RegExp(`\\.ev--${type}\\s*\\{\\s*fill:\\s*var\\(--ev-${type}\\);`));
  });

  it('gets a legend entry when a step shows it', () => {
    expect(legendFor(modelWithEvents([type]), 0, en)).toContainEqual({
      key: `event:${type}`,
      label: name.replace(/^./, (c) => c.toUpperCase()),
    });
  });

  it('is accepted by the data schema', () => {
    const event = {
      type: 'Feature',
      id: 'x',
      geometry: { type: 'Point', coordinates: [97, 24] },
      properties: { type },
    };
    const issues = eventSchema.safeParse(event).error?.issues ?? [];
    expect(issues.filter((i) => i.path.join('.') === 'properties.type')).toEqual([]);
  });
});

describe('the map key', () => {
  it("lists event types in the table's order", () => {
    const keys = legendFor(modelWithEvents([...eventTypes].reverse()), 0, en).map((l) => l.key);
    expect(keys).toEqual(eventTypes.map((t) => `event:${t}`));
  });
});
