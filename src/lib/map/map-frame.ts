/** The live map's frame: how much of it the date, the key and the cards cover, by the kind of screen. */
import type { Padding } from './projection';

/** How the live map sits on the screen: full screen under passing cards (portrait phones) or beside the text. */
export type MapArrangement = 'under-cards' | 'beside-text';

/**
 * The media query for screens where the map sits beside the text: wide screens and landscape phones (a map under the
 * cards would keep a strip of about 100 px there). The stylesheet repeats it (global.css, "beside the text").
 */
export const BESIDE_TEXT_QUERY = '(min-width: 900px), (orientation: landscape) and (min-width: 560px)';

/**
 * Room kept clear, in pixels. Under cards: the date and key at the top and the cards passing over the part below
 * `landOffset` of the height. Beside the text: the date at the top and the key's band (`keyBand` pixels) at the bottom.
 */
export function mapPadding(arrangement: MapArrangement, height: number, keyBand: number, landOffset: number): Padding {
  if (arrangement === 'under-cards')
    return { top: 130, right: 16, bottom: Math.round(height * (1 - landOffset)) + keyBand, left: 16 };
  // On a short screen the date's box (its foot about 45 px down) is all the top needs, with the 8 px kept round it.
  return { top: height < 500 ? 56 : 64, right: 24, bottom: keyBand + 16, left: 24 };
}
