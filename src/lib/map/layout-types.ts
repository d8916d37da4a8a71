/** The shapes of a laid-out map: every mark of one step, in pixels, for one viewport (built by layout.ts). */
import type { PlacedRiverLabel } from './river-labels';
import type { ModelEvent, ModelPlace, ModelSegment } from './model-types';
import type { Transform } from './projection';
import type { Box, Side } from './label-placement';
import type { Inset } from './inset';
import type { Padding } from './projection';
import type { PlacedScaleBar } from './frame-marks';

/** A place dot and its label, in pixels. */
export interface PlaceMark extends ModelPlace {
  x: number;
  y: number;
  highlighted: boolean;
  /** Where the label sits, or undefined when it would cover another or is listed in a callout. */
  labelSide: Side | undefined;
  /** Pixels the label sits beyond its usual offset (clear of a symbol on the spot, or of a neighbour). */
  labelPush: number;
  /** A lone event symbol sits on the spot: no dot, and the uncertainty ring goes round the symbol. */
  covered: boolean;
  /** Size of the marks relative to the live map's (see STATIC_MARK_SCALE). */
  scale: number;
}

/** An event symbol, in pixels. */
export interface EventMark extends ModelEvent {
  /** Unique per mark: an event with several places has one mark at each. */
  key: string;
  x: number;
  y: number;
  /** Offset, in pixels, from the spot (`xy`) of the place the mark stands for. */
  dx: number;
  dy: number;
  highlighted: boolean;
  /** From an earlier day than the step's latest events: drawn quieter. */
  past: boolean;
  scale: number;
}

/** A leader line from a spot to symbols or a name set apart from it, in pixels. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A callout box listing a cluster's sites: each row its symbols and its place's name. */
export interface CalloutMark {
  box: Box;
  names: { text: string; x: number; y: number; highlighted: boolean }[];
}

/** A drawn corridor segment. */
export interface SegmentMark extends ModelSegment {
  highlighted: boolean;
}

/** A country, area or water label, in pixels. */
export interface TextMark {
  key: string;
  text: string;
  kind: 'country' | 'area' | 'water' | 'tunnel';
  xy: readonly [number, number];
  x: number;
  y: number;
}

/** One step's map laid out for one viewport. */
export interface MapLayout {
  index: number;
  width: number;
  height: number;
  transform: Transform;
  areas: string[];
  segments: SegmentMark[];
  places: PlaceMark[];
  events: EventMark[];
  leaders: Leader[];
  callouts: CalloutMark[];
  labels: TextMark[];
  /** River names along their rivers, clear of the marks (the frame's names then keep clear of them). */
  rivers: PlacedRiverLabel[];
  /** The locator: where the inset sits (pixels) and what it shows (base units); only on close views. */
  inset: Inset | undefined;
  /** The scale bar (km and miles) in a free corner of the visible frame. */
  scaleBar: PlacedScaleBar;
  scale: number;
}

/**
 * Options of a layout: the marks' scale, boxes over the map that marks must keep clear of (date, key, card), and the
 * padding the view was fitted with (outside it go no names and no scale bar).
 */
export interface LayoutOptions {
  scale?: number;
  reserved?: readonly Box[];
  padding?: Padding;
}
