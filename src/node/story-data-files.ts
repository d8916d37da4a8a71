/** The data files each story publishes beside its page, from the validated data (see src/lib/exports/data-files.ts). */
import { loadSite, storyModel } from './story-render';
import { shownIds } from '../lib/story/shown-data';
import { dataDir, storyDataFiles, type DataFile } from '../lib/exports/data-files';

/** A story's data files and the site path of each (`<slug>/data/<name>`, under the base path once sitePath adds it). */
export function dataFilesOf(slug: string): (DataFile & { path: string })[] {
  const data = loadSite().data;
  const story = storyModel(slug);
  return storyDataFiles(data, shownIds(story.story.steps, data)).map((f) => ({
    ...f,
    path: `${dataDir(slug)}/${f.name}`,
  }));
}
