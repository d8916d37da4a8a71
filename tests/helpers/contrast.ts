/** WCAG contrast ratio between two colours (hex, or rgba() composited over a background). */

type RGB = [number, number, number];

/** Parses #rgb, #rrggbb or rgb()/rgba(); alpha is composited over `under`. */
export function parseColor(color: string, under: RGB = [255, 255, 255]): RGB {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const h =
      hex[1]!.length === 3
        ? hex[1]!
            .split('')
            .map((x) => x + x)
            .join('')
        : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB;
  }
  const rgba = /^rgba?\(([^)]+)\)$/i.exec(c);
  if (rgba) {
    const [r, g, b, a = 1] = rgba[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number) as number[];
    return [r!, g!, b!].map((v, i) => Math.round(v * a + under[i]! * (1 - a))) as RGB;
  }
  throw new Error(`cannot parse colour "${color}"`);
}

function luminance([r, g, b]: RGB): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio (1 to 21) of two colours. */
export function contrastRatio(a: RGB, b: RGB): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Colour-vision deficiencies, simulated with Machado, Oliveira & Fernandes (2009) matrices at full severity. */
export const CVD_MATRICES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

/** A colour-vision deficiency the palette is tested under. */
export type Deficiency = keyof typeof CVD_MATRICES;

const toLinear = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** CIE L*a*b* (D65) of a colour given in linear RGB. */
function labOfLinear([r, g, b]: readonly number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** L*a*b* of a colour as seen with a deficiency (or as is, without one). */
export function seenAs(color: RGB, deficiency?: Deficiency): [number, number, number] {
  const lin = color.map(toLinear);
  if (!deficiency) return labOfLinear(lin);
  const m = CVD_MATRICES[deficiency];
  return labOfLinear(m.map((row) => Math.min(1, Math.max(0, row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!))));
}

/** CIE76 colour difference (ΔE*ab) of two colours as seen with a deficiency. */
export function colourDifference(a: RGB, b: RGB, deficiency?: Deficiency): number {
  const [p, q] = [seenAs(a, deficiency), seenAs(b, deficiency)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
