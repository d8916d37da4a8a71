/** The compact, projected model of a story's map: every feature in base units and every step's state. */
import type { GeoProjection } from 'd3-geo';
import type { StoryData } from '../data/cross-check';
import type { EventType, PlaceKind, SegmentStatus } from '../data/schemas';
import type { MapState } from './map-state';
import { AREA_LABELS } from './area-labels';
import { MAP_EXTENT } from '../geo/extent';
import { projectBounds, type Rect } from './projection';
import type { StateText } from './describe';
import { eventsUpTo } from '../text/dates';
import { legendFor } from './legend';

/** A point in base units, rounded to 0.1. */
export type XY = readonly [number, number];

/** A place as the map draws it. */
export interface ModelPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  approximate: boolean;
  side: 'left' | 'right' | 'top' | 'bottom';
  xy: XY;
}

/** An event as the map draws it. */
export interface ModelEvent {
  id: string;
  type: EventType;
  date: string;
  xy: XY;
}

/** A corridor segment as the map draws it (its path is in the page's shared defs). */
export interface ModelSegment {
  id: string;
  status: SegmentStatus;
  approximate: boolean;
}

/** A country, area or water label with the view widths (degrees) it shows at. */
export interface ModelLabel {
  text: string;
  kind: 'country' | 'area' | 'water';
  xy: XY;
  minSpan: number;
  maxSpan: number;
}

/** A step's state with its view projected to base units. */
export interface ModelState extends MapState {
  rect: Rect;
  /** Width of the view in degrees of longitude, which picks the labels. */
  span: number;
}

/** Everything the map needs, for the build and the browser alike. */
export interface MapModel {
  places: ModelPlace[];
  events: ModelEvent[];
  segments: ModelSegment[];
  labels: ModelLabel[];
  /** The place id of each event, by event id. */
  eventPlaces: Record<string, string>;
  states: ModelState[];
  /** The whole map extent in base units (what the locator inset shows). */
  region: Rect;
  /** Each step's text alternative. */
  texts: StateText[];
  /** Each step's date indicator ("Events up to …"), empty when the step shows no events. */
  dateLabels: string[];
  /** Each step's legend keys (see legend.ts). */
  legends: string[][];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** What layout needs (the browser gets this much): the model without its texts, which the page already holds. */
export type LayoutModel = Omit<MapModel, 'texts' | 'dateLabels'>;

/** Projects the story data and states once, into base units. */
export function buildMapModel(
  data: StoryData,
  states: readonly MapState[],
  projection: GeoProjection,
  texts: readonly StateText[],
): MapModel {
  const xy = (c: readonly number[]): XY => {
    const [x, y] = projection([c[0]!, c[1]!])!;
    return [r1(x), r1(y)];
  };
  const model: MapModel = {
    places: data.places.map((p) => ({
      id: p.id, name: p.properties.name, kind: p.properties.kind, approximate: p.properties.approximate,
      side: p.properties.labelSide ?? 'right', xy: xy(p.geometry.coordinates),
    })),
    events: data.events.map((e) => ({ id: e.id, type: e.properties.type, date: e.properties.date, xy: xy(e.geometry.coordinates) })),
    segments: data.segments.map((s) => ({ id: s.id, status: s.properties.status, approximate: s.properties.approximate })),
    eventPlaces: Object.fromEntries(data.events.map((e) => [e.id, e.properties.place])),
    labels: AREA_LABELS.map((l) => ({ text: l.text, kind: l.kind, xy: xy(l.at), minSpan: l.minSpan, maxSpan: l.maxSpan })),
    states: states.map((s) => ({
      ...s,
      rect: projectBounds(projection, s.bounds).map(r1) as unknown as Rect,
      span: s.bounds[2] - s.bounds[0],
    })),
    region: projectBounds(projection, MAP_EXTENT).map(r1) as unknown as Rect,
    texts: [...texts],
    dateLabels: states.map((s) => (s.until ? eventsUpTo(s.until).long : '')),
    legends: [],
  };
  model.legends = model.states.map((_, i) => legendFor(model, i).map((l) => l.key));
  return model;
}
