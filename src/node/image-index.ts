/** The index of a story's map pictures (`<slug>/images/`), as the JSON file and the HTML page list it. */
import { storyModel } from './story-render';
import { imageIndex, imagesDir, type ImageIndexEntry } from '../lib/map/step-images';

/** A story's pictures with what the index says about the story. */
export interface StoryImages {
  slug: string;
  title: string;
  /** Site path of the story's page (empty for the front page). */
  storyPath: string;
  /** Site path of the pictures' folder, with a trailing slash. */
  dir: string;
  images: ImageIndexEntry[];
}

/** Every picture of story `slug`: each step at each size, with its text alternative. */
export function storyImages(slug: string): StoryImages {
  const story = storyModel(slug);
  const fm = story.story.frontmatter as { title?: string; home?: boolean };
  return {
    slug,
    title: fm.title ?? slug,
    storyPath: fm.home ? '' : `${slug}/`,
    dir: `${imagesDir(slug)}/`,
    images: imageIndex(
      story.states.map((s) => s.stepId),
      story.map.texts,
    ),
  };
}
