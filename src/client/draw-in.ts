/** A corridor section drawing itself along its length when it first appears. */
import { tween } from './tween';
import { drawMaskId, segmentId } from '../lib/story/page-ids';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Pixels of width that the draw-in mask covers, wider than any railway line. */
const DRAW_MASK_PX = 24;

/** Reveals the segment `use` shows with a mask swept along it, then removes the mask; `k` is pixels per map unit. */
export function drawIn(use: SVGUseElement, id: string, delay: number, duration: number, k: number): void {
  const source = document.getElementById(segmentId(id));
  if (!source) return;
  const svg = use.ownerSVGElement!;
  let defs = svg.querySelector('defs');
  if (!defs) defs = svg.insertBefore(document.createElementNS(SVG_NS, 'defs'), svg.firstChild);
  const mask = document.createElementNS(SVG_NS, 'mask');
  mask.id = drawMaskId(id);
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
  const done = () => {
    use.removeAttribute('mask');
    mask.remove();
  };
  tween(path, {
    delay,
    duration,
    step: (u) => path.setAttribute('stroke-dashoffset', String(Math.round((1 - u) * 1000) / 1000)),
    end: done,
    interrupted: done,
  });
}
