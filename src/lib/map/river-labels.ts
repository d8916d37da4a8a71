/**
 * River names written along their rivers: at build time, the straight-enough stretches of each river (sites, in base
 * units); for a view, the one site per river that is long enough for its name at that zoom and nearest the middle.
 */
import type { SvgPart } from './mark-parts';
import type { Transform } from './projection';
import { overlaps, type Box } from './label-placement';

type Pt = readonly [number, number];

/** A straight-enough stretch of a river, in base units: its middle, its angle (degrees, upright) and its length. */
export interface RiverLabelSite {
  id: string;
  xy: Pt;
  angle: number;
  length: number;
}

/** A river name placed for one view, in pixels. */
export interface PlacedRiverLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  angle: number;
}

/** How far a stretch may bend and still carry a name: the largest offset from its chord, as a share of its length. */
export const MAX_BEND = 0.1;
/** Sites kept per river, longest first (shorter ones serve closer views). */
export const SITES_PER_RIVER = 8;
/** Width of a character of a river name, in pixels (11 px italic). */
export const CHAR_WIDTH = 6.2;
/** Room kept free at each end of a name on its stretch, and from the frame's edge, in pixels. */
const END_ROOM = 10;

/** Largest distance of the points strictly between `a` and `b` from the chord a–b. */
function bend(line: readonly Pt[], a: number, b: number): number {
  const [p, q] = [line[a]!, line[b]!];
  const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
  let worst = 0;
  for (let i = a + 1; i < b; i++) {
    const r = line[i]!;
    worst = Math.max(worst, Math.abs((q[0] - p[0]) * (p[1] - r[1]) - (q[1] - p[1]) * (p[0] - r[0])) / len);
  }
  return worst;
}

/** The angle of a→b in degrees, turned so that text along it reads left to right (−90 < angle ≤ 90). */
export function uprightAngle(a: Pt, b: Pt): number {
  let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  return angle;
}

/**
 * The straight-enough stretches of `line` (bending less than MAX_BEND of their length), longest first and not
 * overlapping: from each point, the farthest point reachable in a straight-enough stretch.
 */
export function straightStretches(id: string, line: readonly Pt[], keep = SITES_PER_RIVER): RiverLabelSite[] {
  const found: { a: number; b: number; length: number }[] = [];
  for (let a = 0; a < line.length - 1; a++) {
    let b = a + 1;
    while (b + 1 < line.length) {
      const [p, q] = [line[a]!, line[b + 1]!];
      if (bend(line, a, b + 1) > MAX_BEND * Math.hypot(q[0] - p[0], q[1] - p[1])) break;
      b++;
    }
    const [p, q] = [line[a]!, line[b]!];
    found.push({ a, b, length: Math.hypot(q[0] - p[0], q[1] - p[1]) });
  }
  found.sort((x, y) => y.length - x.length || x.a - y.a);
  const taken: { a: number; b: number }[] = [];
  const sites: RiverLabelSite[] = [];
  for (const s of found) {
    if (sites.length >= keep) break;
    if (taken.some((t) => s.a < t.b && t.a < s.b)) continue;
    taken.push(s);
    const [p, q] = [line[s.a]!, line[s.b]!];
    sites.push({ id, xy: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2], angle: uprightAngle(p, q), length: s.length });
  }
  return sites;
}

/** Sites for every river (each given as lines in base units), rounded for the page. */
export function riverLabelSites(
  rivers: readonly { id: string; lines: readonly (readonly Pt[])[] }[],
): RiverLabelSite[] {
  const r = (v: number) => Math.round(v);
  return rivers.flatMap(({ id, lines }) =>
    lines
      .flatMap((line) => straightStretches(id, line))
      .sort((a, b) => b.length - a.length)
      .slice(0, SITES_PER_RIVER)
      .map((s) => ({
        id,
        xy: [r(s.xy[0]), r(s.xy[1])] as const,
        angle: Math.round(s.angle),
        length: r(s.length),
      })),
  );
}

/**
 * The box a placed river name covers, in pixels: its text (11 px, `scale` times on the static maps, set 4 px off the
 * line) turned along the stretch, with a little room round it.
 */
export function riverLabelBox(l: PlacedRiverLabel, scale = 1): Box {
  const half = (l.text.length * CHAR_WIDTH * scale) / 2;
  const [c, s] = [Math.cos((l.angle * Math.PI) / 180), Math.sin((l.angle * Math.PI) / 180)];
  const corners = [-half, half].flatMap((u) => [-14 * scale, 0].map((v) => [l.x + u * c - v * s, l.y + u * s + v * c]));
  const xs = corners.map((p) => p[0]!);
  const ys = corners.map((p) => p[1]!);
  // 2 px of slack all round: the width per letter is an estimate.
  const m = 2 * scale;
  return [Math.min(...xs) - m, Math.min(...ys) - m, Math.max(...xs) + m, Math.max(...ys) + m];
}

/**
 * For a view (base units → pixels by `t`, in a `width`×`height` frame): per river, the site whose stretch holds its
 * name at this zoom, whose name lies wholly in the frame and meets none of `avoid` nor an earlier river's name,
 * nearest the frame's middle. Rivers without one go unnamed. Names are `scale` times their size.
 */
export function placeRiverLabels(
  sites: readonly RiverLabelSite[],
  names: Readonly<Record<string, string>>,
  t: Transform,
  width: number,
  height: number,
  avoid: readonly Box[] = [],
  scale = 1,
): PlacedRiverLabel[] {
  const candidates: { label: PlacedRiverLabel; distance: number }[] = [];
  for (const s of sites) {
    const text = names[s.id];
    if (!text) continue;
    const half = (text.length * CHAR_WIDTH * scale) / 2;
    if (s.length * t.k < 2 * (half + END_ROOM)) continue;
    const [x, y] = [s.xy[0] * t.k + t.x, s.xy[1] * t.k + t.y];
    const [dx, dy] = [Math.cos((s.angle * Math.PI) / 180) * half, Math.sin((s.angle * Math.PI) / 180) * half];
    const inFrame = ([px, py]: Pt) =>
      px >= END_ROOM && px <= width - END_ROOM && py >= END_ROOM && py <= height - END_ROOM;
    if (!inFrame([x - dx, y - dy]) || !inFrame([x + dx, y + dy])) continue;
    candidates.push({
      label: { id: s.id, text, x, y, angle: s.angle },
      distance: Math.hypot(x - width / 2, y - height / 2),
    });
  }
  // Rivers in a fixed order, each at its free site nearest the middle.
  const taken = [...avoid];
  const placed: PlacedRiverLabel[] = [];
  for (const id of [...new Set(candidates.map((c) => c.label.id))].sort()) {
    const sorted = candidates.filter((c) => c.label.id === id).sort((a, b) => a.distance - b.distance);
    const free = sorted.find((c) => !taken.some((b) => overlaps(b, riverLabelBox(c.label, scale))));
    if (!free) continue;
    taken.push(riverLabelBox(free.label, scale));
    placed.push(free.label);
  }
  return placed;
}

/** The SVG of placed river names: a text each, turned along its stretch and set just off the line. */
export function riverLabelParts(labels: readonly PlacedRiverLabel[]): SvgPart[] {
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return labels.map((l) => ({
    tag: 'text',
    attrs: { class: 'river-label', transform: `translate(${r1(l.x)} ${r1(l.y)}) rotate(${l.angle})`, y: -4 },
    text: l.text,
  }));
}
