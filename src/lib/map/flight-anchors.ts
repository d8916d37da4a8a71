/** The few labels that stay on screen through a camera move, so the reader keeps their bearings while the rest fade. */
import type { MapLayout, PlaceMark } from './layout';

/** Most names kept through a move. */
export const MAX_ANCHORS = 3;

/** A label kept through a move: where it is (base units) in the view being left and in the view arriving. */
export interface FlightAnchor {
  key: string;
  text: string;
  kind: 'country' | 'place';
  from: readonly [number, number];
  to: readonly [number, number];
  /** The name is not in the arriving view: it fades out before the camera lands. */
  leaving: boolean;
  /** Places only: the place as the view that shows it draws it (dot and label side). */
  place?: Pick<PlaceMark, 'kind' | 'approximate' | 'labelSide' | 'name' | 'highlighted'>;
}

/**
 * The anchors of a move from `from` to `to`, at most MAX_ANCHORS: the country names both views show, then a place both
 * label (the arriving view's highlighted places first: Laiza, in the border story). While fewer than two, the arriving
 * view's places make up two, and the first place of the view being left (which fades out before the landing) joins.
 */
export function flightAnchors(from: MapLayout, to: MapLayout): FlightAnchor[] {
  const anchors: FlightAnchor[] = [];
  for (const l of to.labels) {
    const before = from.labels.find((m) => m.kind === 'country' && m.text === l.text);
    if (l.kind === 'country' && before)
      anchors.push({ key: `c:${l.text}`, text: l.text, kind: 'country', from: before.xy, to: l.xy, leaving: false });
  }
  const labelled = (l: MapLayout) =>
    l.places.filter((p) => p.labelSide).sort((a, b) => Number(b.highlighted) - Number(a.highlighted));
  const has = (l: MapLayout, id: string) => l.places.some((q) => q.id === id && q.labelSide);
  const place = (p: PlaceMark, leaving: boolean): FlightAnchor => ({
    key: `p:${p.id}`,
    text: p.name,
    kind: 'place',
    from: p.xy,
    to: p.xy,
    leaving,
    place: p,
  });
  const both = labelled(to).find((p) => has(from, p.id));
  if (both) anchors.push(place(both, false));
  if (anchors.length < 2) {
    for (const p of labelled(to)) if (anchors.length < 2 && !has(from, p.id)) anchors.push(place(p, false));
    const left = labelled(from).find((p) => !has(to, p.id));
    if (left) anchors.push(place(left, true));
  }
  return anchors.slice(0, MAX_ANCHORS);
}

/** Where an anchor is, in base units, at progress `u` (0 to 1) of the move. */
export function anchorAt(a: FlightAnchor, u: number): [number, number] {
  return [a.from[0] + (a.to[0] - a.from[0]) * u, a.from[1] + (a.to[1] - a.from[1]) * u];
}

/** An anchor's opacity at progress `u`: names not in the arriving view fade out over the last fifth of the move. */
export function anchorOpacity(a: FlightAnchor, u: number): number {
  return a.leaving ? Math.min(1, Math.max(0, (1 - u) / 0.2)) : 1;
}
