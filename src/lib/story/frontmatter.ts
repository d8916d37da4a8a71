/** Reads a story's frontmatter as Astro does (js-yaml), reporting a YAML error at its line in the story file. */
import { load } from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import type { Problem } from '../problems/problems';
import { isIsoDate } from '../data/schemas';

/**
 * js-yaml (Astro's parser) turns an impossible date such as 2023-02-30 into 2 March without a word. Where it made a
 * date of text that is not a real date, the text as written is put back, so the date check reports it.
 */
function keepImpossibleDates(value: unknown, written: unknown): unknown {
  if (value instanceof Date) return typeof written === 'string' && !isIsoDate(written.slice(0, 10)) ? written : value;
  if (Array.isArray(value))
    return value.map((v, i) => keepImpossibleDates(v, Array.isArray(written) ? written[i] : undefined));
  if (value && typeof value === 'object') {
    const w = written && typeof written === 'object' ? (written as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepImpossibleDates(v, w[k])]));
  }
  return value;
}

/** 1-based line in `yamlText` and the reason of a YAML error, from the parser that locates it best. */
function locate(yamlText: string, err: unknown): { line?: number; reason: string } {
  // js-yaml decides what Astro accepts, but reports an unclosed quote at the end of the frontmatter; the yaml package
  // points at the line that opened it.
  try {
    parseYaml(yamlText);
  } catch (e) {
    const pos = (e as { linePos?: { line: number }[] }).linePos?.[0];
    const reason = (e instanceof Error ? e.message : String(e))
      .split('\n')[0]!
      .replace(/ at line \d+, column \d+:?$/, '');
    if (pos) return { line: pos.line, reason };
  }
  const mark = (err as { mark?: { line: number } }).mark;
  const reason = (err as { reason?: string }).reason ?? (err instanceof Error ? err.message : String(err));
  return { ...(mark ? { line: mark.line + 1 } : {}), reason };
}

/**
 * Parses the YAML between the `---` lines. `firstLine` is the file line of the opening `---`.
 * Returns the value (an object, as Astro requires), or a problem naming the file line.
 */
export function parseFrontmatter(
  file: string,
  yamlText: string,
  firstLine: number,
): { value?: Record<string, unknown>; problem?: Problem } {
  let value: unknown;
  try {
    value = load(yamlText);
  } catch (err) {
    const { line, reason } = locate(yamlText, err);
    return {
      problem: {
        file,
        item: line ? `frontmatter (line ${firstLine + line})` : 'frontmatter',
        field: '',
        message: `is not valid YAML: ${reason}`,
        hint: 'check the quotes and the indentation on that line; a value with a colon in it needs "quotes"',
      },
    };
  }
  if (value == null) return { value: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      problem: {
        file,
        item: 'frontmatter',
        field: '',
        message: 'must be a list of fields written name: value',
        hint: 'e.g. title: "The headline"',
      },
    };
  }
  let written: unknown;
  try {
    written = parseYaml(yamlText);
  } catch {
    written = undefined; // js-yaml read it; the yaml package's stricter reading only serves to spot impossible dates
  }
  return { value: keepImpossibleDates(value, written) as Record<string, unknown> };
}
