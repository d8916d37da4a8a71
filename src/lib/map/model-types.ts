/** The shape of a story's map model: every feature in base units and every step's state (built by map-model.ts). */
import type { EventType, PlaceKind, SegmentStatus } from '../data/schemas';
import type { MapState } from './map-state';
import type { Rect } from './projection';
import type { StateText } from './describe';

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
  /** What the locator inset shows (INSET_BOUNDS: the whole of Myanmar and its neighbours), in base units. */
  region: Rect;
  /** Each step's text alternative. */
  texts: StateText[];
  /** Each step's date indicator ("Events up to …"), empty when the step shows no events. */
  dateLabels: string[];
  /** Each step's legend keys (see legend.ts). */
  legends: string[][];
}

/** What layout needs (the browser gets this much): the model without its texts, which the page already holds. */
export type LayoutModel = Omit<MapModel, 'texts' | 'dateLabels'>;
