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

/** Rings of SVG path data made of M/m, L/l, H/h, V/v and Z/z commands (what compactPath and d3's geoPath write). */
export function pathRings(d: string): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  let cmd = 'M';
  let x = 0;
  let y = 0;
  const close = () => {
    if (ring.length >= 6) rings.push(ring);
    ring = [];
  };
  const tokens = d.match(/[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    if (/[A-Za-z]/.test(tok)) {
      cmd = tok;
      i++;
      if (cmd === 'Z' || cmd === 'z') close();
      continue;
    }
    const n = (j: number) => Number(tokens[i + j]);
    if (cmd === 'M' || cmd === 'm') {
      close();
      [x, y] = cmd === 'M' ? [n(0), n(1)] : [x + n(0), y + n(1)];
      cmd = cmd === 'M' ? 'L' : 'l';
      i += 2;
    } else if (cmd === 'L' || cmd === 'l') {
      [x, y] = cmd === 'L' ? [n(0), n(1)] : [x + n(0), y + n(1)];
      i += 2;
    } else if (cmd === 'H' || cmd === 'h') {
      x = cmd === 'H' ? n(0) : x + n(0);
      i += 1;
    } else {
      y = cmd === 'V' ? n(0) : y + n(0);
      i += 1;
    }
    ring.push(x, y);
  }
  close();
  return rings;
}

/** Shapes from path data by id. */
export function shapesFromPaths(paths: readonly { id: string; d: string }[]): Shape[] {
  return paths.map((p) => ({ id: p.id, rings: pathRings(p.d) }));
}
