/** Renders a map layout into the live SVG with d3 joins; animates between steps unless motion is reduced. */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import type { LayoutModel } from '../lib/map/map-model';
import { layerCss, toTransform, toView, type View } from '../lib/map/camera';
import { MapLayers } from './map-layers';
import { runWhenIdle } from './idle-queue';
import { layoutAt, stepTransform, type EventMark, type Inset, type MapLayout, type PlaceMark, type TextMark, type SegmentMark } from '../lib/map/layout';
import { visibleRect } from '../lib/map/projection';
import type { Padding, Transform } from '../lib/map/projection';
import { LABEL_OFFSET } from '../lib/map/label-placement';
import { dotRadius, eventClass, placeClass, segmentClass } from '../lib/map/mark-classes';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Camera positions sampled along a move to size the layer that covers it. */
const PATH_SAMPLES = 24;

/** Share of a camera move over which the previous step's marks fade out. */
const MARKS_FADE_OUT = 0.3;

/** Options for one render. */
export interface RenderOptions {
  width: number;
  height: number;
  padding: Padding;
  animate: boolean;
}

/** The live map: one SVG that shows whichever step is active. */
export class MapView {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly layers: MapLayers;
  private readonly inset: Selection<SVGSVGElement, unknown, null, undefined>;
  private transform: Transform | undefined;
  private index = -1;
  /** The frame request that places the next part of the marks (see inFrames). */
  private nextPart = 0;
  /** Each step's camera and layout at the current map size (see layoutFor). */
  private layouts = new Map<number, { target: Transform; layout: MapLayout }>();
  private layoutsFor = '';

  constructor(svgEl: SVGSVGElement, private readonly model: LayoutModel) {
    this.svg = select(svgEl);
    // Drop the server-rendered first state: from here on the client owns the marks, and the base map moves into
    // layers under this SVG (whose sea becomes the container's background).
    this.svg.selectAll(':scope > .sea, .geo > use, .labels-areas > *, .places > *, .events > *, svg.inset').remove();
    const areas = [...new Set(model.states.flatMap((s) => s.highlight.areas))];
    this.layers = new MapLayers(svgEl.parentElement!, svgEl, areas);
    // The inset is a picture of its own over the marks' SVG, not inside it: it holds a whole copy of the base map,
    // which would otherwise be painted again whenever any mark changes (in every frame of a corridor's draw-in).
    this.inset = select(svgEl.parentElement!)
      .insert<SVGSVGElement>('svg', () => svgEl.nextElementSibling)
      .attr('class', 'inset map-inset')
      .attr('aria-hidden', 'true')
      .attr('focusable', 'false')
      .attr('visibility', 'hidden');
    this.inset.append('rect').attr('class', 'sea');
    this.inset.append('use').attr('href', '#base-map');
    this.inset.append('rect').attr('class', 'inset-view');
    this.inset.append('rect').attr('class', 'inset-frame');
  }

  /** Shows step `index`, animating from the current view when asked (and when there is one). */
  render(index: number, o: RenderOptions): void {
    const { width, height } = o;
    const { target, layout } = this.layoutFor(index, o);
    const from = this.transform;
    // Without a camera move (same view, other marks) the base map is redrawn in place rather than cross-faded.
    const moves = from !== undefined && (from.k !== target.k || from.x !== target.x || from.y !== target.y);
    const animate = o.animate && from !== undefined && this.index !== index;
    this.index = index;
    this.transform = target;
    // Setting the viewBox, even to the same value, lays out every mark again: only on a resize.
    const viewBox = `0 0 ${width} ${height}`;
    if (this.svg.attr('viewBox') !== viewBox) this.svg.attr('viewBox', viewBox);
    this.svg.attr('data-step-index', index);
    // Finish whatever was moving: a fling through many steps must end on exactly this step's map.
    this.svg.interrupt('camera');
    cancelAnimationFrame(this.nextPart);
    this.svg.selectAll('*').interrupt();
    this.svg.selectAll('.is-exiting').remove();

    const geo = this.svg.select<SVGGElement>('.geo');
    const duration = animate ? Math.min(1400, Math.max(600, interpolateZoom(toView(from!, width, height), toView(target, width, height)).duration * 0.6)) : 0;
    const marks = this.svg.node()!;
    marks.classList.remove('is-flying');
    marks.style.removeProperty('transform');
    marks.style.removeProperty('opacity');

    // This step's marks at the target view, in three parts placed one per frame when animated (keeping each frame
    // short): with fades of their own when the camera stays, or, after a camera move, while the whole layer is still
    // transparent, which then fades in. Without animation all at once. Positions are rounded so that every way of
    // reaching a step ends on identical attributes; marks move by transform, never by x/y, which would make the
    // browser lay out text again.
    const r = (v: number) => Math.round(v * 100) / 100;
    const t = target;
    const at = (xy: readonly [number, number], dx = 0, dy = 0) => `translate(${r(xy[0] * t.k + t.x + dx)} ${r(xy[1] * t.k + t.y + dy)})`;
    const markParts = (fade: number, afterMove: boolean): (() => void)[] => [
      () => {
        this.joinSegments(geo, layout.segments, fade, afterMove, t.k);
        geo.attr('transform', `translate(${r(t.x)} ${r(t.y)}) scale(${Math.round(t.k * 1e6) / 1e6})`);
      },
      () => {
        this.joinLabels(layout.labels, fade).attr('transform', (d) => at(d.xy));
        this.joinPlaces(layout.places, fade).attr('transform', (d) => at(d.xy));
      },
      () => {
        this.joinEvents(layout.events, fade, afterMove).attr('transform', (d) => at(d.xy, d.dx, d.dy));
        const insetView = this.updateInset(layout.inset);
        if (insetView) {
          const [x0, y0, x1, y1] = visibleRect(t, width, height).map(Math.round) as [number, number, number, number];
          insetView.attr('x', x0).attr('y', y0).attr('width', x1 - x0).attr('height', y1 - y0);
        }
      },
    ];
    if (!animate || !moves) {
      this.layers.rest(target, layout.areas, width, height);
      const parts = markParts(duration, false);
      // Animated, the parts' own fades start with a delay: placing them one per frame keeps each frame short.
      if (animate) this.inFrames(parts);
      else for (const part of parts) part();
      return;
    }
    // A camera move touches no path and no mark while it runs: the base map pictures are scaled and shifted (see
    // map-layers.ts), and the marks, as one picture, go with them while they fade out. The new step's marks are
    // placed when the camera has arrived and fade in together; new events then appear one by one in date order.
    const zoom = interpolateZoom(toView(from!, width, height), toView(target, width, height));
    const path = Array.from({ length: PATH_SAMPLES + 1 }, (_, i) => zoom(i / PATH_SAMPLES) as View);
    this.layers.begin(path, from!, target, layout.areas, width, height);
    marks.classList.add('is-flying');
    // Fades out with the marks (CSS transition) and back in once they have landed.
    this.inset.style('opacity', '0');
    this.svg
      .transition('camera')
      .duration(duration)
      .ease(easeCubicInOut)
      .tween('camera', () => (u: number) => {
        const t = toTransform(zoom(u) as View, width, height);
        this.layers.frame(t, u);
        marks.style.transform = layerCss(from!, t);
        marks.style.opacity = String(Math.max(0, Math.round((1 - u / MARKS_FADE_OUT) * 1000) / 1000));
      })
      // Cut short by the next step: that step's render takes over from here.
      .on('interrupt', () => this.layers.finish())
      .on('end', () => {
        this.layers.finish();
        marks.style.removeProperty('transform');
        this.inFrames(markParts(0, true), () => {
          // Back in with a CSS transition once the class that suspends it is gone.
          marks.classList.remove('is-flying');
          marks.style.removeProperty('opacity');
        });
      });
  }

  /** Runs the first of `parts` now and each of the others in an animation frame of its own; then `done`. */
  private inFrames(parts: (() => void)[], done?: () => void): void {
    const next = () => {
      parts.shift()!();
      if (parts.length > 0) this.nextPart = requestAnimationFrame(next);
      else done?.();
    };
    next();
  }

  /**
   * Step `index`'s camera and layout at this size. Computed once per size: the first render at a size computes the
   * other steps in idle moments, so that a step change only applies a layout.
   */
  private layoutFor(index: number, o: RenderOptions): { target: Transform; layout: MapLayout } {
    const size = `${o.width}x${o.height} ${o.padding.top} ${o.padding.right} ${o.padding.bottom} ${o.padding.left}`;
    if (size !== this.layoutsFor) {
      this.layoutsFor = size;
      this.layouts = new Map();
      this.prepareLayouts(size, o);
    }
    let entry = this.layouts.get(index);
    if (!entry) {
      const target = stepTransform(this.model, index, o.width, o.height, o.padding);
      entry = { target, layout: layoutAt(this.model, index, target, o.width, o.height) };
      this.layouts.set(index, entry);
    }
    return entry;
  }

  private prepareLayouts(size: string, o: RenderOptions): void {
    const jobs = this.model.states.map((_, i) => () => void this.layoutFor(i, o));
    // Given up after a resize: the layouts for the new size are on their way.
    runWhenIdle(jobs, () => size !== this.layoutsFor);
  }

  /** Shows, moves or hides the locator inset; returns its view outline to follow the camera. */
  private updateInset(inset: Inset | undefined) {
    const svg = this.inset;
    // Hidden rather than removed: its copy of the base map is cloned and laid out once, not at every step change.
    svg.attr('visibility', inset ? null : 'hidden');
    if (!inset) {
      svg.style('opacity', '0');
      return undefined;
    }
    svg.style('opacity', null);
    const [rx0, ry0, rx1, ry1] = inset.region;
    svg.style('left', `${inset.x}px`).style('top', `${inset.y}px`).attr('width', inset.width).attr('height', inset.height)
      .attr('viewBox', `${rx0} ${ry0} ${rx1 - rx0} ${ry1 - ry0}`);
    svg.selectAll('.sea, .inset-frame').attr('x', rx0).attr('y', ry0).attr('width', rx1 - rx0).attr('height', ry1 - ry0);
    return svg.select<SVGRectElement>('.inset-view');
  }

  private fade<E extends Element, D>(sel: Selection<E, D, SVGElement, unknown>, duration: number, to: number): void {
    if (duration === 0) sel.attr('opacity', to);
    else sel.transition().duration(duration / 2).delay(to === 1 ? duration / 2 : 0).attr('opacity', to);
  }

  private exit<E extends Element, D>(sel: Selection<E, D, SVGElement, unknown>, duration: number): void {
    if (duration === 0) sel.remove();
    else sel.classed('is-exiting', true).transition().duration(duration / 2).attr('opacity', 0).remove();
  }

  private joinSegments(geo: Selection<SVGGElement, unknown, null, undefined>, segments: SegmentMark[], duration: number, afterMove: boolean, k: number) {
    const sel = geo.selectAll<SVGUseElement, SegmentMark>('use.seg').data(segments, (d) => d.id);
    this.exit(sel.exit<SegmentMark>() as never, duration);
    const enter = sel.enter().append('use').attr('href', (d) => `#seg-${d.id}`).attr('data-seg', (d) => d.id);
    const all = enter.merge(sel);
    all.attr('class', segmentClass);
    // A new section draws itself in: halfway through the marks' own fades, or right after a camera move.
    if (duration > 0 || afterMove) {
      enter.each(function (d) {
        drawIn(this, d.id, afterMove ? 150 : duration * 0.5, Math.max(600, duration), k);
      });
    }
  }

  private joinLabels(labels: TextMark[], duration: number) {
    const g = this.svg.select<SVGGElement>('.labels-areas');
    const sel = g.selectAll<SVGTextElement, TextMark>('text').data(labels, (d) => d.key);
    sel.attr('opacity', 1);
    this.exit(sel.exit<TextMark>() as never, duration);
    const enter = sel.enter().append('text').attr('class', (d) => `lbl-${d.kind}`).text((d) => d.text).attr('opacity', 0);
    this.fade(enter as never, duration, 1);
    return g.selectAll<SVGTextElement, TextMark>('text');
  }

  private joinPlaces(places: PlaceMark[], duration: number) {
    const g = this.svg.select<SVGGElement>('.places');
    const sel = g.selectAll<SVGGElement, PlaceMark>('g.place').data(places, (d) => d.id);
    sel.attr('opacity', 1);
    this.exit(sel.exit<PlaceMark>() as never, duration);
    const enter = sel.enter().append('g').attr('data-place', (d) => d.id).attr('opacity', 0);
    enter.filter((d) => d.approximate).append('circle').attr('class', 'approx-ring').attr('r', 9);
    enter.append('circle').attr('class', 'dot').attr('r', (d) => dotRadius(d.kind));
    enter.append('text').text((d) => d.name);
    const all = enter.merge(sel);
    // The label's side can change from step to step as other labels come and go.
    all
      .select('text')
      .attr('display', (d) => (d.labelSide ? null : 'none'))
      .attr('x', (d) => LABEL_OFFSET[d.labelSide ?? 'right'][0])
      .attr('y', (d) => LABEL_OFFSET[d.labelSide ?? 'right'][1])
      .attr('text-anchor', (d) => LABEL_OFFSET[d.labelSide ?? 'right'][2]);
    all.attr('class', placeClass);
    this.fade(enter as never, duration, 1);
    return g.selectAll<SVGGElement, PlaceMark>('g.place');
  }

  private joinEvents(events: EventMark[], duration: number, afterMove: boolean) {
    const g = this.svg.select<SVGGElement>('.events');
    const sel = g.selectAll<SVGUseElement, EventMark>('use.ev').data(events, (d) => d.id);
    sel.attr('opacity', 1);
    this.exit(sel.exit<EventMark>() as never, duration);
    const enter = sel.enter().append('use').attr('href', (d) => `#sym-${d.type}`).attr('data-event', (d) => d.id).attr('opacity', 0);
    const all = enter.merge(sel);
    all.attr('class', eventClass);
    // New events appear one after another, in date order, once the other marks are in place.
    if (duration === 0 && !afterMove) enter.attr('opacity', 1);
    else enter.transition().delay((_, i) => (afterMove ? 250 : duration * 0.6) + i * 120).duration(300).attr('opacity', 1);
    return g.selectAll<SVGUseElement, EventMark>('use.ev');
  }
}

/** Pixels of width that the draw-in mask covers, wider than any railway line. */
const DRAW_MASK_PX = 24;

/** Reveals a newly drawn corridor segment along its length with a mask, then removes the mask; `k` is pixels per unit. */
function drawIn(use: SVGUseElement, id: string, delay: number, duration: number, k: number): void {
  const source = document.getElementById(`seg-${id}`);
  if (!source) return;
  const svg = use.ownerSVGElement!;
  let defs = svg.querySelector('defs');
  if (!defs) defs = svg.insertBefore(document.createElementNS(SVG_NS, 'defs'), svg.firstChild);
  const mask = document.createElementNS(SVG_NS, 'mask');
  mask.id = `draw-${id}`;
  mask.setAttribute('maskUnits', 'userSpaceOnUse');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', source.getAttribute('d') ?? '');
  path.setAttribute('class', 'draw-mask');
  // In map units, like the path it follows (the line itself keeps its width in pixels at any zoom).
  path.setAttribute('stroke-width', String(Math.round(DRAW_MASK_PX / k)));
  // Dashes measured in fractions of the path (pathLength 1): no need to ask the browser for the length, which would
  // force a layout in the middle of the step change.
  path.setAttribute('pathLength', '1');
  path.setAttribute('stroke-dasharray', '1 1');
  path.setAttribute('stroke-dashoffset', '1');
  mask.append(path);
  defs.append(mask);
  use.setAttribute('mask', `url(#${mask.id})`);
  select(path)
    .transition()
    .delay(delay)
    .duration(duration)
    .attr('stroke-dashoffset', 0)
    .on('end interrupt', () => {
      use.removeAttribute('mask');
      mask.remove();
    });
}
