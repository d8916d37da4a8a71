/**
 * The live map's base map (countries, borders, highlighted areas) as pictures the compositor can move: one at rest,
 * three during a move (the view being left, a cover for the whole path, the view arriving). A move only changes
 * their CSS transforms and opacities, so the map's paths are drawn once or twice per move instead of once per frame.
 */
import type { Transform } from '../lib/map/projection';
import { runWhenIdle } from './schedule';
import { syncParts } from './svg-parts';
import { LIVE_LAYERS } from '../lib/story/page-ids';
import { placeRiverLabels, riverLabelParts, type PlacedRiverLabel, type RiverLabelSite } from '../lib/map/river-labels';
import { ensureContent, hide, newLayer, round, show, type Layer } from './map-layer';
import {
  chooseCover,
  coverPlan,
  crossfade,
  layerCss,
  viewportPlan,
  type CoverChoice,
  type LayerPlan,
  type View,
} from '../lib/map/camera';

/** Frames a new picture stays unseen at its own size before it moves (see begin). */
const PRIMING_FRAMES = 2;
/** Barely there, but drawn: a fully transparent layer is skipped, and its raster scale would be set later. */
const PRIME_OPACITY = 0.01;

/** A picture at its own size, written as a matrix like every other transform a layer takes. */
const IDENTITY = 'matrix(1,0,0,1,0,0)';
/** Soft edge around each view's picture, as a share of the viewport (see viewportPlan; 10% of the picture's size). */
const EDGE = 0.125;

/** The base map pictures under the live map's marks. */
export class MapLayers {
  private readonly pool: Layer[];
  private readonly box: HTMLElement;
  private front: Layer;
  private move:
    | {
        leaving: Layer;
        arriving: Layer;
        target: Transform;
        cover: Layer | undefined;
        choice: CoverChoice;
        stages: (() => void)[];
        priming: number;
      }
    | undefined;

  /** `areas`: every area any step highlights; each layer holds them all and shows the step's. `riverSites`: where rivers can carry their names, `riverNames` what they are called. */
  constructor(
    host: HTMLElement,
    before: Element,
    private readonly areas: readonly string[],
    private readonly riverSites: readonly RiverLabelSite[] = [],
    private readonly riverNames: Readonly<Record<string, string>> = {},
  ) {
    const box = document.createElement('div');
    box.className = 'map-layers';
    box.setAttribute('aria-hidden', 'true');
    host.insertBefore(box, before);
    this.box = box;
    this.pool = Array.from({ length: LIVE_LAYERS }, () => {
      const layer = newLayer();
      box.append(layer.el);
      return layer;
    });
    this.front = this.pool[0]!;
    // The spare layers clone the base map while the reader is still reading the first step, in idle moments a few
    // milliseconds at a time, so that the first move does not pay for it.
    runWhenIdle(
      this.pool.slice(1).map((layer) => () => {
        ensureContent(layer, this.areas, this.pool.indexOf(layer));
        // Styled and laid out in this idle moment (which is what the clones cost), not in the next frame.
        layer.el.getBoundingClientRect();
      }),
    );
  }

  /**
   * Shows `areas` over the base map at camera `t`, drawn for exactly this viewport, and nothing else; `rivers` are the
   * step's river names as its layout placed them (clear of its marks).
   */
  rest(
    t: Transform,
    areas: readonly string[],
    width: number,
    height: number,
    rivers: readonly PlacedRiverLabel[],
  ): void {
    this.move = undefined;
    this.box.classList.remove('is-moving');
    const layer = this.front;
    this.draw(layer, viewportPlan(t, width, height, EDGE), areas, rivers);
    for (const other of this.pool) if (other !== layer) hide(other);
    show(layer, 2, 1, layerCss(layer.plan!.drawn, t));
  }

  /** Starts a move along `views` (the camera path) from `from` to `target`, where the map shows `areas` and `rivers`. */
  begin(
    views: readonly View[],
    from: Transform,
    target: Transform,
    areas: readonly string[],
    width: number,
    height: number,
    rivers: readonly PlacedRiverLabel[],
  ): void {
    this.finish();
    // Pictures are moved as they were rastered only during a move; at rest, each is drawn sharp at its own scale.
    this.box.classList.add('is-moving');
    const leaving = this.front;
    const [arriving, spare] = this.pool.filter((l) => l !== leaving) as [Layer, Layer];
    const choice = chooseCover(views, from, target, width, height);
    const cover = choice === 'own' ? spare : undefined;
    // New pictures are drawn in the move's first frames, one per frame, so that the step change itself stays short.
    // Chromium keeps rastering a will-change layer at the scale it is first shown at, so a picture first shown enlarged
    // (as in a zoom out) would be drawn at many times its size: each is first shown, unseen, at its own size for
    // PRIMING_FRAMES, and joins the move after that. The easing starts slowly: the camera has barely moved by then.
    const stages: (() => void)[] = [
      () => this.draw(arriving, viewportPlan(target, width, height, EDGE), areas, rivers),
      ...(cover ? [() => this.draw(cover, coverPlan(views, width, height), leaving.areas)] : []),
    ];
    this.move = { leaving, arriving, target, cover, choice, stages, priming: PRIMING_FRAMES };
  }

  /** One frame of the move: camera `t` at progress `u` (0 to 1). */
  frame(t: Transform, u: number): void {
    const move = this.move;
    if (!move) return;
    const { leaving, arriving, cover, choice } = move;
    if (move.stages.length > 0 || move.priming > 0) {
      const stage = move.stages.shift();
      if (stage) stage();
      else move.priming--;
      show(leaving, 1, 1, layerCss(leaving.plan!.drawn, t));
      return;
    }
    // The covering picture stays opaque underneath; the others fade out early and in late.
    const fade = crossfade(u);
    show(
      leaving,
      choice === 'leaving' ? 0 : 1,
      choice === 'leaving' ? 1 : fade.leaving,
      layerCss(leaving.plan!.drawn, t),
    );
    show(
      arriving,
      choice === 'arriving' ? 0 : 2,
      choice === 'arriving' ? 1 : fade.arriving,
      layerCss(arriving.plan!.drawn, t),
    );
    if (cover) show(cover, 0, 1, layerCss(cover.plan!.drawn, t));
  }

  /**
   * Ends the move (or an interrupted one) on the arriving picture, drawn at scale 1 for the target view: it is shown
   * unscaled and, no longer marked as moving, rastered afresh at that scale, so the landed map is sharp.
   */
  finish(): void {
    if (!this.move) return;
    const { arriving, stages, target } = this.move;
    // A move cut short before its pictures were drawn still ends on the arriving one.
    for (const stage of stages) stage();
    this.move = undefined;
    this.front = arriving;
    for (const other of this.pool) if (other !== arriving) hide(other);
    show(arriving, 2, 1, layerCss(arriving.plan!.drawn, target));
    this.box.classList.remove('is-moving');
  }

  /** Draws `layer` for `plan` with `areas`; river names as given (in viewport pixels), or else placed for the plan. */
  private draw(layer: Layer, plan: LayerPlan, areas: readonly string[], rivers?: readonly PlacedRiverLabel[]): void {
    const { el, geo } = layer;
    const { drawn, width, height } = plan;
    layer.plan = plan;
    ensureContent(layer, this.areas, this.pool.indexOf(layer));
    el.setAttribute('width', String(width));
    el.setAttribute('height', String(height));
    el.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // The soft edge: a mask fading the margin out, which the compositor moves with the picture.
    el.classList.toggle('soft', !!plan.margin);
    geo.setAttribute(
      'transform',
      `translate(${round(drawn.x, 100)} ${round(drawn.y, 100)}) scale(${round(drawn.k, 1e6)})`,
    );
    geo.style.setProperty('--k', String(round(drawn.k, 1e6)));
    // The picture's margin lies outside the viewport: names placed for the viewport move in by as much.
    const [mx, my] = plan.margin ?? [0, 0];
    const names = rivers
      ? rivers.map((r) => ({ ...r, x: r.x + mx, y: r.y + my }))
      : placeRiverLabels(this.riverSites, this.riverNames, drawn, width, height);
    syncParts(layer.rivers, riverLabelParts(names));
    if (layer !== this.front) show(layer, layer === this.move?.cover ? 0 : 2, PRIME_OPACITY, IDENTITY);
    if (areas.join() !== layer.areas.join()) {
      for (const use of geo.querySelectorAll<SVGUseElement>('use.area-hl')) {
        use.setAttribute('visibility', areas.includes(use.dataset.area ?? '') ? 'visible' : 'hidden');
      }
      layer.areas = [...areas];
    }
  }
}
