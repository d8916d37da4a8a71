/** Class names and sizes of map marks, shared by the build's static maps and the browser's live map. */
import type { EventMark, PlaceMark, SegmentMark } from './layout';

/** Class of a drawn corridor segment. */
export function segmentClass(s: Pick<SegmentMark, 'status' | 'approximate' | 'highlighted' | 'tunnel'>): string {
  const kind = s.tunnel ? 'tunnel' : s.status;
  return `seg seg--${kind}${s.approximate ? ' seg--approx' : ''}${s.highlighted ? ' is-hl' : ''}`;
}

/** Class of a place's group (dot, ring, label). */
export function placeClass(p: Pick<PlaceMark, 'kind' | 'approximate' | 'highlighted'>): string {
  return `place place--${p.kind}${p.approximate ? ' place--approx' : ''}${p.highlighted ? ' is-hl' : ''}`;
}

/** Class of an event symbol. */
export function eventClass(e: Pick<EventMark, 'type' | 'highlighted'>): string {
  return `ev ev--${e.type}${e.highlighted ? ' is-hl' : ''}`;
}

/** Radius of a place's dot: capitals are drawn larger. */
export function dotRadius(kind: PlaceMark['kind']): number {
  return kind === 'capital' || kind === 'state-capital' ? 4.5 : 3.5;
}
