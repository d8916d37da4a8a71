import { describe, it, expect } from 'vitest';
import { fixtureFiles } from '../helpers/content-fixture';
import { validateContent } from '../../src/lib/validation/validate-content';
import { mapStates } from '../../src/lib/map/map-state';
import { describeState } from '../../src/lib/map/describe';
import { changeAnnouncement, joinList, mapChanges } from '../../src/lib/map/map-changes';
import { fillIn, readerStrings } from '../../src/lib/i18n/reader-strings';
import { chromeStrings } from '../../src/lib/i18n/locale';

const { data, stories } = validateContent(fixtureFiles());
const steps = stories[0]!.steps;
const states = mapStates(steps, data, { areaBounds: new Map() });
const segmentName = (id: string) => data.segments.find((s) => s.id === id)?.properties.name ?? id;
const en = readerStrings.en.live;
const fr = readerStrings.fr.live;

describe('mapChanges', () => {
  it('counts events that appear and go, names segments drawn and undrawn, and tells a moved view', () => {
    const a = { events: ['e1', 'e2'], segments: ['s1'], bounds: [1, 2, 3, 4] };
    const b = { events: ['e2', 'e3', 'e4'], segments: ['s2'], bounds: [1, 2, 3, 5] };
    expect(mapChanges(a, b)).toEqual({ added: 2, removed: 1, drawn: ['s2'], undrawn: ['s1'], moved: true });
    expect(mapChanges(b, b)).toEqual({ added: 0, removed: 0, drawn: [], undrawn: [], moved: false });
  });
});

describe('changeAnnouncement', () => {
  it("one step on says what the map's description says changed since the previous map", () => {
    const text = describeState(states[1]!, states[0], data, steps[1]!, new Map(), chromeStrings('en'));
    const said = changeAnnouncement(text.title, mapChanges(states[0]!, states[1]!), 0, 1, segmentName, en);
    const since = text.description.match(/Since the previous map: .*$/)?.[0];
    expect(since).toBeDefined();
    expect(said).toBe(`${text.title}. ${since}`);
  });

  it('after a jump or going back, it says since which map, and what went', () => {
    const from = { events: ['e1', 'e2', 'e3'], segments: ['muse-mandalay'], bounds: [0, 0, 1, 1] };
    const to = { events: ['e1'], segments: [], bounds: [0, 0, 1, 1] };
    expect(changeAnnouncement('Map 2: Laiza', mapChanges(from, to), 5, 1, segmentName, en)).toBe(
      'Map 2: Laiza. Since map 6: 2 events fewer and no longer drawn: Muse–Mandalay.',
    );
    expect(changeAnnouncement('Map 9: Muse', mapChanges(to, from), 1, 8, segmentName, en)).toBe(
      'Map 9: Muse. Since map 2: 2 new events and newly drawn: Muse–Mandalay.',
    );
  });

  it('says only the title when nothing that is told changed', () => {
    const s = { events: ['e1'], segments: [], bounds: [0, 0, 1, 1] };
    expect(changeAnnouncement('Map 4: Laiza', mapChanges(s, s), 2, 3, segmentName, en)).toBe('Map 4: Laiza');
  });

  it('speaks French with the French words', () => {
    const from = { events: [], segments: [], bounds: [0, 0, 1, 1] };
    const to = { events: ['e1'], segments: ['muse-mandalay'], bounds: [0, 0, 2, 2] };
    expect(changeAnnouncement('Carte 2 : Laïza', mapChanges(from, to), 0, 1, segmentName, fr)).toBe(
      'Carte 2 : Laïza. Depuis la carte précédente : 1 nouvel événement, nouveau tracé : Muse–Mandalay et la vue se déplace.',
    );
  });
});

describe('fillIn and joinList', () => {
  it('fills named slots and picks the form of a count', () => {
    expect(fillIn('Since map {n}: {changes}.', { n: 3, changes: 'x' })).toBe('Since map 3: x.');
    expect(fillIn(en.newEvents, { n: 1 })).toBe('1 new event');
    expect(fillIn(en.newEvents, { n: 4 })).toBe('4 new events');
    expect(fillIn('{missing} stays', {})).toBe('{missing} stays');
  });

  it('joins lists the way the map description does', () => {
    expect(joinList([], 'and')).toBe('');
    expect(joinList(['a'], 'and')).toBe('a');
    expect(joinList(['a', 'b', 'c'], 'et')).toBe('a, b et c');
  });

  it('has the same templates, slots and count forms in every language', () => {
    const slots = (v: unknown) =>
      JSON.stringify(v)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(slots(fr[key]), key).toEqual(slots(en[key]));
      expect(Array.isArray(fr[key]), key).toBe(Array.isArray(en[key]));
    }
    expect(slots(readerStrings.fr.stepLinkOf)).toEqual(slots(readerStrings.en.stepLinkOf));
  });
});
