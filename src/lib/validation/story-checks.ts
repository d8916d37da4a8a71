/** Checks of the story files as a set: their names, their frontmatter, which one is the front page, stray files. */
import type { Problem } from '../problems/problems';
import { schemaProblems } from '../data/parse-geojson';
import { storyFrontmatterSchema, type StoryFrontmatter } from '../data/schemas';
import { limitProblems } from '../data/limits';
import { unsafeValueProblems } from '../data/unsafe-text';
import type { ParsedStory } from '../story/parse-story';
import { IMAGE_EXTENSIONS } from '../story/links';

/** Where stories live, relative to the project root. */
export const STORIES_DIR = 'content/stories';

/** Slug of a story file: its name without directory and extension. */
export function storySlug(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
}

/** Problems of one story's frontmatter and file name; returns the frontmatter when it is valid. */
export function frontmatterProblems(story: ParsedStory): { problems: Problem[]; frontmatter?: StoryFrontmatter } {
  const { file } = story;
  const problems: Problem[] = [];
  const slug = storySlug(file);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.push({
      file,
      item: '',
      field: '',
      message: `file name "${slug}" must be kebab-case`,
      hint: 'it becomes the page address, e.g. rail-corridor.mdx → /rail-corridor/',
    });
  }
  if (story.parsed && story.steps.length === 0)
    problems.push({
      file,
      item: '',
      field: '',
      message: 'has no <Step> blocks',
      hint: 'a story needs at least one <Step id="…" view="…">',
    });
  if (!story.frontmatterRead) return { problems };
  problems.push(...schemaProblems(file, 'frontmatter', storyFrontmatterSchema, story.frontmatter));
  problems.push(
    ...limitProblems(file, 'frontmatter', story.frontmatter),
    ...unsafeValueProblems(file, 'frontmatter', story.frontmatter),
  );
  const fm = storyFrontmatterSchema.safeParse(story.frontmatter);
  if (!fm.success) return { problems };
  if (fm.data.updated && fm.data.updated < fm.data.published) {
    problems.push({
      file,
      item: 'frontmatter',
      field: 'updated',
      message: `${fm.data.updated} is before published (${fm.data.published})`,
    });
  }
  return { problems, frontmatter: fm.data };
}

/** Exactly one story is the front page; unknown while a story's frontmatter cannot be read. */
export function homeProblems(stories: readonly ParsedStory[]): Problem[] {
  if (stories.length === 0 || !stories.every((s) => s.parsed && s.frontmatterRead)) return [];
  // A home that is not true or false (home: "true") is reported by the frontmatter check; counting it would repeat it.
  if (
    stories.some(
      (s) => !['boolean', 'undefined'].includes(typeof (s.frontmatter as { home?: unknown } | undefined)?.home),
    )
  )
    return [];
  const homes = stories.filter((s) => (s.frontmatter as { home?: unknown } | undefined)?.home === true);
  if (homes.length === 1) return [];
  return [
    {
      file: homes[1]?.file ?? stories[0]!.file,
      item: 'frontmatter',
      field: 'home',
      message:
        homes.length === 0
          ? 'no story is marked home: true'
          : `is true in ${homes.length} stories (${homes.map((h) => h.file).join(', ')})`,
      hint: 'exactly one story is the front page',
    },
  ];
}

/** Files under content/ that the build would ignore although an editor may think it uses them. */
export function strayFileProblems(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const name = file.replace(/^.*\//, '');
    const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    const inStories = file.startsWith(`${STORIES_DIR}/`) && !file.slice(STORIES_DIR.length + 1).includes('/');
    if (inStories && ['md', 'markdown', 'mdown', 'txt'].includes(ext)) {
      problems.push({
        file,
        item: '',
        field: '',
        message: 'is not a story: only .mdx files become pages',
        hint: `rename it to ${name.replace(/\.[^.]+$/, '.mdx')}`,
      });
    } else if (inStories && ext === 'mdx') {
      problems.push({
        file,
        item: '',
        field: '',
        message: `has its extension in capitals (.${name.split('.').pop()}), so the build does not read it`,
        hint: `rename it to ${name.replace(/\.mdx$/i, '.mdx')}`,
      });
    } else if (ext === 'mdx' || (ext === 'md' && !/^readme\.md$/i.test(name))) {
      problems.push({
        file,
        item: '',
        field: '',
        message: `is not in ${STORIES_DIR}/, so it does not become a page`,
        hint: `move it to ${STORIES_DIR}/${name.replace(/\.md$/i, '.mdx')}`,
      });
    } else if (inStories && !(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
      problems.push({
        file,
        item: '',
        field: '',
        message: `is neither a story (.mdx) nor a picture (${IMAGE_EXTENSIONS.join(', ')})`,
        hint: `keep only stories and their pictures in ${STORIES_DIR}/`,
      });
    }
  }
  return problems;
}
