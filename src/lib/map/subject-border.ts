/**
 * The border the story is about, drawn from one copy of its line: China's fill takes a coarse version of the border
 * (its exact edge is hidden under Myanmar, drawn after it) plus a band of the same fill around it, and the emphasised
 * line is Myanmar's outline clipped to that band. The detailed border is then in the page once, not twice.
 */
import { transform as decoder } from 'topojson-client';
import type { Topology } from 'topojson-specification';

type Pt = readonly [number, number];

/** Arcs (by index) shared by the geometries of country `a` and country `b` in `topo.objects.countries`. */
export function sharedArcs(topo: Topology, a: string, b: string): Set<number> {
  const arcsOf = (id: string) => {
    const set = new Set<number>();
    const walk = (x: unknown): void => {
      if (typeof x === 'number') set.add(x < 0 ? ~x : x);
      else if (Array.isArray(x)) x.forEach(walk);
    };
    const countries = topo.objects.countries as { geometries: { arcs?: unknown; properties?: { id?: string } }[] };
    for (const g of countries.geometries) if (g.properties?.id === id) walk(g.arcs);
    return set;
  };
  const ofB = arcsOf(b);
  return new Set([...arcsOf(a)].filter((i) => ofB.has(i)));
}

/** Douglas–Peucker: the fewest points of `line` within `tolerance` of it (its ends kept). */
export function simplifyLine(line: readonly Pt[], tolerance: number): Pt[] {
  if (line.length <= 2) return [...line];
  const [a, b] = [line[0]!, line[line.length - 1]!];
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  let worst = 0;
  let at = 0;
  for (let i = 1; i < line.length - 1; i++) {
    const p = line[i]!;
    const d =
      len === 0 ? Math.hypot(p[0] - a[0], p[1] - a[1]) : Math.abs(dx * (a[1] - p[1]) - dy * (a[0] - p[0])) / len;
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return [a, b];
  return [...simplifyLine(line.slice(0, at + 1), tolerance).slice(0, -1), ...simplifyLine(line.slice(at), tolerance)];
}

/** A closed ring around `line`, `half` to each side (offset along each point's averaged normal; ends cut square). */
export function bandRing(line: readonly Pt[], half: number): Pt[] {
  const normal = (i: number): Pt => {
    const p = line[Math.max(0, i - 1)]!;
    const q = line[Math.min(line.length - 1, i + 1)]!;
    const l = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    return [-(q[1] - p[1]) / l, (q[0] - p[0]) / l];
  };
  const side = (s: number) => line.map((p, i): Pt => [p[0] + s * half * normal(i)[0], p[1] + s * half * normal(i)[1]]);
  const ring = [...side(1), ...side(-1).reverse()];
  return [...ring, ring[0]!];
}

/** The arcs of `topo` in absolute coordinates (decoded when quantized). */
function absoluteArcs(topo: Topology): Pt[][] {
  if (!topo.transform) return topo.arcs as unknown as Pt[][];
  return topo.arcs.map((arc) => {
    const t = decoder(topo.transform!);
    return arc.map((p, i) => t(p, i > 0) as unknown as Pt);
  });
}

/** A copy of `topo` (unquantized) in which the `arcs` listed keep only the points Douglas–Peucker keeps at `tolerance`. */
export function withCoarseArcs<T extends Topology>(topo: T, arcs: ReadonlySet<number>, tolerance: number): T {
  const all = absoluteArcs(topo);
  const { transform: _, ...rest } = topo;
  return { ...rest, arcs: all.map((a, i) => (arcs.has(i) ? simplifyLine(a, tolerance) : a)) } as unknown as T;
}

/** The listed arcs of `topo` as lines in absolute coordinates. */
export function arcLines(topo: Topology, arcs: ReadonlySet<number>): Pt[][] {
  const all = absoluteArcs(topo);
  return [...arcs].sort((a, b) => a - b).map((i) => all[i]!);
}
