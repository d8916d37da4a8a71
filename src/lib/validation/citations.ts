/** Where each source is cited (file, item, field), and the checks that keep a story's sources dated and named alike. */
import type { Problem } from '../problems/problems';
import type { Source, StoryFrontmatter } from '../data/schemas';
import type { StoryData } from '../data/story-data';
import type { StoryLink } from '../story/parse-story';
import type { StepSpec } from '../story/step-spec';
import { shownIds } from '../story/shown-data';
import { dataCitations, type Citation } from '../data/data-citations';

/** A story as the citation checks need it: its file, steps, text links and valid frontmatter. */
export interface CitingStory {
  file: string;
  steps: readonly StepSpec[];
  links: readonly StoryLink[];
  frontmatter: StoryFrontmatter;
}

/** A story's frontmatter `sources` as citations. */
export function frontmatterCitations(file: string, sources: readonly Source[]): Citation[] {
  return sources.map((source, i) => ({ source, file, item: 'frontmatter', field: `sources[${i}]` }));
}

const isWebLink = (l: StoryLink) => /^https?:/.test(l.url);

/** The story's web links resolved to registered sources; a link to an unregistered address is a problem. */
export function linkCitations(
  file: string,
  links: readonly StoryLink[],
  registry: ReadonlyMap<string, Citation>,
): { citations: Citation[]; problems: Problem[] } {
  const citations: Citation[] = [];
  const problems: Problem[] = [];
  for (const l of links.filter(isWebLink)) {
    const item = `link "${l.text}" (line ${l.line})`;
    const known = registry.get(l.url);
    if (known) citations.push({ source: known.source, file, item, field: '' });
    else
      problems.push({
        file,
        item,
        field: 'url',
        message: `"${l.url}" is not a listed source`,
        hint: "add it to the frontmatter's sources with its name and published date, or to the data item it supports",
      });
  }
  return { citations, problems };
}

/** Citations of sources published after the story was last updated. */
export function lateCitations(storyFile: string, updated: string, citations: readonly Citation[]): Problem[] {
  return citations
    .filter((c) => c.source.published > updated)
    .map((c) => ({
      file: c.file,
      item: c.item,
      field: c.field,
      message: `"${c.source.name}" was published ${c.source.published}, after ${storyFile} was last updated (${updated})`,
      hint: "cite a source published by that date, or move the story's updated date forward and add an update note",
    }));
}

/** Citations of one address under another name or date than its first citation: a source is one entry. */
export function inconsistentCitations(citations: readonly Citation[]): Problem[] {
  const first = new Map<string, Citation>();
  const problems: Problem[] = [];
  for (const c of citations) {
    const f = first.get(c.source.url);
    if (!f) {
      first.set(c.source.url, c);
      continue;
    }
    const what =
      f.source.name !== c.source.name
        ? `"${c.source.name}"`
        : c.source.published !== f.source.published
          ? `published ${c.source.published}`
          : undefined;
    if (what) {
      problems.push({
        file: c.file,
        item: c.item,
        field: c.field,
        message: `cites ${c.source.url} as ${what}, but ${f.item} in ${f.file} has "${f.source.name}", published ${f.source.published}`,
        hint: 'one source, one entry: give it the same name and published date everywhere',
      });
    }
  }
  return problems;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Citations whose name shows a date ("The Irrawaddy, 20 Oct 2023") other than their published date. */
export function misdatedNames(citations: readonly Citation[]): Problem[] {
  const problems: Problem[] = [];
  for (const c of citations) {
    const m = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/.exec(c.source.name);
    if (!m) continue;
    const iso = `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (iso !== c.source.published) {
      problems.push({
        file: c.file,
        item: c.item,
        field: `${c.field}.published`,
        message: `${c.source.published} differs from the date in the name "${c.source.name}"`,
        hint: 'correct one of them',
      });
    }
  }
  return problems;
}

/** Every citation check over the data and the stories: dated by each story's date, one entry per source, every link listed. */
export function checkCitations(data: StoryData, stories: readonly CitingStory[]): Problem[] {
  const all = [...stories.flatMap((s) => frontmatterCitations(s.file, s.frontmatter.sources)), ...dataCitations(data)];
  const registry = new Map<string, Citation>();
  for (const c of all) if (!registry.has(c.source.url)) registry.set(c.source.url, c);
  const problems = [...inconsistentCitations(all), ...misdatedNames(all)];
  for (const s of stories) {
    const own = frontmatterCitations(s.file, s.frontmatter.sources);
    const linked = linkCitations(s.file, s.links, registry);
    problems.push(...linked.problems);
    const linkedUrls = new Set(s.links.map((l) => l.url));
    for (const c of own) {
      if (!linkedUrls.has(c.source.url))
        problems.push({
          file: c.file,
          item: c.item,
          field: c.field,
          message: `${c.source.url} is not linked from the text`,
          hint: 'remove it, or cite it in the sentence it supports',
        });
    }
    const cited = [...own, ...linked.citations, ...dataCitations(data, shownIds(s.steps, data))];
    // An updated date before published is reported on its own; the later date is the one the story stands by.
    const asOf = [s.frontmatter.published, s.frontmatter.updated ?? ''].sort().at(-1)!;
    problems.push(...lateCitations(s.file, asOf, cited));
  }
  return problems;
}
