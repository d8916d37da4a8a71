/** Every source the story cites, from its text and its data, grouped by address. */
import type { StoryData } from '../data/cross-check';
import type { StoryLink } from './parse-story';

/** One cited address with the names it is cited under and what cites it. */
export interface SourceEntry {
  url: string;
  names: string[];
  /** The names the data gives it (the rest are the texts of links in the story, such as "AFP reported"). */
  dataNames: string[];
  usedFor: string[];
}

/** What `usedFor` says of a source the story's text links to. */
export const STORY_TEXT = 'story text';

/** Sources of the story's text links and of every place, segment and event it can show, sorted by name. */
export function collectSources(links: readonly StoryLink[], data: StoryData): SourceEntry[] {
  const byUrl = new Map<string, SourceEntry>();
  const add = (url: string, name: string, usedFor: string) => {
    const e = byUrl.get(url) ?? { url, names: [], dataNames: [], usedFor: [] };
    if (!e.names.includes(name)) e.names.push(name);
    if (usedFor !== STORY_TEXT && !e.dataNames.includes(name)) e.dataNames.push(name);
    if (!e.usedFor.includes(usedFor)) e.usedFor.push(usedFor);
    byUrl.set(url, e);
  };
  for (const l of links) if (/^https?:/.test(l.url)) add(l.url, l.text, STORY_TEXT);
  for (const p of data.places) for (const s of p.properties.sources) add(s.url, s.name, `place: ${p.properties.name}`);
  for (const g of data.segments) {
    for (const s of g.properties.sources) add(s.url, s.name, `railway: ${g.properties.name}`);
    for (const f of g.properties.figures ?? []) add(f.source.url, f.source.name, `railway: ${g.properties.name}`);
  }
  for (const e of data.events) {
    for (const s of e.properties.sources) add(s.url, s.name, `event: ${e.properties.title}`);
    for (const f of e.properties.figures ?? []) add(f.source.url, f.source.name, `event: ${e.properties.title}`);
    for (const c of e.properties.claims ?? []) add(c.source.url, c.source.name, `event: ${e.properties.title}`);
  }
  return [...byUrl.values()].sort((a, b) => a.names[0]!.localeCompare(b.names[0]!) || a.url.localeCompare(b.url));
}
