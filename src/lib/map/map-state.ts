/** Step → map state: everything the map shows at step N, computed from the step list and the data alone. */
import type { Bounds } from '../geo/extent';
import { NAMED_VIEWS, isViewName } from '../geo/named-views';
import { boundsOfPositions } from './geo-bounds';
import type { StoryData } from '../data/story-data';
import type { StepSpec } from '../story/step-spec';
import { sortEvents } from '../data/story-data';

/** What the map shows at one step. */
export interface MapState {
  index: number;
  stepId: string;
  chapter?: string;
  /** Geographic extent to fit into the visible map area. */
  bounds: Bounds;
  /** Labelled places, in data order. */
  places: string[];
  /** Drawn corridor segments, in data order. */
  segments: string[];
  /** Shown events, oldest first. */
  events: string[];
  /** Events dated on or before this are shown; undefined when no events are shown. */
  until?: string;
  /** Emphasised ids by kind. */
  highlight: { places: string[]; segments: string[]; events: string[]; areas: string[] };
}

/** Extra geography the states need: bounds of the base map's areas. */
export interface StateContext {
  areaBounds: ReadonlyMap<string, Bounds>;
}

function fitBounds(ids: readonly string[], data: StoryData, ctx: StateContext): Bounds | undefined {
  const positions: number[][] = [];
  for (const id of ids) {
    const p = data.places.find((f) => f.id === id) ?? data.events.find((f) => f.id === id);
    if (p) positions.push([...p.geometry.coordinates]);
    const s = data.segments.find((f) => f.id === id);
    if (s) positions.push(...s.geometry.coordinates.map((c) => [...c]));
    const a = ctx.areaBounds.get(id);
    if (a) positions.push([a[0], a[1]], [a[2], a[3]]);
  }
  return boundsOfPositions(positions);
}

/** The map state for one step. Steps must have passed validation; unknown ids are ignored. */
export function mapStateFor(step: StepSpec, index: number, data: StoryData, ctx: StateContext): MapState {
  const bounds =
    (step.view && isViewName(step.view) ? NAMED_VIEWS[step.view].bounds : undefined) ??
    (step.fit ? fitBounds(step.fit, data, ctx) : undefined) ??
    NAMED_VIEWS.region.bounds;
  const pick = <T extends { id: string }>(all: readonly T[], list: StepSpec['places']) =>
    list === 'all' ? all.map((f) => f.id) : all.filter((f) => list.includes(f.id)).map((f) => f.id);
  const events =
    step.until === undefined
      ? []
      : sortEvents(data.events.filter((e) => e.properties.date <= step.until!)).map((e) => e.id);
  const of = (ids: Set<string>) => step.highlight.filter((id) => ids.has(id));
  return {
    index,
    stepId: step.id,
    ...(step.chapter ? { chapter: step.chapter } : {}),
    bounds,
    places: pick(data.places, step.places),
    segments: pick(data.segments, step.segments),
    events,
    ...(step.until !== undefined ? { until: step.until } : {}),
    highlight: {
      places: of(new Set(data.places.map((p) => p.id))),
      segments: of(new Set(data.segments.map((s) => s.id))),
      events: of(new Set(data.events.map((e) => e.id))),
      areas: of(new Set(data.areas)),
    },
  };
}

/** Map states for every step, index for index. */
export function mapStates(steps: readonly StepSpec[], data: StoryData, ctx: StateContext): MapState[] {
  return steps.map((s, i) => mapStateFor(s, i, data, ctx));
}
