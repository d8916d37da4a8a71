import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../helpers/build-site';
import { tempProject } from '../helpers/temp-project';

const project = tempProject();
afterAll(() => project.remove());

describe('an editor adds an event after the last step', () => {
  it('shows in the events table and on the map of a step that reveals its date, with no code change', () => {
    const file = join(project.dir, 'data/events.geojson');
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    fc.features.push({
      type: 'Feature',
      id: 'muse-clash-2023-10-26',
      geometry: { type: 'Point', coordinates: [97.9047, 23.9792] },
      properties: {
        date: '2023-10-26',
        type: 'clash',
        place: 'muse',
        title: 'A newly reported clash at Muse',
        summary: 'Added by an editor.',
        actor: 'Kachin Independence Army',
        claimedBy: ['Kachin Independence Army'],
        sources: [{ name: 'Example report', url: 'https://example.org/report', published: '2023-10-26' }],
      },
    });
    project.write('data/events.geojson', JSON.stringify(fc, null, 2));
    const outDir = join(project.dir, 'dist');
    const r = runBuild({ root: project.dir, outDir });
    expect(r.status, r.output).toBe(0);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('data-event-row="muse-clash-2023-10-26"');
    // The last step reveals events up to 27 October: its static map draws the new event.
    const last = html.slice(html.indexOf('id="what-came-next"'));
    expect(last.slice(0, last.indexOf('</section>'))).toContain('data-event="muse-clash-2023-10-26"');
    // An earlier step (up to 21 October) does not.
    const sat = html.slice(html.indexOf('id="saturday-21-october"'));
    expect(sat.slice(0, sat.indexOf('</section>'))).not.toContain('data-event="muse-clash-2023-10-26"');
  }, 120_000);
});
