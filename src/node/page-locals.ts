/** The story a page is rendering, shared with the components its MDX renders (via Astro.locals). */
import type { StoryModel, SiteModel } from './story-render';

/** What a story page puts in Astro.locals for its <Step> components. */
export interface StoryLocals {
  site: SiteModel;
  story: StoryModel;
}

/** Reads the story locals, failing loudly if a component renders outside a story page. */
export function storyLocals(locals: object): StoryLocals {
  const l = (locals as { story?: StoryLocals }).story;
  if (!l) throw new Error('<Step> and <Chapter> can only be used in a story under content/stories/');
  return l;
}
