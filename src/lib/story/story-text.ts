/** The story's words: no invisible characters, cards and chapter titles that fit, chapters with distinct addresses. */
import type { Problem } from '../problems/problems';
import { unsafeTextMessage } from '../data/unsafe-text';
import { CHAPTER_TITLE_LIMIT, COUNT_LIMITS, STEP_TEXT_LIMIT, charCount, tooLong, tooMany } from '../data/limits';
import { lineOf, textOf, walk, type MdNode } from './mdx-tree';
import { chapterId, chapterSlug } from './page-ids';
import type { ParsedStory } from './parsed-story';

/** Texts a node carries, each with the line it starts on. */
function textsOf(node: MdNode): { text: string; line: number }[] {
  const line = lineOf(node);
  const out: { text: string; line: number }[] = [];
  if (typeof node.value === 'string' && node.type !== 'yaml') out.push({ text: node.value, line });
  for (const t of [node.alt, node.title, node.url]) if (typeof t === 'string') out.push({ text: t, line });
  for (const a of node.attributes ?? []) if (typeof a.value === 'string') out.push({ text: a.value, line });
  return out;
}

/** Problems with the story's words (the frontmatter's are checked with the data's rules). */
export function storyTextProblems(file: string, tree: MdNode, story: ParsedStory): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node) => {
    for (const { text, line } of textsOf(node)) {
      const found = unsafeTextMessage(text);
      if (!found) continue;
      const at = line + (text.slice(0, found.index).match(/\n/g)?.length ?? 0);
      problems.push({ file, item: `line ${at}`, field: '', message: `the text ${found.message}`, hint: found.hint });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Step') {
      const id = node.attributes?.find((a) => a.name === 'id')?.value;
      const item = typeof id === 'string' ? `step "${id}"` : `step (line ${lineOf(node)})`;
      const p = tooLong(charCount(textOf(node).trim()), STEP_TEXT_LIMIT);
      if (p)
        problems.push({
          file,
          item,
          field: 'text',
          ...p,
          hint: 'a step is one card beside the map: split it into two steps',
        });
    }
    return true;
  });

  const byAnchor = new Map<string, string>();
  for (const title of story.chapters) {
    const item = `<Chapter title="${title.length > 40 ? `${title.slice(0, 39)}…` : title}">`;
    const long = tooLong(charCount(title), CHAPTER_TITLE_LIMIT);
    if (long) problems.push({ file, item, field: 'title', ...long });
    if (!chapterSlug(title)) {
      problems.push({
        file,
        item,
        field: 'title',
        message: 'has no Latin letters or digits, so the chapter gets no web address of its own',
        hint: 'add a word in Latin letters, e.g. the place name',
      });
      continue;
    }
    const anchor = chapterId(title);
    const first = byAnchor.get(anchor);
    if (first !== undefined) {
      problems.push({
        file,
        item,
        field: 'title',
        message: `gives the same web address (#${anchor}) as the chapter "${first}"`,
        hint: 'give each chapter a different title',
      });
    } else byAnchor.set(anchor, title);
  }
  const many = tooMany(story.steps.length, COUNT_LIMITS.steps, 'steps');
  if (many)
    problems.push({
      file,
      item: '',
      field: '',
      ...many,
      hint: 'every step adds a map to the page: split the story in two',
    });
  return problems;
}
