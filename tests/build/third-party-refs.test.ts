/**
 * The built files reference nothing from anyone else for what the browser fetches: no CDN, font service, analytics or
 * embed. In Chromium, tests/browser/story-scroll.test.ts checks that scrolling every story requests nothing offsite.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultBuild } from '../helpers/build-site';
import { isNonFileUrl, listFiles, pageUrl, readCss, readPage, type Ref } from '../helpers/site-files';

const SITE = 'https://example.org';

let outDir = '';
let files: string[] = [];

beforeAll(() => {
  outDir = defaultBuild();
  files = listFiles(outDir);
});

/** A resource URL that leaves the site, or undefined. */
function external(ref: Ref, from: URL): string | undefined {
  if (isNonFileUrl(ref.value)) return undefined;
  let url: URL;
  try {
    url = new URL(ref.value, from);
  } catch {
    return undefined; // tests/build/link-check.test.ts reports malformed URLs
  }
  return url.origin === SITE ? undefined : url.href;
}

describe('the built files reference no other origin for what the browser fetches', () => {
  it('HTML: scripts, stylesheets, icons, preloads, images, media, frames and SVG references are all local', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const from = pageUrl(file, SITE);
      for (const ref of readPage(outDir, file).refs) {
        // Links in the text (<a href>) to sources are fine: only what loads with the page counts.
        if (ref.kind !== 'resource') continue;
        checked++;
        const url = external(ref, from);
        if (url)
          problems.push(
            `${file}: <${ref.tag}${ref.rel ? ` rel="${ref.rel}"` : ''} ${ref.attr}="${ref.value}"> loads ${url}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('CSS: no url() or @import (fonts, images) from another origin', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      for (const ref of readCss(outDir, file)) {
        const url = external(ref, new URL(file, `${SITE}/`));
        if (url) problems.push(`${file}: ${ref.attr} ${ref.value}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('JS: no absolute URL other than XML namespace names', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => /\.m?js$/.test(f) && f.startsWith('_assets/'))) {
      const js = readFileSync(join(outDir, file), 'utf8');
      for (const m of js.matchAll(/\b(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)]*/gi)) {
        if (/^(https?:)?\/\/www\.w3\.org\//.test(m[0])) continue;
        if (!/^https?:/.test(m[0])) continue; // "//" in code and comments
        problems.push(`${file}: ${m[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
