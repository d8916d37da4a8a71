/** The few labels that stay on screen through a camera move, so the reader keeps their bearings while the rest fade. */
import type { MapLayout, PlaceMark } from './layout';

/** Most names kept through a move. */
export const MAX_ANCHORS = 3;

/** A label kept through a move: where it is (base units) in the view being left and in the view arriving. */
export interface FlightAnchor {
  text: string;
  from: readonly [number, number];
  to: readonly [number, number];
  /** Places only: the place as the arriving view draws it (dot and label side). */
  place?: PlaceMark;
}

/**
 * The anchors of a move from `from` to `to`, at most MAX_ANCHORS: the country names both views show, then the places
 * both views label (the arriving view's highlighted places first: Laiza, in the border story), then, while fewer than
 * two, the arriving view's own places (already where the camera lands).
 */
export function flightAnchors(from: MapLayout, to: MapLayout): FlightAnchor[] {
  const anchors: FlightAnchor[] = [];
  for (const l of to.labels) {
    const before = from.labels.find((m) => m.kind === 'country' && m.text === l.text);
    if (l.kind === 'country' && before) anchors.push({ text: l.text, from: before.xy, to: l.xy });
  }
  const shared = (p: PlaceMark) => from.places.some((q) => q.id === p.id && q.labelSide);
  const places = to.places
    .filter((p) => p.labelSide)
    .sort((a, b) => Number(shared(b)) - Number(shared(a)) || Number(b.highlighted) - Number(a.highlighted));
  for (const p of places)
    if (anchors.length < (shared(p) ? MAX_ANCHORS : 2)) anchors.push({ text: p.name, from: p.xy, to: p.xy, place: p });
  return anchors.slice(0, MAX_ANCHORS);
}

/** Where an anchor is, in base units, at progress `u` (0 to 1) of the move. */
export function anchorAt(a: FlightAnchor, u: number): [number, number] {
  return [a.from[0] + (a.to[0] - a.from[0]) * u, a.from[1] + (a.to[1] - a.from[1]) * u];
}
