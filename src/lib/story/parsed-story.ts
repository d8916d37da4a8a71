/** What reading a story file gives: its frontmatter, steps, chapters, links and images. */
import type { StepSpec } from './step-spec';
import type { StoryImage, StoryLink } from './links';
import { DEFAULT_LANG, type Lang } from '../i18n/locale';

/** What a story file declares, before checking against the data. */
export interface ParsedStory {
  file: string;
  frontmatter: unknown;
  /** False when the MDX could not be parsed at all. */
  parsed: boolean;
  /** False when the frontmatter could not be read (so what it says, e.g. `home: true`, is unknown). */
  frontmatterRead: boolean;
  steps: StepSpec[];
  chapters: string[];
  /** Every link in the text, for the sources list. */
  links: StoryLink[];
  images: StoryImage[];
  /** The lead map from the frontmatter's `lead`, read as a step (set once the frontmatter has passed its schema). */
  lead?: StepSpec;
  /** The story's language (frontmatter `lang`, set once the frontmatter has passed its schema). */
  lang: Lang;
}

/** A story with nothing read yet: not parsed, no frontmatter, no steps. */
export function emptyStory(file: string): ParsedStory {
  return {
    file,
    frontmatter: undefined,
    parsed: false,
    frontmatterRead: false,
    steps: [],
    chapters: [],
    links: [],
    images: [],
    lang: DEFAULT_LANG,
  };
}
