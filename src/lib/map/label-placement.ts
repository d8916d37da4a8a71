/** Greedy label placement: each label takes the first spot around its point that overlaps nothing already placed. */

/** A side of a point a label can sit on. */
export type Side = 'right' | 'left' | 'top' | 'bottom';

/** Every side, in the order a label tries them after its preferred one. */
export const SIDES: readonly Side[] = ['right', 'left', 'top', 'bottom'];

/** An axis-aligned box in pixels: [x0, y0, x1, y1]. */
export type Box = readonly [number, number, number, number];

/** Offsets of a label from its point, by side: [dx, dy baseline, text-anchor]. */
export const LABEL_OFFSET = {
  right: [8, 4, 'start'],
  left: [-8, 4, 'end'],
  top: [0, -9, 'middle'],
  bottom: [0, 16, 'middle'],
} as const satisfies Record<Side, readonly [number, number, string]>;

/** Approximate width of a label in pixels (system sans-serif averages ~0.58 em per character). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

/** A label's offset from its point on `side`, scaled with its font and pushed `push` pixels farther out. */
export function labelOffset(side: Side, fontSize = 14, push = 0): [number, number, 'start' | 'end' | 'middle'] {
  const k = fontSize / 14;
  const [dx, dy, anchor] = LABEL_OFFSET[side];
  const out = side === 'right' ? [push, 0] : side === 'left' ? [-push, 0] : side === 'top' ? [0, -push] : [0, push];
  return [dx * k + out[0]!, dy * k + out[1]!, anchor];
}

/** The box a label covers when placed on `side` of (x, y), `push` pixels farther out than the usual offset. */
export function labelBox(x: number, y: number, text: string, side: Side, fontSize = 14, push = 0, bold = false): Box {
  // Bold (a place the step is about) runs about 15% wider.
  const w = textWidth(text, fontSize) * (bold ? 1.15 : 1);
  const [dx, dy, anchor] = labelOffset(side, fontSize, push);
  const x0 = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - w : x + dx - w / 2;
  const base = y + dy;
  // The font's ascent, not its capitals: DejaVu Sans and Arial draw their line box about 0.93 em above the baseline.
  return [x0, base - fontSize * 0.95, x0 + w, base + fontSize * 0.25];
}

/** The room a label may take round (x, y): the box holding its boxes on every side. */
export function labelRoom(x: number, y: number, text: string, fontSize = 14, bold = false): Box {
  const boxes = SIDES.map((side) => labelBox(x, y, text, side, fontSize, 0, bold));
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** True when two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** A label to place. */
export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  preferred: Side;
  /** Labels that must show even when every side collides (they keep the preferred side). */
  required: boolean;
  /** Pixels to keep clear around the point beyond the usual offset (a symbol drawn on it). */
  push?: number;
  /** Set in bold, so wider. */
  bold?: boolean;
}

/** Where a label went: its side and how far beyond the usual offset. */
export interface LabelSpot {
  side: Side;
  push: number;
}

/**
 * Places labels in the given (priority) order: each takes the first side, near then a step farther out, that overlaps
 * nothing already placed; returns undefined for a label dropped because every spot collides. `soft` obstacles (a
 * railway line) are avoided when a spot allows it, but never drop a label or push it off the map.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  width: number,
  height: number,
  fontSize = 14,
  soft: readonly Box[] = [],
  hard: readonly Box[] = [],
): (LabelSpot | undefined)[] {
  const taken: Box[] = [...obstacles];
  const inside = (b: Box) => b[0] >= 2 && b[2] <= width - 2 && b[1] >= 2 && b[3] <= height - 2;
  return labels.map((l) => {
    const order: Side[] = [l.preferred, ...SIDES.filter((s) => s !== l.preferred)];
    const base = l.push ?? 0;
    const spots = [0, 8 * (fontSize / 14)].flatMap((extra) => order.map((side) => ({ side, push: base + extra })));
    const box = (s: LabelSpot) => labelBox(l.x, l.y, l.text, s.side, fontSize, s.push, l.bold);
    const fits = (s: LabelSpot, avoidSoft: boolean) =>
      inside(box(s)) &&
      !taken.some((t) => overlaps(t, box(s))) &&
      !(avoidSoft && soft.some((t) => overlaps(t, box(s))));
    const spot =
      spots.find((s) => fits(s, true)) ??
      spots.find((s) => fits(s, false)) ??
      (l.required
        ? leastCovering(
            // A required label that fits nowhere still keeps out from under the overlays (`hard`) if it can.
            preferClear(
              spots.filter((s) => inside(box(s))),
              (s) => !hard.some((h) => overlaps(h, box(s))),
            ),
            box,
            taken,
          )
        : undefined);
    if (spot) taken.push(box(spot));
    return spot;
  });
}

/** The items that pass `ok`, or all of them when none does. */
function preferClear<T>(items: T[], ok: (item: T) => boolean): T[] {
  const clear = items.filter(ok);
  return clear.length ? clear : items;
}

/** The spot whose box overlaps the fewest taken boxes (a required label that fits nowhere), or undefined. */
function leastCovering(spots: LabelSpot[], box: (s: LabelSpot) => Box, taken: readonly Box[]): LabelSpot | undefined {
  const cost = (s: LabelSpot) => taken.filter((t) => overlaps(t, box(s))).length;
  return [...spots].sort((a, b) => cost(a) - cost(b))[0];
}
