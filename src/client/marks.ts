/** The live map's marks as d3 joins: railway sections, area labels, places and events, each keyed by its id. */
import type { Selection } from 'd3-selection';
import type { EventMark, PlaceMark, SegmentMark, TextMark } from '../lib/map/layout';
import { eventClass, placeClass, segmentClass } from '../lib/map/mark-classes';
import { placeParts } from '../lib/map/mark-parts';
import { drawIn } from './draw-in';
import { segmentId, symbolId } from '../lib/story/page-ids';
import { syncParts } from './svg-parts';
import { fadeTo } from './tween';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Fades a selection to `to` over `duration` (fading in waits for the first half), or sets it at once. */
function fade<E extends Element, D>(sel: Selection<E, D, SVGElement, unknown>, duration: number, to: number): void {
  if (duration === 0) sel.attr('opacity', to);
  else
    sel.each(function () {
      fadeTo(this, to, duration / 2, to === 1 ? duration / 2 : 0);
    });
}

/** Removes leaving marks, fading them out first when there is time. */
function exit<E extends Element, D>(sel: Selection<E, D, SVGElement, unknown>, duration: number): void {
  if (duration === 0) sel.remove();
  else
    sel.classed('is-exiting', true).each(function () {
      fadeTo(this, 0, duration / 2, 0, () => this.remove());
    });
}

/** Railway sections in their own group (above the names' halos); a new one draws itself in (after a camera move, or halfway through fades). */
export function joinSegments(
  geo: Layer,
  segments: SegmentMark[],
  duration: number,
  afterMove: boolean,
  k: number,
): void {
  const sel = geo.selectAll<SVGUseElement, SegmentMark>('use.seg').data(segments, (d) => d.id);
  exit(sel.exit<SegmentMark>() as never, duration);
  const enter = sel
    .enter()
    .append('use')
    .attr('href', (d) => `#${segmentId(d.id)}`)
    .attr('data-seg', (d) => d.id);
  enter.merge(sel).attr('class', segmentClass);
  if (duration > 0 || afterMove) {
    enter.each(function (d) {
      drawIn(this, d.id, afterMove ? 150 : duration * 0.5, Math.max(600, duration), k);
    });
  }
}

/**
 * Joins `data` by `key` to `g`'s `selector` elements: those that stay are shown whole, those that leave fade out (see
 * exit), new ones are appended as `tag`, transparent, for the caller to fill and fade in.
 */
function keyedJoin<E extends SVGElement, D>(
  g: Layer,
  selector: string,
  tag: string,
  data: D[],
  key: (d: D) => string,
  duration: number,
) {
  const sel = g.selectAll<E, D>(selector).data(data, key);
  sel.attr('opacity', 1);
  exit(sel.exit<D>() as never, duration);
  const enter = sel.enter().append<E>(tag).attr('opacity', 0);
  return { sel, enter };
}

/** Country, area and water labels. */
export function joinLabels(g: Layer, labels: TextMark[], duration: number) {
  const { enter } = keyedJoin<SVGTextElement, TextMark>(g, 'text', 'text', labels, (d) => d.key, duration);
  enter.attr('class', (d) => `lbl-${d.kind}`).text((d) => d.text);
  fade(enter as never, duration, 1);
  return g.selectAll<SVGTextElement, TextMark>('text');
}

/** Place marks; a label's side can change from step to step as other labels come and go. */
export function joinPlaces(g: Layer, places: PlaceMark[], duration: number) {
  const { sel, enter } = keyedJoin<SVGGElement, PlaceMark>(g, 'g.place', 'g', places, (d) => d.id, duration);
  enter.attr('data-place', (d) => d.id);
  enter
    .merge(sel)
    .attr('class', placeClass)
    .each(function (d) {
      syncParts(this, placeParts(d));
    });
  fade(enter as never, duration, 1);
  return g.selectAll<SVGGElement, PlaceMark>('g.place');
}

/** Event symbols; new ones appear one after another, in date order, once the other marks are in place. */
export function joinEvents(g: Layer, events: EventMark[], duration: number, afterMove: boolean) {
  const { sel, enter } = keyedJoin<SVGUseElement, EventMark>(g, 'use.ev', 'use', events, (d) => d.key, duration);
  enter
    .attr('href', (d) => `#${symbolId(d.type)}`)
    .attr('data-event', (d) => d.id)
    .attr('data-site', (d) => d.place);
  enter.merge(sel).attr('class', eventClass);
  if (duration === 0 && !afterMove) enter.attr('opacity', 1);
  else
    enter.each(function (_, i) {
      fadeTo(this, 1, 300, (afterMove ? 250 : duration * 0.6) + i * 120);
    });
  return g.selectAll<SVGUseElement, EventMark>('use.ev');
}
