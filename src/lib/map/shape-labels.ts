/**
 * Labels placed inside shapes as seen in a frame: each country (and each highlighted area) gets its name at the point
 * of its visible part farthest from its edges, the frame's edges and everything already on the map, so a close view
 * still says which side of the border is which. A pure function of the shape, the camera and the frame.
 */
import type { Box } from './label-placement';
import type { Shape } from './map-shapes';
import type { Transform } from './projection';

/** Side of the grid's cells, in pixels: the precision of a label's position. */
const CELL = 8;

/** Space kept around a label's box, in pixels. */
const LABEL_PAD = 4;

/** Size of a country or area label's box, in pixels (capitals with letter spacing, as the stylesheet draws them). */
export function areaLabelSize(text: string, kind: 'country' | 'area', scale = 1): { width: number; height: number } {
  const size = (kind === 'country' ? 13 : 12) * scale;
  return { width: text.length * size * (kind === 'country' ? 0.9 : 0.72), height: size + 2 };
}

/** The last inside-grid computed (a shape's names are tried at several lengths against one camera and frame). */
let lastInside: { shape: Shape; key: string; cells: Uint8Array } | undefined;

/** Cells (row by row) whose centre lies inside `shape`, by the even-odd rule: 1 inside, 0 outside. */
function insideCells(shape: Shape, t: Transform, frame: Box, cols: number, rows: number): Uint8Array {
  const key = `${t.k} ${t.x} ${t.y} ${frame.join()} ${cols} ${rows}`;
  if (lastInside?.shape === shape && lastInside.key === key) return lastInside.cells;
  const cells = new Uint8Array(cols * rows);
  // Each edge adds its crossing to the rows whose middle it spans.
  const crossings: number[][] = Array.from({ length: rows }, () => []);
  for (const ring of shape.rings)
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [x0, y0, x1, y1] = [ring[j]!, ring[j + 1]!, ring[i]!, ring[i + 1]!];
      const p0 = y0 * t.k + t.y;
      const p1 = y1 * t.k + t.y;
      const r0 = Math.max(0, Math.ceil((Math.min(p0, p1) - frame[1]) / CELL - 0.5));
      const r1 = Math.min(rows - 1, Math.ceil((Math.max(p0, p1) - frame[1]) / CELL - 0.5) - 1);
      for (let r = r0; r <= r1; r++) {
        const y = (frame[1] + (r + 0.5) * CELL - t.y) / t.k;
        crossings[r]!.push((x0 + ((y - y0) / (y1 - y0)) * (x1 - x0)) * t.k + t.x);
      }
    }
  crossings.forEach((xs, r) => {
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k]! - frame[0]) / CELL - 0.5));
      const c1 = Math.min(cols - 1, Math.floor((xs[k + 1]! - frame[0]) / CELL - 0.5));
      for (let c = c0; c <= c1; c++) cells[r * cols + c] = 1;
    }
  });
  lastInside = { shape, key, cells };
  return cells;
}

/**
 * The grid of a frame's cells, row by row: bit 1 when the cell's centre lies inside `shape` (even-odd rule), bit 2 when
 * it lies under a `blocked` box.
 */
function freeCells(shape: Shape, t: Transform, frame: Box, blocked: readonly Box[], cols: number, rows: number) {
  const free = insideCells(shape, t, frame, cols, rows).slice();
  for (const b of blocked) {
    const c0 = Math.max(0, Math.floor((b[0] - frame[0]) / CELL - 0.5));
    const c1 = Math.min(cols - 1, Math.ceil((b[2] - frame[0]) / CELL - 0.5));
    const r0 = Math.max(0, Math.floor((b[1] - frame[1]) / CELL - 0.5));
    const r1 = Math.min(rows - 1, Math.ceil((b[3] - frame[1]) / CELL - 0.5));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) free[r * cols + c]! |= 2;
  }
  return free;
}

/**
 * Where to write a `width`×`height` label inside `shape` within `frame` (pixels), clear of `blocked`: the centre of the
 * free cells farthest from anything else that still fit the whole box, or undefined when the box fits nowhere. With
 * `overhang`, only the label's middle must be inside the shape (for areas too narrow to hold their name).
 */
export function labelPointInShape(
  shape: Shape,
  t: Transform,
  frame: Box,
  blocked: readonly Box[],
  width: number,
  height: number,
  overhang = false,
): [number, number] | undefined {
  const cols = Math.floor((frame[2] - frame[0]) / CELL);
  const rows = Math.floor((frame[3] - frame[1]) / CELL);
  if (cols < 1 || rows < 1) return undefined;
  const cells = freeCells(shape, t, frame, blocked, cols, rows);
  // Cells a label may not cover, counted over every rectangle from the grid's corner, to test any box at once: outside
  // the shape or blocked (with `overhang`, only blocked).
  const W = cols + 1;
  const table = (count: (v: number) => boolean) => {
    const sum = new Int32Array(W * (rows + 1));
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        sum[(r + 1) * W + c + 1] =
          +count(cells[r * cols + c]!) + sum[r * W + c + 1]! + sum[(r + 1) * W + c]! - sum[r * W + c]!;
    return (r0: number, c0: number, r1: number, c1: number) =>
      sum[r1 * W + c1]! - sum[r0 * W + c1]! - sum[r1 * W + c0]! + sum[r0 * W + c0]!;
  };
  const bad = table((v) => (overhang ? v > 1 : v !== 1));
  // Outside the shape: with `overhang`, the box that covers least of it wins.
  const outside = table((v) => !(v & 1));
  const clear = (r0: number, c0: number, r1: number, c1: number) =>
    r0 >= 0 && c0 >= 0 && r1 <= rows && c1 <= cols && bad(r0, c0, r1, c1) === 0;
  const hw = Math.ceil((width / 2 + LABEL_PAD) / CELL);
  const hh = Math.ceil((height / 2 + LABEL_PAD) / CELL);
  let best = Number.NEGATIVE_INFINITY;
  let at: [number, number] | undefined;
  for (let r = hh; r < rows - hh; r++)
    for (let c = hw; c < cols - hw; c++) {
      if (cells[r * cols + c] !== 1 || !clear(r - hh, c - hw, r + hh + 1, c + hw + 1)) continue;
      // The clearest spot: how far the box can grow and stay clear; between equals, the one nearer the frame's middle.
      let m = 0;
      while (m < 12 && clear(r - hh - m - 1, c - hw - m - 1, r + hh + m + 2, c + hw + m + 2)) m++;
      const score =
        m -
        100 * outside(r - hh, c - hw, r + hh + 1, c + hw + 1) -
        0.001 * (Math.abs(c - cols / 2) + Math.abs(r - rows / 2));
      if (score > best) {
        best = score;
        at = [frame[0] + (c + 0.5) * CELL, frame[1] + (r + 0.5) * CELL];
      }
    }
  return at;
}
