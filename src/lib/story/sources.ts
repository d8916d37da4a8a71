/** Every source a story's page cites, from its text links and the data it shows, one entry per address. */
import type { StoryData } from '../data/story-data';
import { dataCitations, type Citation } from '../data/data-citations';
import type { ParsedStory } from './parse-story';
import { shownIds } from './shown-data';
import type { ChromeStrings } from '../i18n/locale';

/** One cited address with the name it is listed under and what cites it. */
export interface SourceEntry {
  url: string;
  names: string[];
  /** The names the frontmatter or the data give it (the rest are the texts of links that match no listed source). */
  dataNames: string[];
  usedFor: string[];
}

/** The `sources` of a story's raw frontmatter, as far as they name and link a source. */
function frontmatterSources(frontmatter: unknown): { name: string; url: string }[] {
  const list = (frontmatter as { sources?: unknown } | undefined)?.sources;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (s): s is { name: string; url: string } => typeof s?.name === 'string' && typeof s?.url === 'string',
  );
}

const usedFor = (c: Citation, data: StoryData, words: ChromeStrings['notes']['usedFor']): string => {
  const id = /"(.+)"/.exec(c.item)?.[1] ?? '';
  if (c.item.startsWith('place'))
    return `${words.place}: ${data.places.find((p) => p.id === id)?.properties.name ?? id}`;
  if (c.item.startsWith('segment'))
    return `${words.railway}: ${data.segments.find((s) => s.id === id)?.properties.name ?? id}`;
  return `${words.event}: ${data.events.find((e) => e.id === id)?.properties.title ?? id}`;
};

/**
 * Sources of the story's text links, listed under the name their source entry gives (never the link text), and of
 * every place, segment and event the story shows; sorted by name.
 */
export function collectSources(
  story: Pick<ParsedStory, 'links' | 'steps' | 'frontmatter'>,
  data: StoryData,
  t: Pick<ChromeStrings, 'notes'>,
): SourceEntry[] {
  const words = t.notes.usedFor;
  const names = new Map<string, string>();
  for (const s of frontmatterSources(story.frontmatter)) if (!names.has(s.url)) names.set(s.url, s.name);
  for (const c of dataCitations(data)) if (!names.has(c.source.url)) names.set(c.source.url, c.source.name);
  const byUrl = new Map<string, SourceEntry>();
  const add = (url: string, name: string, use: string, listed: boolean) => {
    const e = byUrl.get(url) ?? { url, names: [], dataNames: [], usedFor: [] };
    if (!e.names.includes(name)) e.names.push(name);
    if (listed && !e.dataNames.includes(name)) e.dataNames.push(name);
    if (!e.usedFor.includes(use)) e.usedFor.push(use);
    byUrl.set(url, e);
  };
  for (const l of story.links)
    if (/^https?:/.test(l.url)) add(l.url, names.get(l.url) ?? l.text, words.storyText, names.has(l.url));
  for (const c of dataCitations(data, shownIds(story.steps, data)))
    add(c.source.url, c.source.name, usedFor(c, data, words), true);
  return [...byUrl.values()].sort((a, b) => a.names[0]!.localeCompare(b.names[0]!) || a.url.localeCompare(b.url));
}
