/** What a story may contain: the documented components and plain Markdown, never code. One check per kind of node. */
import type { Problem } from '../problems/problems';
import { didYouMean } from '../problems/suggest';
import { lineOf, textOf, walk, type MdNode } from './mdx-tree';

/** Components an editor may use in a story. */
export const STORY_COMPONENTS = ['Step', 'Chapter'] as const;

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Longest piece of an offending text quoted back in a message. */
const QUOTE_MAX = 60;

/** `text` on one line and cut to a readable length. */
export function excerpt(text: string, max = QUOTE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** True when an MDX expression holds nothing but comments, e.g. `{/* note to editors *\/}`: it renders nothing. */
function onlyComments(code: string): boolean {
  return (
    code
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

const isJsx = (n: MdNode, name?: string) => JSX.has(n.type) && (name === undefined || n.name === name);

/** Every problem with the kinds of node in a story's tree; components' props are checked elsewhere. */
export function structureProblems(file: string, tree: MdNode): Problem[] {
  const problems: Problem[] = [];
  const at = (node: MdNode, message: string, hint: string, item = `line ${lineOf(node)}`) =>
    problems.push({ file, item, field: '', message, hint });

  walk(tree, (node, ancestors) => {
    const value = typeof node.value === 'string' ? node.value : '';
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*export\b/.test(value) ? 'an export' : 'an import';
        at(
          node,
          `${excerpt(value)} is code (${kind}), which stories may not contain`,
          `delete it: a story uses only ${STORY_COMPONENTS.map((c) => `<${c}>`).join(' and ')} and plain Markdown, and needs no imports`,
        );
        return false;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!onlyComments(value)) {
          at(
            node,
            `{${excerpt(value)}} is a code expression, which stories may not contain`,
            `to show the braces as text, write \\{${excerpt(value, 20)}\\}; for a note that readers do not see, write {/* note */}`,
          );
        }
        return false;
      case 'heading':
        at(
          node,
          `"${'#'.repeat(node.depth ?? 1)} ${excerpt(textOf(node))}" is a Markdown heading, which stories do not use`,
          `start a section with <Chapter title="${excerpt(textOf(node), 40)}" />; inside a step, use **bold** text`,
        );
        return false;
      case 'footnoteReference':
      case 'footnoteDefinition':
        at(
          node,
          `the footnote [^${node.identifier ?? ''}] is not supported`,
          'cite the source in the sentence, as a link: [The Irrawaddy](https://…)',
        );
        return false;
      case 'toml':
        at(
          node,
          'the frontmatter is written in TOML (+++)',
          'write it in YAML between --- lines, e.g. ---\\ntitle: "…"\\n---',
        );
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        componentPlacement(node, ancestors, (message, hint) =>
          at(node, message, hint, `<${node.name ?? 'fragment'}> (line ${lineOf(node)})`),
        );
        return true;
      default:
        return true;
    }
  });
  return problems;
}

/** Where a component may stand: <Step> and <Chapter> on their own lines at the top level; nothing else at all. */
function componentPlacement(
  node: MdNode,
  ancestors: readonly MdNode[],
  report: (message: string, hint: string) => void,
): void {
  const name = node.name ?? '';
  if (!(STORY_COMPONENTS as readonly string[]).includes(name)) {
    report(
      `uses an unknown component <${name}>`,
      didYouMean(name, STORY_COMPONENTS) ??
        `stories may use ${STORY_COMPONENTS.map((c) => `<${c}>`).join(' and ')}; write everything else in plain Markdown`,
    );
    return;
  }
  const outer = ancestors.findLast((a) => isJsx(a, 'Step') || isJsx(a, 'Chapter'));
  if (outer) {
    report(
      `is inside <${outer.name}> (line ${lineOf(outer)})`,
      name === 'Step'
        ? 'close the step above with </Step> before opening the next one'
        : 'put the chapter between steps, not inside one',
    );
  } else if (ancestors.length > 0 || node.type === 'mdxJsxTextElement') {
    report(
      'must stand on a line of its own, not inside a paragraph, list or quote',
      `leave an empty line before and after <${name} …>`,
    );
  }
  if (name === 'Chapter' && (node.children ?? []).length > 0) {
    report(
      'has text inside it, which the page would not show',
      'write <Chapter title="…" /> and put the text after it, in a <Step>',
    );
  }
}
