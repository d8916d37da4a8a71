import { describe, it, expect } from 'vitest';
import { fixtureFiles } from '../helpers/content-fixture';
import { validateContent } from '../../src/lib/validation/validate-content';
import { mapStates } from '../../src/lib/map/map-state';
import { describeState } from '../../src/lib/map/describe';
import { buildMapModel } from '../../src/lib/map/map-model';
import { legendFor } from '../../src/lib/map/legend';
import { baseProjection } from '../../src/lib/map/projection';
import { chromeStrings } from '../../src/lib/i18n/locale';
const en = chromeStrings('en');

const { data, stories } = validateContent(fixtureFiles());
const steps = stories[0]!.steps;
const ctx = { areaBounds: new Map() };
const states = mapStates(steps, data, ctx);
const names = new Map([['mm-kachin', 'Kachin State']]);

describe('describeState', () => {
  it('names the view, the highlighted areas and the places', () => {
    const t = describeState(states[0]!, undefined, data, { view: 'region' }, names, en);
    expect(t.title).toBe('Map 1: Myanmar, Yunnan and the Bay of Bengal');
    expect(t.description).toBe('Highlighted: Kachin State. Places marked: Laiza and Muse.');
  });

  it('lists segments with their status, events with date, type and claimant, and what changed', () => {
    const t = describeState(states[1]!, states[0], data, steps[1]!, names, en);
    expect(t.title).toBe('Map 2: Laiza and Muse');
    expect(t.description).toContain('Rail corridor: Muse–Mandalay (proposed, route approximate).');
    expect(t.description).toContain(
      'Events up to 21 October 2023: 19 October 2023, Clash near Muse (clash; according to Kachin Independence Army); ' +
        '21 October 2023, Air strike near Laiza (air strike; according to Kachin Independence Army).',
    );
    expect(t.description).toContain(
      'Since the previous map: 2 new events, newly drawn: Muse–Mandalay and the view moves.',
    );
  });

  it('says when a step shows no events yet', () => {
    const early = { ...states[1]!, events: [], until: '2023-10-01' };
    expect(describeState(early, undefined, data, {}, names, en).description).toContain(
      'No events up to 1 October 2023.',
    );
  });
});

describe('legendFor', () => {
  it('shows only the symbols a step uses', () => {
    const texts = states.map((s, i) => describeState(s, states[i - 1], data, steps[i]!, names, en));
    const model = buildMapModel(data, states, baseProjection(), texts, en);
    expect(legendFor(model, 0, en).map((l) => l.key)).toEqual(['area', 'place']);
    expect(legendFor(model, 1, en).map((l) => l.key)).toEqual([
      'place',
      'segment:proposed',
      'event:air-strike',
      'event:clash',
    ]);
    expect(model.legends[1]).toEqual(['place', 'segment:proposed', 'event:air-strike', 'event:clash']);
  });
});
