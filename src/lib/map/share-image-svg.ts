/** A self-contained SVG of one map state (inline geometry and colours), for the social-sharing image. */
import type { BaseLayers } from './base-layers';
import type { MapLayout } from './layout';
import { LABEL_OFFSET } from './label-placement';

/** Escapes text for XML content and attributes. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits text into lines of at most `max` characters, at spaces; past `maxLines` the last line ends with "…". */
export function wrapText(text: string, max: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,;:.]+$/, '')}…`;
  return kept;
}

const COLORS = {
  sea: '#d6e6ef',
  mm: '#fbf7ee',
  cn: '#e6e2d9',
  other: '#ebe8e2',
  border: '#4d4d4d',
  admin: '#9a948a',
  hl: '#d6781e',
  text: '#1b1b1b',
};

/** An image `width`×`height`: the map on the left, the headline and standfirst on the right. */
export function shareImageSvg(
  base: BaseLayers,
  layout: MapLayout,
  title: string,
  dek: string,
  width = 1200,
  height = 630,
): string {
  const t = layout.transform;
  const sw = (px: number) => (px / t.k).toFixed(2);
  const countries = base.countries
    .map(
      (c) =>
        `<path d="${c.d}" fill="${c.id === 'mm' ? COLORS.mm : c.id === 'cn' ? COLORS.cn : COLORS.other}" stroke="${COLORS.border}" stroke-width="${sw(1.5)}"/>`,
    )
    .join('');
  const areas = base.areas
    .filter((a) => layout.areas.includes(a.id))
    .map(
      (a) => `<path d="${a.d}" fill="${COLORS.hl}" fill-opacity="0.25" stroke="${COLORS.hl}" stroke-width="${sw(2)}"/>`,
    )
    .join('');
  const places = layout.places
    .map((p) => {
      const [dx, dy, anchor] = LABEL_OFFSET[p.labelSide ?? 'right'];
      const label = p.labelSide
        ? `<text x="${(p.x + dx).toFixed(1)}" y="${(p.y + dy).toFixed(1)}" text-anchor="${anchor}" font-size="17" font-family="sans-serif" paint-order="stroke" stroke="#fff" stroke-width="4" fill="${COLORS.text}">${escapeXml(p.name)}</text>`
        : '';
      return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="5" fill="${COLORS.text}" stroke="#fff" stroke-width="2"/>${label}`;
    })
    .join('');
  const titleLines = wrapText(title, 22, 5);
  const dekLines = wrapText(dek, 44, 5);
  const x0 = layout.width + 40;
  const titleSvg = titleLines
    .map(
      (l, i) =>
        `<text x="${x0}" y="${110 + i * 46}" font-size="36" font-weight="700" font-family="Georgia, serif" fill="${COLORS.text}">${escapeXml(l)}</text>`,
    )
    .join('');
  const dekTop = 110 + titleLines.length * 46 + 30;
  const dekSvg = dekLines
    .map(
      (l, i) =>
        `<text x="${x0}" y="${dekTop + i * 30}" font-size="22" font-family="sans-serif" fill="#444">${escapeXml(l)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<svg x="0" y="0" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<rect width="${layout.width}" height="${layout.height}" fill="${COLORS.sea}"/>`,
    `<g transform="translate(${t.x.toFixed(2)} ${t.y.toFixed(2)}) scale(${t.k.toFixed(6)})">${countries}${areas}</g>`,
    places,
    `</svg>`,
    titleSvg,
    dekSvg,
    `<text x="${x0}" y="${height - 40}" font-size="16" font-family="sans-serif" fill="#666">Map data: Natural Earth</text>`,
    `</svg>`,
  ].join('');
}
