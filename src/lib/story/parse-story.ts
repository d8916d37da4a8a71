/** Reads a story's MDX source: frontmatter, chapters and `<Step>` specs, with located problems. */
import type { Problem } from '../problems/problems';
import { CHAPTER_PROPS, toStepSpec } from './step-spec';
import { lineOf, parseMdxTree, textOf, walk, type MdNode } from './mdx-tree';
import { parseFrontmatter } from './frontmatter';
import { STORY_COMPONENTS, structureProblems } from './story-rules';
import { storyLinks, type StoryImage, type StoryLink } from './links';
import { storyTextProblems } from './story-text';
import { emptyStory, type ParsedStory } from './parsed-story';

export { STORY_COMPONENTS };
export type { StoryLink, StoryImage, ParsedStory };

/** What parseStory needs from outside the story's text. */
export interface StoryContext {
  /** Whether a project file (e.g. content/stories/map.png) exists, for images. */
  exists?: (file: string) => boolean;
}

/** Parses MDX text; never throws: syntax errors become problems. */
export function parseStory(
  file: string,
  text: string,
  context: StoryContext = {},
): { story: ParsedStory; problems: Problem[] } {
  const problems: Problem[] = [];
  const story = emptyStory(file);
  const parsed = parseMdxTree(text);
  if ('error' in parsed) {
    const { line, reason } = parsed.error;
    // Curly quotes around a prop (a word processor's "smart quotes") are the usual cause of a broken tag.
    const curly = line !== undefined && /=\s*[“”‘’]/.test(text.split('\n')[line - 1] ?? '');
    problems.push({
      file,
      item: line ? `line ${line}` : '',
      field: '',
      message: `is not valid MDX: ${reason}`,
      hint: curly
        ? 'props need straight quotes: id="the-coup", not id=“the-coup” (turn off "smart quotes" in your editor)'
        : 'check for an unclosed <Step>, a stray "<" or a missing quote; to write a brace or "<" as text, put a backslash before it: \\{ \\<',
    });
    return { story, problems };
  }
  const tree = parsed.tree;
  story.parsed = true;

  const yaml = tree.children?.[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yaml) {
    const opened = /^\uFEFF?\s*---\s*$/m.exec(text.split('\n')[0] ?? '');
    if (opened)
      problems.push({
        file,
        item: 'frontmatter',
        field: '',
        message: 'has no closing --- line',
        hint: 'end the frontmatter with a line of three hyphens, ---, before the story text',
      });
    else if (tree.children?.[0]?.type !== 'toml')
      problems.push({
        file,
        item: 'frontmatter',
        field: '',
        message: 'is missing',
        hint: 'start the file with --- title: … ---',
      });
  } else {
    const { value, problem } = parseFrontmatter(file, String(yaml.value ?? ''), lineOf(yaml));
    if (problem) problems.push(problem);
    else {
      story.frontmatter = value;
      story.frontmatterRead = true;
    }
  }

  problems.push(...structureProblems(file, tree));
  const links = storyLinks(file, tree, context.exists ?? (() => false));
  story.links = links.links;
  story.images = links.images;
  problems.push(...links.problems);
  problems.push(...componentProblems(file, tree, story));
  problems.push(...storyTextProblems(file, tree, story));
  return { story, problems };
}

/** Reads every <Step> and <Chapter>'s props into the story, reporting props that are not plain quoted strings. */
function componentProblems(file: string, tree: MdNode, story: ParsedStory): Problem[] {
  const problems: Problem[] = [];
  let chapter: string | undefined;
  walk(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return true;
    const name = node.name ?? '';
    if (!(STORY_COMPONENTS as readonly string[]).includes(name)) return true;
    const line = lineOf(node);
    const item = name === 'Step' ? `step ${story.steps.length + 1} (line ${line})` : `<${name}> (line ${line})`;
    const attrs: Record<string, string> = {};
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) {
        problems.push({
          file,
          item,
          field: '',
          message: 'has a {…} spread, which steps do not accept',
          hint: 'write each prop as name="value"',
        });
        continue;
      }
      if (typeof a.value !== 'string') {
        problems.push({
          file,
          item,
          field: a.name,
          message: a.value == null ? 'has no value' : 'must be a quoted string, not a {…} expression',
          hint: 'write lists as space-separated ids, e.g. places="laiza muse"',
        });
        continue;
      }
      if (a.name in attrs)
        problems.push({
          file,
          item,
          field: a.name,
          message: 'is given twice; only the second would count',
          hint: 'keep one, with every id in it',
        });
      attrs[a.name] = a.value;
    }
    if (name === 'Chapter') {
      for (const k of Object.keys(attrs)) {
        if (!(CHAPTER_PROPS as readonly string[]).includes(k))
          problems.push({ file, item, field: k, message: 'is not a prop of <Chapter>', hint: 'use title="…"' });
      }
      if (!attrs.title?.trim())
        problems.push({
          file,
          item,
          field: 'title',
          message: 'is missing',
          hint: '<Chapter title="The rail corridor" />',
        });
      else {
        chapter = attrs.title.trim();
        story.chapters.push(chapter);
      }
    } else {
      let picture = false;
      walk(node, (n) => {
        if (n.type === 'image' || n.type === 'imageReference') picture = true;
      });
      if (!textOf(node).trim() && !picture)
        problems.push({
          file,
          item: attrs.id ? `step "${attrs.id.trim()}"` : item,
          field: '',
          message: 'has no text, so its card would be empty',
          hint: 'write the text between <Step …> and </Step>, with an empty line after the opening tag and before the closing one',
        });
      const { spec, problems: p } = toStepSpec(attrs, {
        file,
        line,
        index: story.steps.length,
        ...(chapter ? { chapter } : {}),
      });
      problems.push(...p);
      // The first paragraph's words, for the step menu's label.
      const first = node.children?.find((n) => n.type === 'paragraph');
      const text = first ? textOf(first).trim() : '';
      if (spec) story.steps.push(text ? { ...spec, text } : spec);
    }
    return true;
  });
  return problems;
}
