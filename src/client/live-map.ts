/** Wires the live map to the steps (boot.ts starts it). Everything it shows is already in the HTML without it. */
import type { Padding } from '../lib/map/projection';
import type { Box } from '../lib/map/label-placement';
import { MapView } from './map-view';
import { trackSteps } from './step-tracker';
import { updateIndicators } from './indicators';
import type { LayoutModel } from '../lib/map/map-model';
import { LAND_OFFSET } from '../lib/story/active-step';

const PHONE = window.matchMedia('(max-width: 899px)');
const REDUCED = window.matchMedia('(prefers-reduced-motion: reduce)');

/**
 * Room kept clear: on a phone the date and legend at the top and the step cards passing over the part below
 * LAND_OFFSET; on a desktop the date at the top and the key's band along the bottom (`keyBand` pixels high).
 */
function paddingFor(height: number, keyBand: number): Padding {
  return PHONE.matches
    ? { top: 130, right: 16, bottom: Math.round(height * (1 - LAND_OFFSET)), left: 16 }
    : { top: 64, right: 24, bottom: keyBand + 16, left: 24 };
}

/**
 * Boxes the date and the key cover, where no mark is drawn: on a phone the corner above the fit that they share (as
 * wide as the key may be, beside the inset); on a desktop the date's corner and the key's band.
 */
function coveredBy(width: number, height: number, keyBand: number): Box[] {
  return PHONE.matches
    ? [[0, 0, width - 136, 130]]
    : [
        [0, 0, 400, 56],
        [0, height - keyBand - 4, width, height],
      ];
}

/** Height in pixels of the desktop key's band (the stylesheet's --key-band; 0 where the key is not a band). */
function keyBand(container: HTMLElement): number {
  const legend = container.querySelector('[data-legend]');
  const value = legend ? parseFloat(getComputedStyle(legend).getPropertyValue('--key-band')) : 0;
  return Number.isFinite(value) ? value : 0;
}

/** Makes the live map in `container` follow the steps, from the story's map model. */
export function start(container: HTMLElement, model: LayoutModel): void {
  const svg = container.querySelector<SVGSVGElement>('svg.map');
  if (!svg) return;
  const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
  const view = new MapView(svg, model);
  let current = -1;
  let size = '';
  let box = { width: 0, height: 0 };
  let band = 0;

  const show = (requested: number, reason: string) => {
    const index = requested < 0 ? Math.max(current, 0) : requested;
    // Scrolling does not resize the map (resizes come as 'layout'): measuring it again there would force a layout
    // whenever the map has just changed in the same frame.
    if (reason !== 'scroll' || !size) {
      box = container.getBoundingClientRect();
      band = keyBand(container);
    }
    const { width, height } = box;
    const nextSize = `${Math.round(width)}x${Math.round(height)}`;
    if (index === current && nextSize === size) return;
    const animate = reason === 'scroll' && !REDUCED.matches && nextSize === size;
    current = index;
    size = nextSize;
    // The date, legend and progress change when the camera lands, with the map they describe (and after the frames
    // in which a camera move draws its pictures, map-layers.ts, which then stay short on a slow phone).
    const landed = () => updateIndicators(container, steps, model, index);
    view.render(index, {
      width,
      height,
      padding: paddingFor(height, band),
      covered: coveredBy(width, height, band),
      animate,
      landed,
    });
  };
  trackSteps(steps, show);
  document.documentElement.classList.add('map-ready');
}
