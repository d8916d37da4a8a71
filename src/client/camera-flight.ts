/** A camera move between two views: the base map and the marks travel as pictures, nothing is redrawn on the way. */
import type { Selection } from 'd3-selection';
import { smoothZoom } from '../lib/map/smooth-zoom';
import { cubicInOut, tween } from './tween';
import { layerCss, toTransform, toView, type View } from '../lib/map/camera';
import type { Transform } from '../lib/map/projection';
import type { MapLayers } from './map-layers';
import type { PlacedRiverLabel } from '../lib/map/river-labels';

/** The name of the camera's animation on the marks' SVG (interrupting it cuts the move short). */
export const CAMERA = 'camera';

/** Camera positions sampled along a move to size the layer that covers it. */
const PATH_SAMPLES = 24;

/** Share of a camera move over which the previous step's marks fade out. */
const MARKS_FADE_OUT = 0.3;

/** How long a move from `from` to `to` takes: d3's smooth-zoom estimate, shortened and kept within 0.6–1.4 s. */
export function flightDuration(from: Transform, to: Transform, width: number, height: number): number {
  const estimate = smoothZoom(toView(from, width, height), toView(to, width, height)).duration;
  return Math.min(1400, Math.max(600, estimate * 0.6));
}

/** What a flight moves. */
export interface Flight {
  /** The marks' SVG, whose animation named CAMERA drives the move (interrupting it cuts the move short). */
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  layers: MapLayers;
  from: Transform;
  to: Transform;
  /** Highlighted areas of the arriving step (shown on the layers drawn for the move). */
  areas: readonly string[];
  /** The arriving step's river names, as its layout placed them. */
  rivers: readonly PlacedRiverLabel[];
  width: number;
  height: number;
  duration: number;
  /** Called in every frame of the move with the camera and the progress (0 to 1). */
  onFrame: (t: Transform, u: number) => void;
  /** Called when the camera has arrived (not when the move is cut short by the next step). */
  landed: () => void;
}

/**
 * Flies the camera: the base-map layers are scaled and shifted (map-layers.ts) and the marks, as one picture, go with
 * them while they fade out; the next step's marks are placed by `landed`.
 */
export function flyCamera(f: Flight): void {
  const zoom = smoothZoom(toView(f.from, f.width, f.height), toView(f.to, f.width, f.height));
  const path = Array.from({ length: PATH_SAMPLES + 1 }, (_, i) => zoom(i / PATH_SAMPLES));
  f.layers.begin(path, f.from, f.to, f.areas, f.width, f.height, f.rivers);
  const marks = f.svg.node()!;
  marks.classList.add('is-flying');
  tween(marks, {
    name: CAMERA,
    duration: f.duration,
    ease: cubicInOut,
    step: (u) => {
      const t = toTransform(zoom(u) as View, f.width, f.height);
      f.layers.frame(t, u);
      f.onFrame(t, u);
      marks.style.transform = layerCss(f.from, t);
      marks.style.opacity = String(Math.max(0, Math.round((1 - u / MARKS_FADE_OUT) * 1000) / 1000));
    },
    interrupted: () => f.layers.finish(),
    end: () => {
      f.layers.finish();
      marks.style.removeProperty('transform');
      f.landed();
    },
  });
}
