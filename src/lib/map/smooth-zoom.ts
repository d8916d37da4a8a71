/**
 * The smooth zoom of van Wijk and Nuij ("Smooth and efficient zooming and panning", 2003), as d3-interpolate's
 * interpolateZoom draws it (ρ = √2): here rather than imported, because that module brings its other interpolators
 * and all of d3-color with it (measured: 5.2 KB of script, gzip, that the map never ran).
 */
import type { View } from './camera';

/** The curve's ρ: how far it zooms out on the way (d3's default, √2). */
const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
/** Below this squared distance the two centres count as one: a pure zoom. */
const EPSILON2 = 1e-12;

const cosh = (x: number) => (Math.exp(x) + Math.exp(-x)) / 2;
const sinh = (x: number) => (Math.exp(x) - Math.exp(-x)) / 2;
const tanh = (x: number) => {
  const e = Math.exp(2 * x);
  return (e - 1) / (e + 1);
};

/** A view along the move at progress t (0 to 1), and the move's natural length in milliseconds. */
export type ZoomPath = ((t: number) => View) & { duration: number };

/** The smooth zoom from view `p0` to view `p1` (each a centre and a width, [x, y, w]). */
export function smoothZoom([ux0, uy0, w0]: View, [ux1, uy1, w1]: View): ZoomPath {
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let S: number;
  let at: (t: number) => View;
  if (d2 < EPSILON2) {
    S = Math.log(w1 / w0) / RHO;
    at = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    at = (t) => {
      const s = t * S;
      const u = (w0 / (RHO2 * d1)) * (cosh(r0) * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * cosh(r0)) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(at, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
