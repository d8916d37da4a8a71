/**
 * What a step's map writes in its visible frame: the scale bar in a free corner, and the names of the countries and
 * highlighted areas inside their visible parts. Both depend only on the step, its camera and the frame.
 */
import type { LayoutModel } from './map-model';
import type { ModelSegment, ModelState } from './model-types';
import type { TextMark } from './layout';
import { overlaps, type Box } from './label-placement';
import { applyTransform, type Padding, type Transform } from './projection';
import { maxBarPx, scaleBarBox, scaleBarFor, type ScaleBar } from './scale-bar';
import { areaLabelSize, labelPointInShape } from './shape-labels';
import type { Shape } from './map-shapes';
import { mapFrameStrings } from '../i18n/map-frame-strings';

/** A scale bar and where its origin (the left end of its line) sits, in pixels. */
export interface PlacedScaleBar extends ScaleBar {
  x: number;
  y: number;
}

/** Distance kept from the frame's edges, in pixels. */
export const FRAME_INSET = 10;

/** The frame inside the viewport's `padding`, FRAME_INSET in from its edges, where names and the scale bar go. */
export function frameBox(width: number, height: number, padding?: Padding): Box {
  const p = padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  return [p.left + FRAME_INSET, p.top + FRAME_INSET, width - p.right - FRAME_INSET, height - p.bottom - FRAME_INSET];
}

/** The names of the tunnels among `segments`, each at its middle (`px` gives pixels). */
export function tunnelNames(
  segments: readonly ModelSegment[],
  px: (xy: readonly [number, number]) => [number, number],
): TextMark[] {
  return segments.flatMap((s): TextMark[] => {
    if (!s.tunnel) return [];
    const [x, y] = px(s.tunnel.at);
    return [{ key: s.id, text: s.tunnel.name, kind: 'tunnel', xy: s.tunnel.at, x, y }];
  });
}

/** The box of a tunnel's name: the stylesheet sets it 12 px off to the left of its spot, ending there. */
export const tunnelNameBox = (m: TextMark): Box => [m.x - 12 - m.text.length * 7, m.y - 11, m.x - 12, m.y + 4];

/** The countries named on the map, most important first (each later one gives way to those before it). */
const NAMED_COUNTRIES = ['mm', 'cn', 'in', 'la', 'th'] as const;

const boxAt = (x: number, y: number, b: readonly [number, number, number, number]): Box => [
  x + b[0],
  y + b[1],
  x + b[2],
  y + b[3],
];

/**
 * The scale bar in the first corner of the frame (bottom left, bottom right, top left) where it covers no mark, or
 * in the corner that covers fewest; between corners that cover as few, the one that leaves most of `room` (where names
 * still to be placed may go) free.
 */
export function placeScaleBar(
  t: Transform,
  width: number,
  height: number,
  frame: Box,
  marks: readonly Box[],
  room: readonly Box[] = [],
): PlacedScaleBar {
  const bar = scaleBarFor(t, width, height, Math.min(maxBarPx(width), (frame[2] - frame[0]) / 3));
  const box = scaleBarBox(bar);
  const corners: [number, number][] = [
    [frame[0] - box[0], frame[3] - box[3]],
    [frame[2] - box[2], frame[3] - box[3]],
    [frame[0] - box[0], frame[1] - box[1]],
  ];
  // Kept a little away from marks too, not just off them.
  const near = (x: number, y: number): Box => boxAt(x, y, [box[0] - 8, box[1] - 8, box[2] + 8, box[3] + 8]);
  const count = (boxes: readonly Box[], [x, y]: [number, number]) =>
    boxes.filter((m) => overlaps(m, near(x, y))).length;
  // Marks first; the room for names only decides between corners that cover as many marks.
  const cost = (corner: [number, number]) => count(marks, corner) * (room.length + 1) + count(room, corner);
  const [x, y] = corners.reduce((a, b) => (cost(b) < cost(a) ? b : a));
  return { ...bar, x: Math.round(x), y: Math.round(y) };
}

/** The box a placed scale bar covers, in pixels. */
export function placedScaleBarBox(s: PlacedScaleBar): Box {
  return boxAt(s.x, s.y, scaleBarBox(s));
}

/** Label box of a country or area name centred on (x, y), with y its baseline as drawn. */
export function shapeNameBox(x: number, y: number, text: string, kind: 'country' | 'area', scale = 1): Box {
  const { width, height } = areaLabelSize(text, kind, scale);
  return [x - width / 2, y - height + 3 * scale, x + width / 2, y + 3 * scale];
}

/**
 * Names of the countries in view and of the step's highlighted areas, each inside its visible part of the frame and
 * clear of `taken` (and of each other); a country or area with no room for its name gets none. Names are `scale` times
 * their size (the static maps').
 */
export function shapeLabels(
  model: LayoutModel,
  highlighted: readonly string[],
  t: Transform,
  frame: Box,
  taken: readonly Box[],
  strings = mapFrameStrings.en,
  scale = 1,
): TextMark[] {
  const shapes = model.shapes;
  if (!shapes) return [];
  const blocked: Box[] = [...taken];
  const out: TextMark[] = [];
  /** Places the first of `texts` that fits inside the shape, or else the first that fits with its middle inside. */
  const place = (key: string, shape: Shape | undefined, texts: string[], kind: 'country' | 'area') => {
    if (!shape) return;
    const tries = [false, true].flatMap((overhang) => texts.map((text) => ({ text, overhang })));
    let at: [number, number] | undefined;
    let text = '';
    let height = 0;
    for (const attempt of tries) {
      const size = areaLabelSize(attempt.text, kind, scale);
      at = labelPointInShape(shape, t, frame, blocked, size.width, size.height, attempt.overhang);
      ({ text, height } = { text: attempt.text, height: size.height });
      if (at) break;
    }
    if (!at) return;
    // The box's middle sits on the chosen point; text is drawn from its baseline.
    const x = Math.round(at[0]);
    const y = Math.round(at[1] + height / 2 - 3 * scale);
    blocked.push(shapeNameBox(x, y, text, kind, scale));
    const xy = [Math.round(((x - t.x) / t.k) * 10) / 10, Math.round(((y - t.y) / t.k) * 10) / 10] as const;
    out.push({ key, text, kind, xy, x, y });
  };
  for (const id of highlighted) {
    const name = model.areaNames?.[id];
    // "RAKHINE STATE", or "RAKHINE" where the area is too narrow for the whole name.
    const full = name?.toUpperCase();
    if (full)
      place(
        `area:${id}`,
        shapes.areas.find((s) => s.id === id),
        [full, full.replace(/ (STATE|REGION)$/, '')],
        'area',
      );
  }
  for (const id of NAMED_COUNTRIES)
    place(
      `country:${id}`,
      shapes.countries.find((s) => s.id === id),
      [model.countryNames?.[id] ?? strings.countries[id]],
      'country',
    );
  return out;
}

/**
 * Every name a step's frame shows besides places: countries and highlighted areas inside their visible parts, then
 * the model's fixed country, state and sea names that fit whole in the frame and meet no mark (`occupied`), no placed
 * name and no earlier fixed name. Names are `scale` times their size.
 */
export function frameNames(
  model: LayoutModel,
  state: ModelState,
  t: Transform,
  frame: Box,
  occupied: readonly Box[],
  scale = 1,
): TextMark[] {
  const hl = state.highlight;
  const nameBox = (m: TextMark): Box => {
    const w = m.text.length * 13 * 0.68 * scale;
    return [m.x - w / 2, m.y - 11 * scale, m.x + w / 2, m.y + 4 * scale];
  };
  const fixed = model.labels
    .filter((l) => state.span >= l.minSpan && state.span < l.maxSpan && !(model.shapes && l.kind === 'country'))
    .map((l): TextMark => {
      const [x, y] = applyTransform(t, l.xy);
      return { key: `${l.text}@${l.xy.join()}`, text: l.text, kind: l.kind, xy: l.xy, x, y };
    })
    // Whole, in the frame: what the date, the key or the cards cover, or the map's edge cuts, is no place for a name.
    .filter((m) => {
      const b = nameBox(m);
      return b[0] >= frame[0] - FRAME_INSET && b[2] <= frame[2] + FRAME_INSET && b[1] >= frame[1] && b[3] <= frame[3];
    })
    .filter((m) => !occupied.some((b) => overlaps(b, nameBox(m))));
  const areaName = (id: string) => model.areaNames?.[id]?.toUpperCase();
  const namesArea = (m: TextMark) => hl.areas.some((id) => areaName(id) === m.text);
  const unnamed = hl.areas.filter((id) => !fixed.some((m) => m.text === areaName(id)));
  const inShapes = shapeLabels(
    model,
    unnamed,
    t,
    frame,
    [...occupied, ...fixed.filter(namesArea).map(nameBox)],
    undefined,
    scale,
  );
  const shapeBoxes = inShapes.map((m) => shapeNameBox(m.x, m.y, m.text, m.kind as 'country' | 'area', scale));
  // Fixed names that meet a placed name, or an earlier fixed name, give way.
  const kept: TextMark[] = [];
  for (const m of fixed) {
    const b = nameBox(m);
    if (namesArea(m) || (!shapeBoxes.some((s) => overlaps(s, b)) && !kept.some((k) => overlaps(nameBox(k), b))))
      kept.push(m);
  }
  return [...kept, ...inShapes];
}
