/** Country and area outlines read from the page's shared defs, for naming them inside (see src/lib/map/map-shapes.ts). */
import type { MapShapes } from '../lib/map/map-shapes';
import { pathRings } from '../lib/map/map-shapes';
import { areaId, PAGE_IDS } from '../lib/story/page-ids';

/** The base map's countries (by their `country--<id>` class) and the areas `areaIds` names. */
export function shapesFromDefs(areaIds: readonly string[]): MapShapes {
  const countries = [...document.querySelectorAll<SVGPathElement>(`#${PAGE_IDS.baseMap} path.country`)].flatMap((p) => {
    const id = /country--(\S+)/.exec(p.getAttribute('class') ?? '')?.[1];
    return id ? [{ id, rings: pathRings(p.getAttribute('d') ?? '') }] : [];
  });
  const areas = areaIds.flatMap((id) => {
    const d = document.getElementById(areaId(id))?.getAttribute('d');
    return d ? [{ id, rings: pathRings(d) }] : [];
  });
  return { countries, areas };
}
