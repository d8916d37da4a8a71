/** Reads a story's MDX source: frontmatter, chapters and `<Step>` specs, with located problems. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Problem } from '../data/problems';
import { didYouMean } from '../data/suggest';
import { CHAPTER_PROPS, toStepSpec, type StepSpec } from './step-spec';

/** Components an editor may use in a story. */
export const STORY_COMPONENTS = ['Step', 'Chapter'] as const;

/** What a story file declares, before checking against the data. */
export interface ParsedStory {
  file: string;
  frontmatter: unknown;
  /** False when the MDX could not be parsed at all. */
  parsed: boolean;
  steps: StepSpec[];
  chapters: string[];
  /** Every link in the text, for the sources list. */
  links: StoryLink[];
  /** The lead map from the frontmatter's `lead`, read as a step (set once the frontmatter has passed its schema). */
  lead?: StepSpec;
}

/** A link in the story text. */
export interface StoryLink {
  text: string;
  url: string;
  line: number;
}

/** Plain text of an mdast node. */
function textOf(node: { value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c as { value?: unknown; children?: unknown[] })).join('');
}

interface JsxAttr {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: string;
  name: string | null;
  attributes: JsxAttr[];
  position?: { start: { line: number } };
}

/** Parses MDX text; never throws: syntax errors become problems. */
export function parseStory(file: string, text: string): { story: ParsedStory; problems: Problem[] } {
  const problems: Problem[] = [];
  const story: ParsedStory = { file, frontmatter: undefined, parsed: false, steps: [], chapters: [], links: [] };
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(text);
  } catch (err) {
    const e = err as { message?: string; reason?: string; line?: number; place?: { line?: number } };
    // micromark puts the position in the reason, e.g. "Expected a closing tag for `<Step>` (19:1-19:108)".
    const posInReason = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(e.reason ?? '');
    const line = e.line ?? e.place?.line ?? (posInReason ? Number(posInReason[1]) : undefined);
    problems.push({
      file,
      item: line ? `line ${line}` : '',
      field: '',
      message: `is not valid MDX: ${e.reason ?? e.message ?? String(err)}`,
      hint: 'check for an unclosed <Step>, a stray "<" or "{" in the text, or a missing quote',
    });
    return { story, problems };
  }
  story.parsed = true;

  const yamlNode = tree.children.find((n) => n.type === 'yaml') as { value: string } | undefined;
  if (!yamlNode) {
    problems.push({ file, item: 'frontmatter', field: '', message: 'is missing', hint: 'start the file with --- title: … ---' });
  } else {
    try {
      story.frontmatter = parseYaml(yamlNode.value) ?? {};
    } catch (err) {
      const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
      problems.push({ file, item: 'frontmatter', field: '', message: `is not valid YAML: ${msg}` });
    }
  }

  let chapter: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'link') {
      const link = node as unknown as { url: string; children: unknown[]; position?: { start: { line: number } } };
      const line = link.position?.start.line ?? 0;
      story.links.push({ text: textOf(link as never), url: link.url, line });
      if (!/^(https?:\/\/[^\s]+|#[\w-]+|\/[^\s]*)$/.test(link.url)) {
        problems.push({ file, item: `link "${textOf(link as never)}" (line ${line})`, field: 'url', message: `"${link.url}" is not a web address`, hint: 'source links must start with https:// (or http://)' });
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as unknown as JsxNode;
    const line = el.position?.start.line ?? 0;
    const name = el.name ?? '';
    const attrs: Record<string, string> = {};
    const item = name === 'Step' ? `step ${story.steps.length + 1} (line ${line})` : `<${name || 'fragment'}> (line ${line})`;
    for (const a of el.attributes) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) {
        problems.push({ file, item, field: '', message: 'has a {…} spread, which steps do not accept', hint: 'write each prop as name="value"' });
        continue;
      }
      if (typeof a.value !== 'string') {
        problems.push({
          file, item, field: a.name,
          message: a.value == null ? 'has no value' : 'must be a quoted string, not a {…} expression',
          hint: 'write lists as space-separated ids, e.g. places="laiza muse"',
        });
        continue;
      }
      attrs[a.name] = a.value;
    }
    if (name === 'Chapter') {
      for (const k of Object.keys(attrs)) {
        if (!(CHAPTER_PROPS as readonly string[]).includes(k)) {
          problems.push({ file, item, field: k, message: 'is not a prop of <Chapter>', hint: 'use title="…"' });
        }
      }
      if (!attrs.title?.trim()) problems.push({ file, item, field: 'title', message: 'is missing', hint: '<Chapter title="The rail corridor" />' });
      else {
        chapter = attrs.title.trim();
        story.chapters.push(chapter);
      }
    } else if (name === 'Step') {
      const { spec, problems: p } = toStepSpec(attrs, { file, line, index: story.steps.length, ...(chapter ? { chapter } : {}) });
      problems.push(...p);
      if (spec) story.steps.push(spec);
    } else {
      problems.push({
        file, item, field: '',
        message: `uses an unknown component <${name}>`,
        hint: didYouMean(name, STORY_COMPONENTS) ?? `stories may use ${STORY_COMPONENTS.map((c) => `<${c}>`).join(' and ')}`,
      });
    }
  });
  return { story, problems };
}
