/**
 * The pictures of every step's map that the build publishes (`<slug>/images/`): their sizes and names, the frame
 * around the map (a band under it with the date, the credit and the key), and the index that lists them.
 */
import type { LegendItem } from './legend';
import type { StateText } from './describe';

/** The published sizes, in pixels: wide for posts and newsletters, tall for phone apps and stories. */
export const STEP_IMAGE_SIZES = [
  { name: 'wide', width: 1200, height: 675 },
  { name: 'tall', width: 1080, height: 1350 },
] as const;
export type StepImageSize = (typeof STEP_IMAGE_SIZES)[number];

/**
 * Pixels per map unit. The map is laid out at the size divided by this, then drawn enlarged, so its labels come out
 * at 1.5 times the page's size: legible when an app shows the picture at half its width.
 */
export const IMAGE_SCALE = 1.5;

/** Folder of a story's pictures under the site's base path. */
export const imagesDir = (slug: string): string => `${slug}/images`;

/** File name of one step's picture at one size, e.g. `friday-20-october-1200x675.png`. */
export const stepImageName = (stepId: string, size: Pick<StepImageSize, 'width' | 'height'>): string =>
  `${stepId}-${size.width}x${size.height}.png`;

/** Sizes in the key and caption panel, in map units. */
const PANEL = { pad: 12, title: 16, font: 14, credit: 12, line: 20, row: 22, swatch: 28, gap: 6, itemGap: 16 } as const;

/** Width / height of the page's static step maps (640 × 560): a wide picture keeps the map this shape. */
const PAGE_MAP_ASPECT = 640 / 560;

/** A rough width of a label in the system sans (generous for Arial-like fonts). */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.52;

/** A rectangle in map units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An entry of the key placed in the panel: its swatch's left edge at x, its row's centre line at y. */
export interface PlacedKey extends LegendItem {
  x: number;
  y: number;
}

/** A text's lines, where its first baseline is and how it is anchored. */
export interface PlacedText {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Where everything sits in one picture, in map units (pixels divided by IMAGE_SCALE). */
export interface ImageFrame {
  width: number;
  height: number;
  /** The map: the whole height beside the panel in a wide picture, the top above it in a tall one. */
  map: Box;
  /** The panel with the title, the date, the key and the credit. */
  panel: Box;
  /** What the map shows (bold), and the date its events run to. */
  title: PlacedText | undefined;
  date: PlacedText | undefined;
  key: PlacedKey[];
  credit: PlacedText;
  fontSize: number;
  titleSize: number;
  creditSize: number;
  lineHeight: number;
}

/** Splits text into lines no wider than `width` at `fontSize`, at spaces. */
export function wrapToWidth(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lays the key out from `top` in rows across `width` units from `left`, wrapping before an entry that would not fit. */
export function placeKey(items: readonly LegendItem[], left: number, top: number, width: number): PlacedKey[] {
  const placed: PlacedKey[] = [];
  let x = left;
  let y = top + PANEL.row / 2;
  for (const item of items) {
    const w = PANEL.swatch + PANEL.gap + textWidth(item.label, PANEL.font);
    if (x > left && x + w > left + width) {
      y += PANEL.row;
      x = left;
    }
    placed.push({ ...item, x, y });
    x += w + PANEL.itemGap;
  }
  return placed;
}

/**
 * The frame of a picture of `size`. Wide: the map keeps the page's static maps' shape, with the panel to its right
 * (the map's title, the date, the key, then the credit at the foot). Tall: the map on top, and under it the title and
 * the date with the credit at the right of the last line (or on a line of its own when both do not fit), then the key.
 */
export function imageFrame(
  size: Pick<StepImageSize, 'width' | 'height'>,
  legend: readonly LegendItem[],
  caption: { title?: string | undefined; date?: string | undefined },
  creditParts: readonly string[],
): ImageFrame {
  const credit = creditParts.join('. ');
  const width = Math.round(size.width / IMAGE_SCALE);
  const height = Math.round(size.height / IMAGE_SCALE);
  const { pad, font, line } = PANEL;
  const common = { width, height, fontSize: font, titleSize: PANEL.title, creditSize: PANEL.credit, lineHeight: line };
  const wide = width / height > PAGE_MAP_ASPECT * 1.2;
  const panelX = wide ? Math.round(height * PAGE_MAP_ASPECT) : 0;
  const inner = (wide ? width - panelX : width) - 2 * pad;
  const titleLines = caption.title ? wrapToWidth(caption.title, inner, PANEL.title) : [];
  const dateLines = caption.date ? wrapToWidth(caption.date, inner, font) : [];
  const text = (lines: string[], x: number, y: number, anchor: PlacedText['anchor'] = 'start') =>
    lines.length ? { lines, x, y, anchor } : undefined;
  if (wide) {
    const panel = { x: panelX, y: 0, width: width - panelX, height };
    const x = panel.x + pad;
    const dateY = pad + PANEL.title + titleLines.length * line;
    const keyTop = dateY + (dateLines.length ? dateLines.length * line : 0) - font + pad;
    const creditLines = creditParts.flatMap((part) => wrapToWidth(part, inner, PANEL.credit));
    return {
      ...common,
      map: { x: 0, y: 0, width: panelX, height },
      panel,
      title: text(titleLines, x, pad + PANEL.title),
      date: text(dateLines, x, dateY),
      key: placeKey(legend, x, keyTop, inner),
      credit: { lines: creditLines, x, y: height - pad - (creditLines.length - 1) * line, anchor: 'start' },
    };
  }
  // Tall: title, then the date, the credit at the right of the last of these lines (or on a line of its own when
  // both do not fit), then the key.
  const captionLines = titleLines.length + dateLines.length;
  const last = dateLines.length
    ? textWidth(dateLines[dateLines.length - 1]!, font)
    : textWidth(titleLines[titleLines.length - 1] ?? '', PANEL.title);
  const creditBeside = captionLines > 0 && last + textWidth(credit, PANEL.credit) + 2 * pad <= inner;
  const textLines = captionLines + (creditBeside ? 0 : 1);
  const probe = placeKey(legend, pad, 0, inner);
  const keyHeight = probe.length ? probe[probe.length - 1]!.y + PANEL.row / 2 : 0;
  const panelHeight = pad + textLines * line + (keyHeight ? pad / 2 + keyHeight : 0) + pad;
  const panel = { x: 0, y: height - panelHeight, width, height: panelHeight };
  const first = panel.y + pad + font;
  const lastCaptionY = first + (captionLines - 1) * line;
  return {
    ...common,
    map: { x: 0, y: 0, width, height: panel.y },
    panel,
    title: text(titleLines, pad, first),
    date: text(dateLines, pad, first + titleLines.length * line),
    key: placeKey(legend, pad, panel.y + pad + textLines * line + pad / 2, inner),
    credit: creditBeside
      ? { lines: [credit], x: width - pad, y: lastCaptionY, anchor: 'end' }
      : { lines: [credit], x: pad, y: lastCaptionY + line, anchor: 'start' },
  };
}

/** The map data credit of a story's `credit` line: its sentence that starts "Map data" (to its full stop), or nothing. */
export function mapDataCredit(credit: string): string {
  return /(?:^|[.;]\s+)(Map data\b[\s\S]*?)(?:\.(?=\s|$)|$)/.exec(credit)?.[1]?.trim() ?? '';
}

/** The map's title without the page's "Map 3:" numbering, starting with a capital: "Laiza and Muse". */
export const pictureTitle = (title: string): string =>
  title.replace(/^[^:]*\d+\s*:\s*/, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** A picture's text alternative: the step map's title and description, as the page gives them. */
export const imageAlt = (text: StateText): string =>
  text.description ? `${text.title}. ${text.description}` : text.title;

/** One picture in a story's index. */
export interface ImageIndexEntry {
  step: string;
  /** The step's number in the story, from 1. */
  number: number;
  file: string;
  width: number;
  height: number;
  alt: string;
}

/** Every picture of a story: each step at each size, in step order. */
export function imageIndex(stepIds: readonly string[], texts: readonly StateText[]): ImageIndexEntry[] {
  return stepIds.flatMap((step, i) =>
    STEP_IMAGE_SIZES.map((size) => ({
      step,
      number: i + 1,
      file: stepImageName(step, size),
      width: size.width,
      height: size.height,
      alt: imageAlt(texts[i]!),
    })),
  );
}
