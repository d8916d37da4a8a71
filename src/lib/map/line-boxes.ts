/** Small boxes along a drawn line, so that labels can keep clear of it. */
import type { Box } from './label-placement';

/** Spacing of the boxes along the line, in pixels. */
const STEP_PX = 6;
/** Half the side of each box: half a highlighted line's width and a little air. */
const HALF_PX = 3.5;

/** Boxes every few pixels along the polyline `points` (pixels), ends included. */
export function lineBoxes(points: readonly (readonly [number, number])[]): Box[] {
  const boxes: Box[] = [];
  const box = (x: number, y: number): Box => [x - HALF_PX, y - HALF_PX, x + HALF_PX, y + HALF_PX];
  points.forEach(([x1, y1], i) => {
    if (i === 0) {
      boxes.push(box(x1, y1));
      return;
    }
    const [x0, y0] = points[i - 1]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / STEP_PX));
    for (let k = 1; k <= n; k++) boxes.push(box(x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n));
  });
  return boxes;
}
