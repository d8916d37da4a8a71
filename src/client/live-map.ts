/** Wires the live map to the steps (boot.ts starts it). Everything it shows is already in the HTML without it. */
import type { Padding } from '../lib/map/projection';
import type { Box } from '../lib/map/label-placement';
import { MapView } from './map-view';
import { trackSteps } from './step-tracker';
import { updateIndicators } from './indicators';
import type { LayoutModel } from '../lib/map/map-model';
import { LAND_OFFSET } from '../lib/story/active-step';
import { BESIDE_TEXT_QUERY, mapPadding } from '../lib/map/map-frame';
import { onStepSettled } from './step-settled';

export { wireStepMenu } from './step-menu';
export { wireStepLinks } from './step-links';

const BESIDE = window.matchMedia(BESIDE_TEXT_QUERY);
const REDUCED = window.matchMedia('(prefers-reduced-motion: reduce)');

/**
 * Room kept clear for the date, the key and the cards (see mapPadding). `keyBand` is the height of what sits along the
 * map's lower edge: the timeline strip (above the cards on a phone), and beside the text the key.
 */
function paddingFor(height: number, keyBand: number): Padding {
  return mapPadding(BESIDE.matches ? 'beside-text' : 'under-cards', height, keyBand, LAND_OFFSET);
}

/** The bands along the top and bottom that the padding keeps for the date, the key and the cards: no mark goes there. */
function reservedBands(width: number, height: number, p: Padding): Box[] {
  return [
    [0, 0, width, p.top - 8],
    [0, height - p.bottom + 8, width, height],
  ];
}

/**
 * Height in pixels of the band along the map's lower edge: the desktop key's band (the stylesheet's --key-band; 0
 * where the key is not a band) and the timeline strip's (0 where it is not shown).
 */
function keyBand(container: HTMLElement): number {
  const legend = container.querySelector('[data-legend]');
  const value = legend ? parseFloat(getComputedStyle(legend).getPropertyValue('--key-band')) : 0;
  const timeline = container.querySelector('[data-map-timeline]')?.getBoundingClientRect().height ?? 0;
  return (Number.isFinite(value) ? value : 0) + timeline;
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
    const padding = paddingFor(height, band);
    view.render(index, { width, height, padding, reserved: reservedBands(width, height, padding), animate, landed });
  };
  trackSteps(steps, show, onStepSettled(steps, model));
  document.documentElement.classList.add('map-ready');
}
