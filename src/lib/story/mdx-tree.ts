/** Parses a story's MDX with the parser and options the build compiles it with (satteri, GFM on), so both see one tree. */
import { mdxToMdast } from 'satteri';

/** A node of the syntax tree, with the fields the story checks read. */
export interface MdNode {
  type: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number } };
  children?: MdNode[];
  value?: unknown;
  url?: string;
  alt?: string | null;
  title?: string | null;
  identifier?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** A syntax error: where, and the parser's reason without its position and error code. */
export interface MdxSyntaxError {
  line?: number;
  reason: string;
}

/** The root of the story's tree, or the syntax error that stopped the parser. */
export function parseMdxTree(text: string): { tree: MdNode } | { error: MdxSyntaxError } {
  try {
    return { tree: mdxToMdast(text, { features: { gfm: true, frontmatter: true } }) as MdNode };
  } catch (err) {
    // e.g. "19:1: Expected a closing tag for `<Step>` (19:1) (mdx-jsx:unexpected-character)"
    const message = err instanceof Error ? err.message : String(err);
    const at = /^(\d+):\d+:\s*/.exec(message);
    const reason = message
      .slice(at?.[0].length ?? 0)
      .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
      .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/, '');
    return { error: { ...(at ? { line: Number(at[1]) } : {}), reason } };
  }
}

/** Calls `fn` for every node below `node`, with its ancestors (nearest last); `fn` returning false skips the children. */
export function walk(
  node: MdNode,
  fn: (node: MdNode, ancestors: readonly MdNode[]) => boolean | undefined,
  ancestors: MdNode[] = [],
): void {
  for (const child of node.children ?? []) {
    if (fn(child, ancestors) === false) continue;
    ancestors.push(child);
    walk(child, fn, ancestors);
    ancestors.pop();
  }
}

/** Plain text of a node and its children. */
export function textOf(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** 1-based line where a node starts (0 when the parser gave none). */
export const lineOf = (node: MdNode): number => node.position?.start.line ?? 0;
