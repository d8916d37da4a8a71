/** One picture of the live map's base map: an SVG holding the base map and every highlightable area, shown or hidden. */
import type { LayerPlan } from '../lib/map/camera';
import { PAGE_IDS, areaId, liveLayerClipId } from '../lib/story/page-ids';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A picture, the group that the camera scales, its river names (in pixels), the plan it was last drawn for and the areas it shows. */
export interface Layer {
  el: SVGSVGElement;
  geo: SVGGElement;
  rivers: SVGGElement;
  plan?: LayerPlan;
  areas: readonly string[];
}

/** A new, hidden, empty picture. */
export function newLayer(): Layer {
  const el = document.createElementNS(SVG_NS, 'svg');
  el.setAttribute('class', 'map-layer');
  el.setAttribute('focusable', 'false');
  el.style.visibility = 'hidden';
  const geo = document.createElementNS(SVG_NS, 'g');
  geo.setAttribute('class', 'geo');
  const rivers = document.createElementNS(SVG_NS, 'g');
  rivers.setAttribute('class', 'river-labels');
  el.append(geo, rivers);
  return { el, geo, rivers, areas: [] };
}

/**
 * Gives a layer, once, its copy of the base map, of every highlightable area (hidden until a step shows it) and of the
 * border the story is about (over the areas):
 * a new <use> clones its paths, which are then styled and laid out: work kept out of step changes.
 */
export function ensureContent(layer: Layer, areas: readonly string[], index: number): void {
  if (layer.geo.firstChild) return;
  const uses: SVGElement[] = [useOf(`#${PAGE_IDS.baseMap}`)];
  for (const a of areas) {
    const use = useOf(`#${areaId(a)}`);
    use.setAttribute('class', 'area-hl');
    use.setAttribute('data-area', a);
    use.setAttribute('visibility', 'hidden');
    uses.push(use);
  }
  // The subject border is clipped to its band by a clip path in this picture (one in the page's undisplayed defs would
  // not apply).
  const clip = document.createElementNS(SVG_NS, 'clipPath');
  clip.id = liveLayerClipId(index);
  clip.append(useOf(`#${PAGE_IDS.borderZone}`));
  const border = useOf(`#${PAGE_IDS.subjectBorder}`);
  border.setAttribute('clip-path', `url(#${clip.id})`);
  uses.push(clip, border);
  layer.geo.append(...uses);
}

function useOf(href: string): SVGUseElement {
  const use = document.createElementNS(SVG_NS, 'use');
  use.setAttribute('href', href);
  return use;
}

/** `v` rounded to 1/`d`. */
export const round = (v: number, d: number) => Math.round(v * d) / d;

/** Hides a picture (it keeps its content). */
export function hide(layer: Layer): void {
  layer.el.style.visibility = 'hidden';
}

/** Shows a picture at stacking order `z` with `opacity` and a CSS `transform`. */
export function show(layer: Layer, z: number, opacity: number, transform: string): void {
  const s = layer.el.style;
  s.visibility = '';
  s.zIndex = String(z);
  s.opacity = opacity === 1 ? '' : String(round(opacity, 1000));
  s.transform = transform;
}
