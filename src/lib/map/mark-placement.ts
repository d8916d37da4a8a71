/**
 * Where event symbols go, so that none buries another mark: each site's symbols (the events at one place, in a row)
 * take the first candidate spot that covers nothing already placed, on the spot or beside it with a leader line;
 * sites packed too tightly to fit (Laiza, its camp and a captured base a few pixels apart) share one callout box that
 * lists each site's symbols with its name, each row joined to its spot by a leader line.
 */
import { overlaps, textWidth, type Box } from './label-placement';

/** Side of the square a symbol covers, with its halo, in pixels at scale 1. */
export const SYMBOL_BOX = 19;

/** Distance between the centres of two symbols in a row, in pixels at scale 1. */
export const SYMBOL_STEP = 20;

/** Sites whose spots lie closer than this, in pixels at scale 1, are listed together in a callout. */
export const CLUSTER_PX = 34;

/** Font size of the callout's names, in pixels at scale 1. */
export const CALLOUT_FONT = 13;

/** Height of a callout's row, in pixels at scale 1. */
export const CALLOUT_ROW = 22;

/** A site to place: the events at one place, drawn as a row of `count` symbols. */
export interface SiteRequest {
  x: number;
  y: number;
  count: number;
}

/** A callout listing several sites: its box, and per site its row's centre line and the x of its first symbol. */
export interface CalloutPlacement {
  box: Box;
  rows: { site: number; symbolX: number; y: number; textX: number }[];
}

/** The eight directions a mark can step away from its spot, nearest first (up, right, left, down, then corners). */
const DIRECTIONS = [
  [0, -1],
  [1, 0],
  [-1, 0],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
] as const;

/** Half the width of a row of `count` symbols. */
const halfRow = (count: number, scale: number) => ((count - 1) * SYMBOL_STEP + SYMBOL_BOX) * scale * 0.5;

/** The box of a row of `count` symbols centred on (cx, cy). */
export function rowBox(cx: number, cy: number, count: number, scale = 1): Box {
  const hw = halfRow(count, scale);
  const hh = SYMBOL_BOX * scale * 0.5;
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

/** Candidate boxes of size w×h beside the box [x0, y0, x1, y1], `gap` apart, in DIRECTIONS order. */
function around([x0, y0, x1, y1]: Box, w: number, h: number, gaps: readonly number[]): Box[] {
  return gaps.flatMap((gap) =>
    DIRECTIONS.map(([dx, dy]): Box => {
      const cx = dx ? (dx > 0 ? x1 + gap + w / 2 : x0 - gap - w / 2) : (x0 + x1) / 2;
      const cy = dy ? (dy > 0 ? y1 + gap + h / 2 : y0 - gap - h / 2) : (y0 + y1) / 2;
      return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
    }),
  );
}

/**
 * Candidate rows for a site, nearest first: on the spot (a lone symbol, unless `onSpot` is false: the capital's star
 * stays visible), then beside the spot's mark (dot or ring), then farther out.
 */
export function siteCandidates(s: SiteRequest, scale = 1, spot: Box = [s.x, s.y, s.x, s.y], onSpot = true): Box[] {
  const own = rowBox(s.x, s.y, s.count, scale);
  const beside = around(
    spot,
    own[2] - own[0],
    own[3] - own[1],
    [5, 18, 32].map((g) => g * scale),
  );
  return s.count === 1 && onSpot ? [own, ...beside] : beside;
}

/** Groups of site indices whose spots lie within CLUSTER_PX of a member (single link), in input order. */
export function clusters(sites: readonly SiteRequest[], scale = 1): number[][] {
  const groups: number[][] = [];
  sites.forEach((s, i) => {
    const near = groups.filter((g) =>
      g.some((j) => Math.hypot(s.x - sites[j]!.x, s.y - sites[j]!.y) < CLUSTER_PX * scale),
    );
    const merged = [...near.flat(), i];
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  });
  return groups.map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/**
 * The first of `candidates` inside `bounds` that overlaps nothing `taken` (ignoring `own`), or, when `force`, the one
 * inside that overlaps least; the choice is added to `taken`.
 */
export function takeFirstFree(
  candidates: readonly Box[],
  taken: Box[],
  bounds: Box,
  force: boolean,
  own?: Box,
): Box | undefined {
  const inside = candidates.filter(
    (b) => b[0] >= bounds[0] && b[1] >= bounds[1] && b[2] <= bounds[2] && b[3] <= bounds[3],
  );
  const hits = (b: Box) => taken.filter((t) => t !== own && overlaps(t, b));
  // Forced, the box that covers least: by area, so a row of names never lands on another callout to spare a dot.
  const cost = (b: Box) => hits(b).reduce((sum, t) => sum + overlapArea(t, b), 0);
  const box =
    inside.find((b) => hits(b).length === 0) ?? (force ? [...inside].sort((a, b) => cost(a) - cost(b))[0] : undefined);
  if (box) taken.push(box);
  return box;
}

/** The area two boxes share. */
function overlapArea(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]))
  );
}

/** Boxes `w` × `h` on a grid over `bounds`, every `step` pixels: the last resort of a callout that fits nowhere near. */
function gridBoxes(bounds: Box, w: number, h: number, step: number): Box[] {
  const out: Box[] = [];
  for (let y = bounds[1]; y + h <= bounds[3]; y += step)
    for (let x = bounds[0]; x + w <= bounds[2]; x += step) out.push([x, y, x + w, y + h]);
  return out;
}

/**
 * A callout for `sites` (with their names): rows ordered top to bottom like their spots, in the nearest box beside
 * the group that covers nothing `taken` (which it extends) and stays inside `bounds`, else the one covering least.
 */
export function placeCallout(
  sites: readonly (SiteRequest & { name: string })[],
  taken: Box[],
  bounds: Box,
  scale = 1,
): CalloutPlacement {
  const pad = 6 * scale;
  const rowH = CALLOUT_ROW * scale;
  // Names line up after the longest row of symbols (measured a little wide, to be safe).
  const most = Math.max(...sites.map((s) => s.count));
  const nameX = pad + 2 * halfRow(most, scale) + 5 * scale;
  const w = nameX + pad + Math.max(...sites.map((s) => textWidth(s.name, CALLOUT_FONT * scale * 1.1)));
  const h = 2 * pad + rowH * sites.length;
  const xs = sites.map((s) => s.x);
  const ys = sites.map((s) => s.y);
  const group: Box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const near = around(
    group,
    w,
    h,
    [28, 56, 90, 130].map((g) => g * scale),
  );
  const box =
    takeFirstFree(near, taken, bounds, false) ??
    takeFirstFree([...near, ...gridBoxes(bounds, w, h, 20 * scale)], taken, bounds, true) ??
    ([group[2] + 28, group[1], group[2] + 28 + w, group[1] + h] as Box);
  const half = (SYMBOL_BOX / 2) * scale;
  const order = sites.map((_, i) => i).sort((a, b) => sites[a]!.y - sites[b]!.y);
  return {
    box,
    rows: order.map((site, r) => ({
      site,
      symbolX: box[0] + pad + half,
      y: box[1] + pad + rowH * (r + 0.5),
      textX: box[0] + nameX,
    })),
  };
}
