import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventType } from '../../src/lib/data/event-types';
import { timelineStrings } from '../../src/lib/i18n/timeline-strings';
import { chromeStrings } from '../../src/lib/i18n/locale';
import { LAND_OFFSET } from '../../src/lib/story/active-step';
import { storyTimeline } from '../../src/lib/timeline/story-timeline';
import { dayAccessibleName, dayLabel, monthLabel, timelineName } from '../../src/lib/timeline/timeline-labels';
import { positionOf, SYMBOL_SCALE, timelineLayout } from '../../src/lib/timeline/timeline-layout';
import { firstStepShowing, timelineState } from '../../src/lib/timeline/timeline-state';

const ev = (id: string, date: string, type: EventType, time?: string) => ({ id, properties: { date, type, time } });

/** The shape of the story's data: a coup long before, then a fortnight of fighting with two events on one day. */
const EVENTS = [
  ev('clash-27', '2023-10-27', 'clash'),
  ev('seized-19', '2023-10-19', 'base-seized', '14:00'),
  ev('coup', '2021-02-01', 'coup'),
  ev('camp-9', '2023-10-09', 'strike-on-civilians'),
  ev('strike-19', '2023-10-19', 'air-strike', '09:00'),
  ev('seized-18', '2023-10-18', 'base-seized'),
  ev('seized-20', '2023-10-20', 'base-seized'),
  ev('strike-21', '2023-10-21', 'air-strike'),
];
const layout = timelineLayout(EVENTS)!;
const day = (date: string) => layout.days.find((d) => d.date === date)!;
const en = timelineStrings.en;
const enType = (type: EventType) => chromeStrings('en').eventTypes[type];
const frType = (type: EventType) => chromeStrings('fr').eventTypes[type];

describe('timelineLayout', () => {
  it('gives each day with events one column, oldest first, and stacks its events upwards in order of time', () => {
    expect(layout.days.map((d) => d.date)).toEqual([
      '2021-02-01',
      '2023-10-09',
      '2023-10-18',
      '2023-10-19',
      '2023-10-20',
      '2023-10-21',
      '2023-10-27',
    ]);
    const stack = day('2023-10-19').events;
    expect(stack.map((e) => e.id)).toEqual(['strike-19', 'seized-19']);
    expect(stack[1]!.y).toBeLessThan(stack[0]!.y);
    expect(stack[0]!.y).toBe(day('2023-10-20').events[0]!.y);
    // The strip is as tall as the highest stack needs, and every symbol sits above the axis.
    for (const e of layout.days.flatMap((d) => d.events)) expect(e.y).toBeGreaterThan(0);
    expect(Math.max(...layout.days.flatMap((d) => d.events.map((e) => e.y)))).toBeLessThan(layout.axisY);
    expect(timelineLayout(EVENTS.filter((e) => !e.id.endsWith('-19')))!.height).toBeLessThan(layout.height);
  });

  it('draws the main stretch to scale, one column per calendar day, and puts a long-past day before a break', () => {
    expect(layout.from).toBe('2023-10-09');
    expect(layout.to).toBe('2023-10-27');
    expect(day('2021-02-01').earlier).toBe(true);
    expect(layout.days.filter((d) => d.earlier)).toHaveLength(1);
    const [gapFrom, gapTo] = layout.gap!;
    expect(day('2021-02-01').x).toBeLessThan(gapFrom);
    expect(day('2023-10-09').x).toBeGreaterThan(gapTo);
    // 9 to 27 October is 19 days: 18 columns between the first and the last day's centres.
    expect(day('2023-10-27').x - day('2023-10-09').x).toBeCloseTo(18 * layout.column, 0);
    expect(day('2023-10-19').x - day('2023-10-18').x).toBeCloseTo(layout.column, 1);
    expect(day('2023-10-27').x + layout.column / 2).toBeCloseTo(100, 0);
  });

  it('has no break when no gap is long, and no strip without events', () => {
    const short = timelineLayout(EVENTS.filter((e) => e.id !== 'coup'))!;
    expect(short.gap).toBeUndefined();
    expect(short.days.every((d) => !d.earlier)).toBe(true);
    expect(short.days[0]!.x).toBeCloseTo(short.column / 2, 1);
    expect(timelineLayout([])).toBeUndefined();
  });

  it('marks the number of a day right after a labelled one as one to leave out where days are narrow', () => {
    expect(layout.days.filter((d) => d.minor).map((d) => d.date)).toEqual(['2023-10-19', '2023-10-21']);
  });

  it('places any date: days between columns to scale, dates before the main stretch in the break', () => {
    expect(positionOf(layout, '2023-10-18')).toBe(day('2023-10-18').x);
    expect(positionOf(layout, '2023-10-24')).toBeCloseTo(day('2023-10-21').x + 3 * layout.column, 0);
    expect(positionOf(layout, '2023-11-30')).toBe(100);
    expect(positionOf(layout, '2022-06-01')).toBeCloseTo((layout.gap![0] + layout.gap![1]) / 2, 1);
    expect(positionOf(layout, '2020-01-01')).toBe(0);
  });
});

describe('timelineState (step → state)', () => {
  it('marks the step’s date and shows the days after it as still to come', () => {
    const s = timelineState(layout, '2023-10-19');
    expect(s.until).toBe('2023-10-19');
    expect(s.now).toBe(day('2023-10-19').x);
    expect(s.aheadFrom).toBeGreaterThan(s.now);
    expect(s.aheadFrom).toBeLessThan(day('2023-10-20').x);
  });

  it('at the coup, leaves the whole main stretch to come, its label clear of the veil', () => {
    const s = timelineState(layout, '2021-02-01');
    expect(s.now).toBe(day('2021-02-01').x);
    expect(s.aheadFrom).toBeGreaterThan(layout.gap![0]);
    expect(s.aheadFrom).toBeLessThan(day('2023-10-09').x);
  });

  it('at a step without events, marks nothing and shows every day as to come', () => {
    expect(timelineState(layout, undefined)).toEqual({ now: 0, aheadFrom: 0 });
  });

  it('moves forward as the dates do', () => {
    const dates = ['2021-02-01', '2023-10-09', '2023-10-18', '2023-10-21', '2023-10-27'];
    const nows = dates.map((d) => timelineState(layout, d).now);
    expect([...nows].sort((a, b) => a - b)).toEqual(nows);
    expect(new Set(nows).size).toBe(nows.length);
  });
});

describe('firstStepShowing and storyTimeline', () => {
  const states = [
    { stepId: 'intro' },
    { stepId: 'the-coup', until: '2021-02-01' },
    { stepId: 'rail' },
    { stepId: 'camp', until: '2023-10-09' },
    { stepId: 'camp-again', until: '2023-10-09' },
    { stepId: 'week', until: '2023-10-20' },
    { stepId: 'after', until: '2023-10-27' },
  ];

  it('finds the first step whose date reaches the day', () => {
    expect(firstStepShowing('2021-02-01', states)).toBe(1);
    expect(firstStepShowing('2023-10-09', states)).toBe(3);
    expect(firstStepShowing('2023-10-18', states)).toBe(5);
    expect(firstStepShowing('2023-10-21', states)).toBe(6);
    expect(firstStepShowing('2023-11-01', states)).toBeUndefined();
  });

  it('links each day to that step, and gives each step its state', () => {
    const tl = storyTimeline(EVENTS, states)!;
    expect(Object.fromEntries(tl.links)).toEqual({
      '2021-02-01': 'the-coup',
      '2023-10-09': 'camp',
      '2023-10-18': 'week',
      '2023-10-19': 'week',
      '2023-10-20': 'week',
      '2023-10-21': 'after',
      '2023-10-27': 'after',
    });
    expect(tl.states.map((s) => s.until)).toEqual(states.map((s) => s.until));
    expect(tl.states[4]).toEqual(tl.states[3]);
  });

  it('leaves a day no step reaches without a link', () => {
    const tl = storyTimeline(EVENTS, states.slice(0, 6))!;
    expect(tl.links.has('2023-10-27')).toBe(false);
    expect(tl.links.get('2023-10-20')).toBe('week');
  });

  it('gives no timeline to a story that shows no events, or has none', () => {
    expect(storyTimeline(EVENTS, [{ stepId: 'a' }, { stepId: 'b' }])).toBeUndefined();
    expect(storyTimeline([], states)).toBeUndefined();
  });
});

describe('timeline words', () => {
  it('names each day for screen readers, with the year only off the main stretch’s', () => {
    expect(dayAccessibleName(day('2023-10-09'), layout, en, enType)).toBe('9 October: 1 event, strike on civilians');
    expect(dayAccessibleName(day('2023-10-19'), layout, en, enType)).toBe(
      '19 October: 2 events, air strike and base seized',
    );
    expect(dayAccessibleName(day('2021-02-01'), layout, en, enType)).toBe('1 February 2021: 1 event, coup');
  });

  it('labels the days short, each label part of its day’s name: the year before the break, the number after', () => {
    const labels = layout.days.map((d) => dayLabel(d, en));
    expect(labels).toEqual(['2021', '9', '18', '19', '20', '21', '27']);
    layout.days.forEach((d, i) => expect(dayAccessibleName(d, layout, en, enType)).toContain(labels[i]));
    expect(monthLabel(layout, en)).toBe('Oct');
  });

  it('names the strip with its span and its state', () => {
    expect(timelineName(layout, timelineState(layout, '2023-10-20'), en)).toBe(
      'Timeline of events, 9 to 27 October 2023: events up to 20 October on the map',
    );
    expect(timelineName(layout, timelineState(layout, undefined), en)).toBe(
      'Timeline of events, 9 to 27 October 2023: no events on the map yet',
    );
  });

  it('speaks French with French dates and event types', () => {
    const fr = timelineStrings.fr;
    expect(timelineName(layout, timelineState(layout, '2023-10-20'), fr)).toBe(
      'Chronologie des événements, du 9 au 27 octobre 2023\u00a0: événements jusqu’au 20 octobre sur la carte',
    );
    expect(dayAccessibleName(day('2023-10-19'), layout, fr, frType)).toBe(
      '19 octobre\u00a0: 2 événements, frappe aérienne et base prise',
    );
    expect(dayAccessibleName(day('2021-02-01'), layout, fr, frType)).toBe(
      '1 février 2021\u00a0: 1 événement, coup d’État',
    );
  });
});

describe('timeline.css', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/styles/timeline.css'), 'utf8');

  it('scales the symbols by SYMBOL_SCALE, which the positions are divided by', () => {
    expect(css).toContain(`transform: scale(${SYMBOL_SCALE});`);
  });

  it('puts the phone strip’s lower edge on the line where a step’s card lands', () => {
    expect(css).toContain(`bottom: ${Math.round((1 - LAND_OFFSET) * 100)}%;`);
  });

  it('keeps the desktop strip on the key’s band, as high as global.css makes it', () => {
    const global = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
    const bands = (text: string) => [...text.matchAll(/--key-band: ([\d.]+rem);/g)].map((m) => m[1]);
    expect(bands(css)).toEqual(bands(global));
    expect(bands(css).length).toBeGreaterThan(0);
  });
});
