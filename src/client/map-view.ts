/** The live map: shows whichever step is active, from a layout computed once per step and map size. */
import { select, type Selection } from 'd3-selection';
import type { LayoutModel } from '../lib/map/map-model';
import type { MapLayout } from '../lib/map/layout';
import { StepLayouts } from './step-layouts';
import type { Box } from '../lib/map/label-placement';
import type { Padding, Transform } from '../lib/map/projection';
import { MapLayers } from './map-layers';
import { LocatorInset } from './locator-inset';
import { CAMERA, flightDuration, flyCamera } from './camera-flight';
import { interrupt, interruptWithin } from './tween';
import { joinEvents, joinLabels, joinPlaces, joinSegments } from './marks';
import { afterFrames, inFrames } from './schedule';
import { scaleBarParts } from '../lib/map/scale-bar';
import { calloutParts } from '../lib/map/mark-parts';
import { syncParts } from './svg-parts';
import { shapesFromDefs } from './map-shapes';
import { AnchorLabels } from './anchor-labels';
import { flightAnchors } from '../lib/map/flight-anchors';

/** Frames after a step change that is not animated (load, resize, reduced motion) before `landed` runs. */
const LANDED_DELAY_FRAMES = 3;
/** Frames the anchors stay after landing, while the landed marks fade in under them (0.3 s in the stylesheet). */
const ANCHORS_LINGER_FRAMES = 20;

/** Options for one render. */
export interface RenderOptions {
  width: number;
  height: number;
  padding: Padding;
  /** Boxes over the map (date, key, card) that marks keep clear of. */
  reserved: readonly Box[];
  animate: boolean;
  /** Called once the map shows the step: when the camera lands, or a few frames after a change without a move. */
  landed?: () => void;
}

/** The live map: one SVG of marks over base-map layers, showing step N's layout. */
export class MapView {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly layers: MapLayers;
  private readonly inset: LocatorInset;
  private readonly anchors: AnchorLabels;
  /** Cancels a pending `landed` call, and the anchors' removal after a landing. */
  private cancelLanded = () => {};
  private cancelAnchors = () => {};
  private transform: Transform | undefined;
  private index = -1;
  /** Cancels the marks still to be placed, one part per frame (see inFrames). */
  private cancelParts = () => {};
  /** Each step's camera and layout at the current map size. */
  private readonly layouts: StepLayouts;

  constructor(svgEl: SVGSVGElement, model: LayoutModel) {
    // Countries and areas are named inside their outlines, which the page's shared defs hold.
    model.shapes ??= shapesFromDefs(Object.keys(model.areaNames ?? {}));
    this.layouts = new StepLayouts(model);
    this.svg = select(svgEl);
    // Drop the server-rendered first state: from here on the client owns the marks, and the base map moves into
    // layers under this SVG (whose sea becomes the container's background).
    this.svg
      .selectAll(
        ':scope > .sea, .geo > use, .geo > clipPath, .rail > use, .river-labels, .labels-areas > *, .places > *, .callouts > *, .events > *, svg.inset',
      )
      .remove();
    const areas = [...new Set(model.states.flatMap((s) => s.highlight.areas))];
    this.layers = new MapLayers(svgEl.parentElement!, svgEl, areas, model.riverLabels ?? [], model.riverNames ?? {});
    this.inset = new LocatorInset(svgEl.parentElement!, svgEl.nextElementSibling);
    this.anchors = new AnchorLabels(svgEl.parentElement!, svgEl.nextElementSibling);
  }

  /** Shows step `index`, animating from the current view when asked (and when there is one). */
  render(index: number, o: RenderOptions): void {
    const { width, height } = o;
    const { target, layout } = this.layouts.at(index, o);
    const from = this.transform;
    const left = this.layouts.peek(this.index)?.layout;
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
    interrupt(this.svg.node()!, CAMERA);
    this.cancelParts();
    interruptWithin(this.svg.node()!);
    this.svg.selectAll('.is-exiting').remove();
    this.cancelLanded();
    this.cancelAnchors();
    this.anchors.begin();
    const landed = o.landed ?? (() => {});
    const marks = this.svg.node()!;
    marks.classList.remove('is-flying');
    marks.style.removeProperty('transform');
    marks.style.removeProperty('opacity');

    const duration = animate ? flightDuration(from!, target, width, height) : 0;
    if (!animate || !moves) {
      this.layers.rest(target, layout.areas, width, height, layout.rivers);
      const parts = this.markParts(layout, target, duration, false);
      // Animated, the parts' own fades start with a delay: placing them one per frame, from the frame after the one that
      // redraws the base map, and changing the indicators in the frame after the last, keeps each frame short.
      if (animate) this.cancelParts = inFrames([() => {}, ...parts, landed]);
      else {
        for (const part of parts) part();
        this.cancelLanded = afterFrames(LANDED_DELAY_FRAMES, landed);
      }
      return;
    }
    // A few names stay on screen through the move (flight-anchors.ts), the same size all the way.
    this.anchors.begin(left ? flightAnchors(left, layout) : []);
    this.anchors.frame(from!, 0);
    // Fades out with the marks (CSS transition) and back in once they have landed.
    this.inset.fadeOut();
    flyCamera({
      svg: this.svg,
      layers: this.layers,
      from: from!,
      to: target,
      areas: layout.areas,
      rivers: layout.rivers,
      width,
      height,
      duration,
      onFrame: (t, u) => this.anchors.frame(t, u),
      landed: () => {
        // The marks are placed from the frame after the landing (which redraws the arriving picture at its own scale),
        // and the indicators change in the frame after their last part, with their fade-in: no frame does two of these.
        this.cancelParts = inFrames([() => {}, ...this.markParts(layout, target, 0, true), landed], () => {
          // Back in with a CSS transition once the class that suspends it is gone.
          marks.classList.remove('is-flying');
          marks.style.removeProperty('opacity');
          this.cancelAnchors = afterFrames(ANCHORS_LINGER_FRAMES, () => this.anchors.begin());
        });
      },
    });
  }

  /**
   * A step's marks at its view, in three parts (placed one per frame when animated, keeping each frame short): with
   * fades of their own when the camera stays, or right after a camera move, while the whole layer is still transparent.
   * Positions are rounded so that every way of reaching a step ends on identical attributes; marks move by transform,
   * never by x/y, which would make the browser lay out text again.
   */
  private markParts(layout: MapLayout, t: Transform, fade: number, afterMove: boolean): (() => void)[] {
    const r = (v: number) => Math.round(v * 100) / 100;
    const at = (xy: readonly [number, number], dx = 0, dy = 0) =>
      `translate(${r(xy[0] * t.k + t.x + dx)} ${r(xy[1] * t.k + t.y + dy)})`;
    const group = (name: string) => this.svg.select<SVGGElement>(`.${name}`);
    return [
      () => {
        joinSegments(group('rail'), layout.segments, fade, afterMove, t.k);
        // The railway's group and the (empty) base-map group both carry the camera.
        this.svg
          .selectAll(':scope > .geo, :scope > .rail')
          .attr('transform', `translate(${r(t.x)} ${r(t.y)}) scale(${Math.round(t.k * 1e6) / 1e6})`);
      },
      () => {
        joinLabels(group('labels-areas'), layout.labels, fade).attr('transform', (d) => at(d.xy));
        joinPlaces(group('places'), layout.places, fade).attr('transform', (d) => at(d.xy));
      },
      () => {
        syncParts(group('callouts').node()!, calloutParts(layout));
        joinEvents(group('events'), layout.events, fade, afterMove).attr('transform', (d) => at(d.xy, d.dx, d.dy));
        this.inset.show(layout.inset);
        const bar = this.svg.select<SVGGElement>('.scale-bar');
        bar.attr('transform', `translate(${layout.scaleBar.x} ${layout.scaleBar.y})`);
        if (bar.node()) syncParts(bar.node()!, scaleBarParts(layout.scaleBar));
      },
    ];
  }
}
