import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseMdxTree, walk } from '../../src/lib/story/mdx-tree';
import { straightQuotes } from '../../src/lib/text/quotes';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a reader sees of a story file: frontmatter texts and the text nodes (never tag attributes or link targets). */
function readerText(mdx: string): string[] {
  // The parser the build compiles stories with (src/lib/story/mdx-tree.ts).
  const parsed = parseMdxTree(mdx);
  if ('error' in parsed) throw new Error(`not valid MDX: ${parsed.error.reason}`);
  const out: string[] = [];
  walk(parsed.tree, (node) => {
    const n = node as { type: string; value?: unknown };
    if (n.type === 'yaml' && typeof n.value === 'string') {
      const fm = parse(n.value) as Record<string, unknown> & {
        updates?: { note?: string }[];
        sources?: { name?: string }[];
      };
      out.push(
        ...['title', 'dek', 'byline', 'credit', 'description']
          .map((k) => fm[k])
          .filter((v): v is string => typeof v === 'string'),
      );
      out.push(...(fm.updates ?? []).map((u) => u.note ?? ''), ...(fm.sources ?? []).map((s) => s.name ?? ''));
    }
    if (n.type === 'text' && typeof n.value === 'string') out.push(n.value);
  });
  return out;
}

/** Every string a reader may see in a data file: all string values except web addresses. */
function dataStrings(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return key === 'url' ? [] : [v];
  if (Array.isArray(v)) return v.flatMap((x) => dataStrings(x, key));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => dataStrings(x, k));
  return [];
}

describe('straightQuotes', () => {
  it('finds straight apostrophes and quotes and passes typographic ones', () => {
    expect(straightQuotes("Myanmar's army")).toEqual(["Myanmar's army"]);
    expect(straightQuotes('he said "no"')).toHaveLength(2);
    expect(straightQuotes('Myanmar’s army said “no”')).toEqual([]);
  });
  it('reads only what the reader sees of a story: not props, not link targets', () => {
    const mdx =
      '---\ntitle: "Myanmar\'s border"\n---\n\n<Step id="a" places="laiza">\n\nSee [the report](https://example.org/?q=\'x\').\n\n</Step>\n';
    expect(readerText(mdx).flatMap(straightQuotes)).toEqual(["Myanmar's border"]);
  });
});

describe('curly quotes and apostrophes everywhere the reader sees text', () => {
  const dir = join(ROOT, 'content', 'stories');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    it(`${f}: headline, dek, notes, source names and text`, () => {
      expect(readerText(readFileSync(join(dir, f), 'utf8')).flatMap(straightQuotes)).toEqual([]);
    });
  }
  for (const f of ['places.geojson', 'corridor.geojson', 'events.geojson']) {
    it(`data/${f}: names, notes, summaries, claims and source names`, () => {
      expect(dataStrings(JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8'))).flatMap(straightQuotes)).toEqual([]);
    });
  }
});
