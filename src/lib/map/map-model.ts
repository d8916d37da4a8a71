/** The compact, projected model of a story's map: every feature in base units and every step's state. */
import type { GeoProjection } from 'd3-geo';
import type { StoryData } from '../data/story-data';
import { AREA_LABELS } from './area-labels';
import { INSET_BOUNDS } from '../geo/inset-bounds';
import { projectBounds, type Rect } from './projection';
import type { StateText } from './describe';
import type { MapModel, XY } from './model-types';
import type { MapState } from './map-state';

export type {
  LayoutModel,
  MapModel,
  ModelEvent,
  ModelLabel,
  ModelPlace,
  ModelSegment,
  ModelState,
  XY,
} from './model-types';
import { eventsUpTo } from '../text/dates';
import { legendFor } from './legend';

const r1 = (v: number) => Math.round(v * 10) / 10;

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
      id: p.id,
      name: p.properties.name,
      kind: p.properties.kind,
      approximate: p.properties.approximate,
      side: p.properties.labelSide ?? 'right',
      xy: xy(p.geometry.coordinates),
    })),
    events: data.events.map((e) => ({
      id: e.id,
      type: e.properties.type,
      date: e.properties.date,
      xy: xy(e.geometry.coordinates),
    })),
    segments: data.segments.map((s) => ({
      id: s.id,
      status: s.properties.status,
      approximate: s.properties.approximate,
    })),
    eventPlaces: Object.fromEntries(data.events.map((e) => [e.id, e.properties.place])),
    labels: AREA_LABELS.map((l) => ({
      text: l.text,
      kind: l.kind,
      xy: xy(l.at),
      minSpan: l.minSpan,
      maxSpan: l.maxSpan,
    })),
    states: states.map((s) => ({
      ...s,
      rect: projectBounds(projection, s.bounds).map(r1) as unknown as Rect,
      span: s.bounds[2] - s.bounds[0],
    })),
    region: projectBounds(projection, INSET_BOUNDS).map(r1) as unknown as Rect,
    texts: [...texts],
    dateLabels: states.map((s) => (s.until ? eventsUpTo(s.until).long : '')),
    legends: [],
  };
  model.legends = model.states.map((_, i) => legendFor(model, i).map((l) => l.key));
  return model;
}
