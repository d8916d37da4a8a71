/** The shape of a story's map model: every feature in base units and every step's state (built by map-model.ts). */
import type { EventType, PlaceKind, SegmentStatus } from '../data/schemas';
import type { MapState } from './map-state';
import type { Rect } from './projection';
import type { StateText } from './describe';
import type { RiverLabelSite } from './river-labels';
import type { MapShapes } from './map-shapes';

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

/** One mark of an event as the map draws it: at its place, and one more at each of its `alsoAt` places. */
export interface ModelEvent {
  /** The event's id (shared by the marks of an event with several places). */
  id: string;
  type: EventType;
  date: string;
  /** The place this mark stands for. */
  place: string;
  xy: XY;
}

/** A corridor segment as the map draws it (its path is in the page's shared defs). */
export interface ModelSegment {
  id: string;
  status: SegmentStatus;
  approximate: boolean;
  /** The line's vertices, which labels keep clear of. */
  xy: XY[];
  /** For a tunnel: the section it is on (it shows with it), the name the map gives it and where (its middle); its id is `<section>-tunnel`. */
  tunnel?: { of: string; name: string; at: XY };
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
  states: ModelState[];
  /** The base map's data extent in base units (its TopoJSON bbox): no camera shows beyond it (clampToExtent). */
  extent?: Rect;
  /** What the locator inset shows (INSET_BOUNDS: the whole of Myanmar and its neighbours), in base units. */
  region: Rect;
  /** Each step's text alternative. */
  texts: StateText[];
  /** Each step's date indicator ("Events up to …", long and short), undefined when the step shows no events. */
  dateLabels: ({ long: string; short: string } | undefined)[];
  /** Each step's legend keys (see legend.ts). */
  legends: string[][];
  /** Where rivers can carry their names (river-labels.ts); set once the base map is simplified. */
  riverLabels?: RiverLabelSite[];
  /** River names in the story's language, by river id. */
  riverNames?: Record<string, string>;
  /** Names of the areas any step highlights, by id (each gets a label while highlighted). */
  areaNames?: Record<string, string>;
  /** Country names as the map writes them, in the story's language, by country id. */
  countryNames?: Record<string, string>;
  /**
   * Country and area outlines for placing their names (shape-labels.ts): added by whoever holds the base map (the
   * build from its layers, the browser from the page's defs), never written into the model file.
   */
  shapes?: MapShapes;
}

/** What layout needs (the browser gets this much): the model without its texts, which the page already holds. */
export type LayoutModel = Omit<MapModel, 'texts' | 'dateLabels'>;
