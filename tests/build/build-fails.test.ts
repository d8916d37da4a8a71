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
    expect(r.output).toContain(
      'data/places.geojson: place "laiza": geometry.coordinates [500, 24.76] is outside the map',
    );
    expect(r.output).toMatch(
      /data\/events\.geojson: event "[a-z0-9-]+": properties\.place "lal-lng" is not a known place \(did you mean "lal-long"\?\)/,
    );
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

describe('the site address a deployer gives', () => {
  const site = tempProject();
  afterAll(() => site.remove());

  it('SITE_URL without a scheme stops the build with a message naming the variable and the fix', () => {
    const r = runBuild({ root: site.dir, outDir: join(site.dir, 'dist'), env: { SITE_URL: 'news.example.org' } });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'SITE_URL="news.example.org" has no scheme: write the full address, e.g. SITE_URL=https://news.example.org',
    );
    expect(r.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('a build without SITE_URL warns that its absolute URLs point to the placeholder, and one with it does not', () => {
    const without = runBuild({ root: site.dir, outDir: join(site.dir, 'dist'), env: { SITE_URL: '' } });
    expect(without.status, without.output).toBe(0);
    expect(without.output).toMatch(
      /SITE_URL is not set: the canonical, sharing \(Open Graph\) and sitemap URLs will point to https:\/\/example\.org/,
    );
    const withSite = runBuild({
      root: site.dir,
      outDir: join(site.dir, 'dist'),
      env: { SITE_URL: 'https://news.example.org' },
    });
    expect(withSite.status, withSite.output).toBe(0);
    expect(withSite.output).not.toContain('SITE_URL is not set');
    // Two whole builds, each drawing every step's map pictures.
  }, 120_000);
});
