/** Links within a story's page (`#friday-20-october`) must lead somewhere on that page. */
import type { Problem } from '../problems/problems';
import { didYouMean } from '../problems/suggest';
import { PAGE_IDS, chapterId, dayId } from './page-ids';
import type { ParsedStory } from './parse-story';

/** The ids a link on this story's page can point at: its steps, chapters and the sections after the story. */
export function pageAnchors(story: ParsedStory, eventDates: readonly string[]): Set<string> {
  const anchors = new Set<string>([
    PAGE_IDS.main,
    PAGE_IDS.afterStory,
    PAGE_IDS.sources,
    PAGE_IDS.notesReading,
    PAGE_IDS.notesMapData,
    PAGE_IDS.notesData,
    PAGE_IDS.notesSources,
  ]);
  for (const s of story.steps) anchors.add(s.id);
  for (const c of story.chapters) anchors.add(chapterId(c));
  // "All events" is on the page when a step shows events by date (see StoryPage.astro).
  if (story.steps.some((s) => s.until !== undefined)) {
    anchors.add(PAGE_IDS.allEvents);
    for (const d of eventDates) anchors.add(dayId(d));
  }
  return anchors;
}

/** Problems for `#…` links that lead nowhere on the story's page. */
export function anchorProblems(story: ParsedStory, eventDates: readonly string[]): Problem[] {
  const anchors = pageAnchors(story, eventDates);
  const problems: Problem[] = [];
  for (const link of story.links) {
    if (!link.url.startsWith('#') || link.url === '#') continue;
    let id = link.url.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // a stray % stays as written
    }
    if (anchors.has(id)) continue;
    const text = link.text.length > 40 ? `${link.text.slice(0, 39)}…` : link.text;
    problems.push({
      file: story.file,
      item: `link "${text}" (line ${link.line})`,
      field: 'url',
      message: `"${link.url}" is not a step or section of this page`,
      hint:
        didYouMean(id, anchors) ??
        `link to a step by its id (e.g. #${story.steps[0]?.id ?? 'step-id'}), or to #${PAGE_IDS.sources}`,
    });
  }
  return problems;
}
