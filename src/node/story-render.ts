/** Build-time model of a story page: validated data, base layers and every step's map state (cached per build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, CONTENT_PATHS } from './content-files';
import type { StoryData } from '../lib/data/story-data';
import type { ParsedStory } from '../lib/story/parse-story';
import { storySlug } from '../lib/validation/validate-content';
import { formatReport } from '../lib/problems/problems';
import { baseProjection, dataExtent, projectBounds } from '../lib/map/projection';
import type { Bounds } from '../lib/geo/extent';
import { areaBounds, areaNames, buildBaseLayers, riverLines, type BaseLayers } from '../lib/map/base-layers';
import type { RegionTopology } from '../lib/geo/region-topology';
import { describeState } from '../lib/map/describe';
import { BACKDROP, detailZones, MIN_AREA_PX, RIVER_MIN_AREA_PX, simplifyForViews } from '../lib/map/view-detail';
import { mapStateFor, mapStates, type MapState } from '../lib/map/map-state';
import { buildMapModel, type MapModel } from '../lib/map/map-model';
import { riverLabelSites } from '../lib/map/river-labels';
import { chromeStrings, type ChromeStrings } from '../lib/i18n/locale';
import { shapesFromPaths } from '../lib/map/map-shapes';

/** What a story page needs to render. */
export interface StoryModel {
  slug: string;
  story: ParsedStory;
  /** The page chrome's strings, in the story's language. */
  t: ChromeStrings;
  states: MapState[];
  statesById: Map<string, MapState>;
  /** The projected map model shared by the static maps and the browser. */
  map: MapModel;
  /** The lead map under the headline (its model has one state), when the frontmatter declares one. */
  lead?: { map: MapModel; caption?: string };
}

/** The simplified base maps the pages draw (view-detail.ts). */
export interface ShippedTopologies {
  /** Countries and internal borders, with the detail the story's views can show. */
  base: RegionTopology;
  /** Each highlighted area's own, with the detail of the steps that highlight it. */
  areas: Map<string, RegionTopology>;
  /** Rivers, simplified more than borders. */
  rivers: RegionTopology;
}

/**
 * Keeps only the detail the views of `states` can show: full detail near Laiza and Muse, far less in Laos; a
 * highlighted area gets only the detail of the steps that highlight it.
 */
export function shippedTopologies(topo: RegionTopology, states: readonly MapState[]): ShippedTopologies {
  const zones = detailZones(states.map((st) => st.bounds));
  const areas = new Map<string, RegionTopology>();
  for (const id of new Set(states.flatMap((st) => st.highlight.areas))) {
    const views = states.filter((st) => st.highlight.areas.includes(id)).map((st) => st.bounds);
    areas.set(id, simplifyForViews(topo, detailZones(views), MIN_AREA_PX, BACKDROP));
  }
  return {
    base: simplifyForViews(topo, zones, MIN_AREA_PX, BACKDROP),
    areas,
    rivers: simplifyForViews(topo, zones, RIVER_MIN_AREA_PX),
  };
}

/** Data shared by every story page. */
export interface SiteModel {
  data: StoryData;
  base: BaseLayers;
  /** The simplified topologies `base` was drawn from. */
  shipped: ShippedTopologies;
  stories: StoryModel[];
}

let cached: SiteModel | undefined;

/** Loads and validates everything once; throws the formatted report if anything is wrong. */
export function loadSite(root = process.cwd()): SiteModel {
  // In dev every request re-reads the files, so an editor's save shows on reload.
  if (cached && !import.meta.env?.DEV) return cached;
  const { data, stories, problems } = checkContent(root);
  if (problems.length) throw new Error(formatReport(problems));
  const topo = JSON.parse(readFileSync(join(root, CONTENT_PATHS.topology), 'utf8')) as RegionTopology;
  const ctx = { areaBounds: areaBounds(topo) };
  const projection = baseProjection();
  const models = stories.map((story): StoryModel => {
    const states = mapStates(story.steps, data, ctx);
    const t = chromeStrings(story.lang);
    // Area names in the story's language ("Kachin State" in English, "État kachin" in French).
    const names = new Map([...areaNames(topo)].map(([id, name]) => [id, t.areaName(name)]));
    const texts = states.map((s, i) => describeState(s, states[i - 1], data, story.steps[i]!, names, t));
    const lead = story.lead && mapStateFor(story.lead, 0, data, ctx);
    const caption = (story.frontmatter as { lead?: { caption?: string } }).lead?.caption;
    return {
      slug: storySlug(story.file),
      story,
      t,
      states,
      statesById: new Map(states.map((s) => [s.stepId, s])),
      map: buildMapModel(data, states, projection, texts, t, names),
      ...(lead && {
        lead: {
          map: buildMapModel(
            data,
            [lead],
            projection,
            [describeState(lead, undefined, data, story.lead!, names, t)],
            t,
            names,
          ),
          ...(caption ? { caption } : {}),
        },
      }),
    };
  });
  // The lead maps' views count too: an area only the lead map highlights still needs its outline.
  const allStates = models.flatMap((m): MapState[] => [...m.states, ...(m.lead?.map.states ?? [])]);
  const shipped = shippedTopologies(topo, allStates);
  const base = buildBaseLayers(shipped.base, projection, shipped.areas, shipped.rivers);
  const sites = riverLabelSites(riverLines(shipped.rivers, projection));
  for (const m of models) {
    m.map.riverLabels = sites;
    m.map.riverNames = { ...m.t.rivers };
    if (m.lead) m.lead.map.riverLabels = sites;
  }
  const shapes = { countries: shapesFromPaths(base.countries), areas: shapesFromPaths(base.areas) };
  // Cameras stay inside the base map's data (stepTransform): no frame shows where it ends.
  const extent = topo.bbox && dataExtent(projectBounds(projection, topo.bbox.slice(0, 4) as unknown as Bounds));
  for (const m of models) {
    m.map.shapes = shapes;
    if (extent) m.map.extent = extent;
    if (m.lead) {
      m.lead.map.shapes = shapes;
      if (extent) m.lead.map.extent = extent;
    }
  }
  cached = { data, base, stories: models, shipped };
  return cached;
}

/** The model of one story by slug. */
export function storyModel(slug: string): StoryModel {
  const m = loadSite().stories.find((s) => s.slug === slug);
  if (!m) throw new Error(`No story "${slug}" in ${CONTENT_PATHS.stories}`);
  return m;
}
