/** Build-time model of a story page: validated data, base layers and every step's map state (cached per build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, CONTENT_PATHS } from './content-files';
import type { StoryData } from '../lib/data/story-data';
import type { ParsedStory } from '../lib/story/parse-story';
import { storySlug } from '../lib/validation/validate-content';
import { formatReport } from '../lib/problems/problems';
import { baseProjection } from '../lib/map/projection';
import { areaBounds, areaNames, buildBaseLayers, type BaseLayers } from '../lib/map/base-layers';
import type { RegionTopology } from '../lib/geo/region-topology';
import { describeState } from '../lib/map/describe';
import { detailZones, RIVER_MIN_AREA_PX, simplifyForViews } from '../lib/map/view-detail';
import { mapStateFor, mapStates, type MapState } from '../lib/map/map-state';
import { buildMapModel, type MapModel } from '../lib/map/map-model';

/** What a story page needs to render. */
export interface StoryModel {
  slug: string;
  story: ParsedStory;
  states: MapState[];
  statesById: Map<string, MapState>;
  /** The projected map model shared by the static maps and the browser. */
  map: MapModel;
  /** The lead map under the headline (its model has one state), when the frontmatter declares one. */
  lead?: { map: MapModel; caption?: string };
}

/** Data shared by every story page. */
export interface SiteModel {
  data: StoryData;
  base: BaseLayers;
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
    const names = areaNames(topo);
    const texts = states.map((s, i) => describeState(s, states[i - 1], data, story.steps[i]!, names));
    const lead = story.lead && mapStateFor(story.lead, 0, data, ctx);
    const caption = (story.frontmatter as { lead?: { caption?: string } }).lead?.caption;
    return {
      slug: storySlug(story.file),
      story,
      states,
      statesById: new Map(states.map((s) => [s.stepId, s])),
      map: buildMapModel(data, states, projection, texts),
      ...(lead && {
        lead: {
          map: buildMapModel(data, [lead], projection, [describeState(lead, undefined, data, story.lead!, names)]),
          ...(caption ? { caption } : {}),
        },
      }),
    };
  });
  // Keep only the detail the story's views can show: full detail near Laiza and Muse, far less in Laos.
  // The lead maps' views count too: an area only the lead map highlights still needs its outline.
  const allStates = models.flatMap((m): MapState[] => [...m.states, ...(m.lead?.map.states ?? [])]);
  const zones = detailZones(allStates.map((st) => st.bounds));
  const simplified = simplifyForViews(topo, zones);
  // A highlighted area needs only the detail of the steps that highlight it.
  const areaTopos = new Map<string, RegionTopology>();
  for (const id of new Set(allStates.flatMap((st) => st.highlight.areas))) {
    const views = allStates.filter((st) => st.highlight.areas.includes(id)).map((st) => st.bounds);
    areaTopos.set(id, simplifyForViews(topo, detailZones(views)));
  }
  const base = buildBaseLayers(simplified, projection, areaTopos, simplifyForViews(topo, zones, RIVER_MIN_AREA_PX));
  cached = { data, base, stories: models };
  return cached;
}

/** The model of one story by slug. */
export function storyModel(slug: string): StoryModel {
  const m = loadSite().stories.find((s) => s.slug === slug);
  if (!m) throw new Error(`No story "${slug}" in ${CONTENT_PATHS.stories}`);
  return m;
}
