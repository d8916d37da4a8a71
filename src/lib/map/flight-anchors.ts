/** The few labels that stay on screen through a camera move, so the reader keeps their bearings while the rest fade. */
import type { MapLayout, PlaceMark } from './layout';

/** Most country names kept through a move. */
export const ANCHOR_COUNTRIES = 2;

/** A label kept through a move: where it is (base units) in the view being left and in the view arriving. */
export interface FlightAnchor {
  key: string;
  text: string;
  kind: 'country' | 'place';
  from: readonly [number, number];
  to: readonly [number, number];
  /** Places only: the place as the arriving view draws it (dot and label side). */
  place?: Pick<PlaceMark, 'kind' | 'approximate' | 'labelSide' | 'name' | 'highlighted'>;
}

/**
 * The anchors of a move from `from` to `to`: the country names both views show (at most ANCHOR_COUNTRIES), then the
 * one labelled place both views show, the arriving view's highlighted places first (Laiza, in the border story).
 */
export function flightAnchors(from: MapLayout, to: MapLayout): FlightAnchor[] {
  const anchors: FlightAnchor[] = [];
  for (const l of to.labels) {
    if (l.kind !== 'country' || anchors.length >= ANCHOR_COUNTRIES) continue;
    const before = from.labels.find((m) => m.kind === 'country' && m.text === l.text);
    if (before) anchors.push({ key: `c:${l.text}`, text: l.text, kind: 'country', from: before.xy, to: l.xy });
  }
  const both = to.places
    .filter((p) => p.labelSide && from.places.some((q) => q.id === p.id && q.labelSide))
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted));
  const p = both[0];
  if (p) anchors.push({ key: `p:${p.id}`, text: p.name, kind: 'place', from: p.xy, to: p.xy, place: p });
  return anchors;
}

/** Where an anchor is, in base units, at progress `u` (0 to 1) of the move. */
export function anchorAt(a: FlightAnchor, u: number): [number, number] {
  return [a.from[0] + (a.to[0] - a.from[0]) * u, a.from[1] + (a.to[1] - a.from[1]) * u];
}
