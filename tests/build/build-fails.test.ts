import { describe, it, expect, afterAll } from 'vitest';
import { join } from 'node:path';
import { runBuild } from '../helpers/build-site';
import { tempProject } from '../helpers/temp-project';

const project = tempProject();
afterAll(() => project.remove());

describe('a broken data file stops the build with a readable report', () => {
  it('names the file, the item and the field of every problem, with no stack trace', () => {
    project.edit('data/places.geojson', /"coordinates": \[\s*97\.5633,\s*24\.76\s*\]/, '"coordinates": [500, 24.76]');
    project.edit('data/events.geojson', /"place": "lal-long"/, '"place": "lal-lng"');
    const r = runBuild({ root: project.dir, outDir: join(project.dir, 'dist') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('data/places.geojson: place "laiza": geometry.coordinates [500, 24.76] is outside the map');
    expect(r.output).toMatch(/data\/events\.geojson: event "[a-z0-9-]+": properties\.place "lal-lng" is not a known place \(did you mean "lal-long"\?\)/);
    expect(r.output).toContain('The build stopped');
    expect(r.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops on invalid JSON with the line of the mistake', () => {
    project.write('data/corridor.geojson', '{ "type": "FeatureCollection", "features": [ }');
    const r = runBuild({ root: project.dir, outDir: join(project.dir, 'dist') });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/data\/corridor\.geojson: line 1, column \d+: is not valid JSON/);
    expect(r.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
