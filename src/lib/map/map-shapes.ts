/**
 * Country and area outlines as point rings in base units, read back from the base map's SVG path data (the page's
 * shared defs hold it, so the browser gets the shapes without another byte): what labels are placed inside.
 */

/** One closed ring as flat [x0, y0, x1, y1, …] base-unit coordinates. */
export type Ring = number[];

/** A named outline: a country (id "mm", "cn", …) or an area (id "mm-rakhine", …). */
export interface Shape {
  id: string;
  rings: Ring[];
}

/** Countries and highlighted areas, as the build's base layers or the page's defs hold them. */
export interface MapShapes {
  countries: Shape[];
  areas: Shape[];
}

/**
 * Rings of path data as compactPath writes it (compact-path.ts): each ring `M x y`, then relative `l dx dy …`, then `z`.
 * (tests/unit/frame-labels.test.ts checks the names land inside the real outlines, so a change of format shows there.)
 */
export function pathRings(d: string): Ring[] {
  return d
    .split('M')
    .slice(1)
    .map((part) => {
      const n = (part.match(/-?[\d.]+/g) ?? []).map(Number);
      const ring = n.slice(0, 2);
      for (let i = 2; i + 1 < n.length; i += 2) ring.push(ring[i - 2]! + n[i]!, ring[i - 1]! + n[i + 1]!);
      return ring;
    })
    .filter((ring) => ring.length >= 6);
}

/** Shapes from path data by id. */
export function shapesFromPaths(paths: readonly { id: string; d: string }[]): Shape[] {
  return paths.map((p) => ({ id: p.id, rings: pathRings(p.d) }));
}
