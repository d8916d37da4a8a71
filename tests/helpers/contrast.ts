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
