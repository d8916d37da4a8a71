import { beforeAll, describe, expect, it } from 'vitest';
import { defaultBuild, readBuilt } from '../helpers/build-site';

let pages: Record<string, string> = {};

beforeAll(() => {
  const dist = defaultBuild();
  pages = { 'index.html': readBuilt(dist, 'index.html'), 'rail-corridor': readBuilt(dist, 'rail-corridor/index.html') };
});

/** Every step map's SVG on a page, by its id. */
function stepMaps(html: string): Map<string, string> {
  const maps = new Map<string, string>();
  const starts = [...html.matchAll(/<svg class="map"[^>]* id="(map-[^"]+|live-map)">/g)];
  starts.forEach((m, i) => maps.set(m[1]!, html.slice(m.index, starts[i + 1]?.index ?? html.length)));
  return maps;
}

describe('the railway over the names’ halos, in the built pages', () => {
  it('draws the rail story’s first step with the sections west of the border', () => {
    const first = stepMaps(pages['rail-corridor']!).get('map-the-whole-route');
    expect(first, 'map of the first step').toBeDefined();
    expect(first).toMatch(/href="#seg-muse-mandalay" class="seg seg--proposed/);
    expect(first).toMatch(/href="#seg-mandalay-kyaukphyu" class="seg seg--proposed/);
  });

  it('puts, on every map with railway, the halos under the line and the names over it', () => {
    let checked = 0;
    for (const [page, html] of Object.entries(pages)) {
      for (const [id, svg] of stepMaps(html)) {
        if (!svg.includes('data-seg=')) continue;
        checked++;
        const halos = svg.indexOf(`<use href="#${id}-names" class="name-halos">`);
        const rail = svg.indexOf('<g class="rail"');
        const names = svg.indexOf(`<g id="${id}-names" class="names">`);
        expect(halos, `${page} ${id}: halo pass`).toBeGreaterThan(0);
        expect(rail, `${page} ${id}: railway after the halos`).toBeGreaterThan(halos);
        expect(names, `${page} ${id}: names after the railway`).toBeGreaterThan(rail);
        // Every segment is inside the railway group, none in the base map's.
        expect(svg.slice(0, rail)).not.toContain('data-seg=');
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('draws the Gaoligong tunnel, named as approximate, where Baoshan–Ruili is in focus', () => {
    const map = stepMaps(pages['rail-corridor']!).get('map-building-to-the-border')!;
    expect(map).toMatch(/href="#seg-baoshan-ruili-tunnel" class="seg seg--tunnel/);
    expect(map).toContain('>Gaoligong tunnel (approx.)</text>');
    expect(stepMaps(pages['rail-corridor']!).get('map-the-whole-route')).not.toContain('seg--tunnel');
  });
});
