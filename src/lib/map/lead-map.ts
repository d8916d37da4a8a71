/** The lead map under the headline: the story's lead view laid out for the first screen, and its text alternative. */
import type { LayoutModel } from './map-model';
import type { StateText } from './describe';
import { joinList, type ChromeStrings } from '../i18n/locale';
import { layoutStep, type MapLayout, type TextMark } from './layout';
import { pad, visibleRect, type Rect } from './projection';
import { labelBox, overlaps, type Box } from './label-placement';

/**
 * Viewports, in pixels, the lead map is laid out for: `narrow` on phones and beside the headline on small screens,
 * `wide` beside the headline on laptops and larger screens. Each is drawn at about its own size, so labels keep their
 * size in pixels.
 */
export const LEAD_SIZES = {
  narrow: { width: 360, height: 330 },
  wide: { width: 720, height: 620 },
} as const;

/** Name of a lead map size. */
export type LeadSize = keyof typeof LEAD_SIZES;

/** The border the story is about, drawn as the strongest line of the lead map: ids of the two countries. */
export const SUBJECT_BORDER = ['mm', 'cn'] as const;

/** Space kept clear around the lead view, in pixels. */
const LEAD_PADDING = 8;

/** How far, in pixels, a country or area name may move up or down to clear another. */
const LABEL_NUDGE = 15;

/** Order in which names claim their place: the states and provinces first, then the countries, then the seas. */
const KIND_ORDER: readonly TextMark['kind'][] = ['area', 'country', 'water'];

/** The box a country, area or water name covers (letter-spaced capitals: about 0.68 em a character). */
export function nameBox(m: Pick<TextMark, 'text' | 'x' | 'y'>): Box {
  const w = m.text.length * 13 * 0.68;
  return [m.x - w / 2, m.y - 11, m.x + w / 2, m.y + 4];
}

/**
 * Country, area and water names that do not overlap one another or a place's label: each, in KIND_ORDER, stays where
 * it is, or moves a line down or up, or is left out. The lead map is small on phones, where names of neighbouring
 * areas meet.
 */
export function separateNames(layout: MapLayout): TextMark[] {
  const taken: Box[] = layout.places.flatMap((p) => (p.labelSide ? [labelBox(p.x, p.y, p.name, p.labelSide)] : []));
  const inside = ([x0, y0, x1, y1]: Box) => x0 >= 0 && y0 >= 0 && x1 <= layout.width && y1 <= layout.height;
  const kept = new Map<TextMark, TextMark>();
  const ordered = [...layout.labels].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  for (const label of ordered) {
    const moved = [0, LABEL_NUDGE, -LABEL_NUDGE]
      .map((dy) => ({ ...label, y: label.y + dy }))
      .find((m) => inside(nameBox(m)) && !taken.some((t) => overlaps(t, nameBox(m))));
    if (!moved) continue;
    taken.push(nameBox(moved));
    kept.set(label, moved);
  }
  return layout.labels.flatMap((l) => kept.get(l) ?? []);
}

/** The lead model's one state laid out at every lead size, its names clear of one another. */
export function leadLayouts(model: LayoutModel): Record<LeadSize, MapLayout> {
  const at = ({ width, height }: { width: number; height: number }): MapLayout => {
    const layout = layoutStep(model, 0, width, height, pad(LEAD_PADDING));
    return { ...layout, labels: separateNames(layout) };
  };
  return { narrow: at(LEAD_SIZES.narrow), wide: at(LEAD_SIZES.wide) };
}

/** True when the layout shows nothing outside `data` (base units): the frame never shows where the map data ends. */
export function withinData(layout: MapLayout, [x0, y0, x1, y1]: Rect): boolean {
  const [v0, w0, v1, w1] = visibleRect(layout.transform, layout.width, layout.height);
  return v0 >= x0 && w0 >= y0 && v1 <= x1 && w1 <= y1;
}

const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());

/** Names of the countries the layout labels, in label order, once each and in title case ("MYANMAR" → "Myanmar"). */
export function labelledCountries(layout: MapLayout): string[] {
  return [...new Set(layout.labels.filter((l) => l.kind === 'country').map((l) => titleCase(l.text)))];
}

/** The lead map's title (the countries it names) and description (what it highlights and marks). */
export function leadText(layout: MapLayout, description: string, t: ChromeStrings): StateText {
  return { title: t.describe.locatorMap(joinList(labelledCountries(layout), t)), description };
}
