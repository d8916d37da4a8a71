/**
 * The live map's model as a file of its own beside the page (fetched by the browser once the page has been painted),
 * named by its content so that a page never meets another build's model.
 */
import { createHash } from 'node:crypto';
import type { StoryModel } from './story-render';
import type { LayoutModel } from '../lib/map/map-model';

/** Folder of the model files under the site's base path. */
export const MODEL_DIR = 'map-model';

/** What the browser needs of a story's map model: everything but the texts, which the page already holds, and the shapes, which its defs hold. */
export function clientModel(story: StoryModel): LayoutModel {
  const { texts: _texts, dateLabels: _dates, shapes: _shapes, ...model } = story.map;
  return model;
}

/** The model file's JSON and its name, `<slug>.<first 10 hex digits of its SHA-256>`. */
export function modelFile(story: StoryModel): { name: string; json: string } {
  const json = JSON.stringify(clientModel(story));
  return { name: `${story.slug}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}`, json };
}
