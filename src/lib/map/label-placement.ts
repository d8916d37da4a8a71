/** Greedy label placement: each label takes the first side that overlaps nothing already placed. */

/** A side of a point a label can sit on. */
export type Side = 'right' | 'left' | 'top' | 'bottom';

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

/** The box a label covers when placed on `side` of (x, y). */
export function labelBox(x: number, y: number, text: string, side: Side, fontSize = 14): Box {
  const w = textWidth(text, fontSize);
  const [dx, dy, anchor] = LABEL_OFFSET[side];
  const x0 = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - w : x + dx - w / 2;
  const base = y + dy;
  return [x0, base - fontSize * 0.8, x0 + w, base + fontSize * 0.25];
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
}

/**
 * Places labels in the given (priority) order; returns the side of each, or undefined when it is dropped. `soft`
 * obstacles (a railway line) are avoided when a side allows it, but never drop a label or push it off the map.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  width: number,
  height: number,
  soft: readonly Box[] = [],
): (Side | undefined)[] {
  const taken: Box[] = [...obstacles];
  const inside = (b: Box) => b[0] >= 2 && b[2] <= width - 2 && b[1] >= 2 && b[3] <= height - 2;
  return labels.map((l) => {
    const order: Side[] = [
      l.preferred,
      ...(['right', 'left', 'top', 'bottom'] as const).filter((s) => s !== l.preferred),
    ];
    const fits = (s: Side, avoidSoft: boolean) => {
      const b = labelBox(l.x, l.y, l.text, s);
      return inside(b) && !taken.some((t) => overlaps(t, b)) && !(avoidSoft && soft.some((t) => overlaps(t, b)));
    };
    const side = order.find((s) => fits(s, true)) ?? order.find((s) => fits(s, false));
    const chosen = side ?? (l.required ? l.preferred : undefined);
    if (chosen) taken.push(labelBox(l.x, l.y, l.text, chosen));
    return chosen;
  });
}
