import { describe, expect, it } from 'vitest';
import { DATA_FILE_KINDS, storyDataFiles } from '../../src/lib/exports/data-files';
import { featureCollectionJson } from '../../src/lib/exports/geojson-export';
import { shownIds } from '../../src/lib/story/shown-data';
import { loadSite } from '../../src/node/story-render';
import { ROOT } from '../helpers/build-site';

const site = loadSite(ROOT);

describe('featureCollectionJson', () => {
  it('keeps only the listed features, in the file’s order, as valid GeoJSON', () => {
    const ids = new Set([site.data.places[2]!.id, site.data.places[0]!.id]);
    const fc = JSON.parse(featureCollectionJson(site.data.places, ids));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual([site.data.places[0]!.id, site.data.places[2]!.id]);
    expect(fc.features[0].geometry.type).toBe('Point');
    expect(fc.features[0].properties.sources.length).toBeGreaterThan(0);
  });
});

describe('storyDataFiles', () => {
  it.each(site.stories.map((s) => [s.slug, s] as const))('%s: publishes exactly what the story shows', (_, story) => {
    const shown = shownIds(story.story.steps, site.data);
    const files = storyDataFiles(site.data, shown);
    const ids = (kind: string) =>
      new Set(
        JSON.parse(files.find((f) => f.kind === kind)?.text ?? '{"features":[]}').features.map(
          (f: { id: string }) => f.id,
        ),
      );
    expect(ids('events-geojson')).toEqual(new Set(shown.events));
    expect(ids('places-geojson')).toEqual(new Set(shown.places));
    expect(ids('corridor-geojson')).toEqual(new Set(shown.segments));
    // A kind with nothing to publish is left out (the rail story shows no events).
    for (const f of files) expect(f.items).toBeGreaterThan(0);
    expect(files.map((f) => f.kind)).toEqual(DATA_FILE_KINDS.filter((k) => files.some((f) => f.kind === k)));
  });

  it('leaves the events out of a story that shows none', () => {
    const none = { events: new Set<string>(), places: new Set(['laiza']), segments: new Set<string>() };
    expect(storyDataFiles(site.data, none).map((f) => f.name)).toEqual(['places.geojson']);
  });
});
