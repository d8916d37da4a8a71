/** Reads public/_headers (the Netlify / Cloudflare Pages format) and applies it to request paths, as those hosts do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-site';

/** One block of the file: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  /** Header names as written, in file order; a name may repeat (the host joins repeated values with ", "). */
  headers: [string, string][];
  /** 1-based line of the pattern, for messages. */
  line: number;
}

/** Parses `_headers` text: a path (or https:// URL) line starts a block; indented `Name: value` lines follow; # comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') && !line.startsWith('https://'))
        throw new Error(`_headers line ${i + 1}: "${line}" is neither a path nor an indented header`);
      rules.push({ pattern: line.trim(), headers: [], line: i + 1 });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path`);
    const m = /^\s+([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new Error(`_headers line ${i + 1}: "${line.trim()}" is not "Name: value"`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

/** The rules of the project's public/_headers. */
export function projectHeaderRules(): HeaderRule[] {
  return parseHeadersFile(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'));
}

/** A rule's pattern as a regular expression: `*` matches anything (slashes included), `:name` one path segment. */
export function patternRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https:\/\/[^/]+/, '');
  let re = '';
  for (const part of path.split(/(\*|:[A-Za-z]\w*)/)) {
    if (part === '*') re += '.*';
    else if (part.startsWith(':') && part.length > 1) re += '[^/]+';
    else re += part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The rules that apply to a request path. */
export function matchingRules(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((r) => patternRegExp(r.pattern).test(path));
}

/** Headers for a request path: every matching rule applies; a header set more than once is joined with ", ". */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out = new Map<string, { name: string; values: string[] }>();
  for (const rule of matchingRules(rules, path)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const entry = out.get(key) ?? { name, values: [] };
      entry.values.push(value);
      out.set(key, entry);
    }
  }
  return Object.fromEntries([...out.values()].map((e) => [e.name, e.values.join(', ')]));
}

/** The headers of the block whose pattern is exactly `pattern` (e.g. "/*"). */
export function blockHeaders(rules: readonly HeaderRule[], pattern: string): Record<string, string> {
  const rule = rules.find((r) => r.pattern === pattern);
  if (!rule) throw new Error(`_headers has no "${pattern}" block`);
  return headersFor([rule], pattern === '/*' ? '/' : pattern);
}

/** A Content-Security-Policy as directive → sources (directive names lower-cased). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
  }
  return out;
}
