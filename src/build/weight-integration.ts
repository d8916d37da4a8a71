/** Astro integration: after a build, every story page must stay within the page-weight budget, or the build fails naming why. */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkContent } from './content-files';
import { PAGE_BUDGET_BYTES, partWeights, weightReport, type Weighed } from '../lib/weight/page-weight';
import { weightCauses } from '../lib/weight/weight-causes';

const gzip = (text: string | Buffer) => gzipSync(text).length;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []);
}

/** The CSS and JS files a page loads: those its HTML names, and those they name in turn (imports, workers). */
function assetsOf(html: string, assetDir: string): string[] {
  if (!existsSync(assetDir)) return [];
  const names = readdirSync(assetDir).filter((f) => /\.(js|css)$/.test(f));
  const found = new Set<string>();
  const queue = [html];
  while (queue.length) {
    const text = queue.pop()!;
    for (const name of names) {
      if (!found.has(name) && text.includes(name)) {
        found.add(name);
        queue.push(readFileSync(join(assetDir, name), 'utf8'));
      }
    }
  }
  return [...found].sort();
}

/** Stops `astro build` when a story page (HTML with its CSS and JS, gzip) is over PAGE_BUDGET_BYTES. */
export function pageWeightIntegration(): AstroIntegration {
  let root = process.cwd();
  let assets = '_assets';
  return {
    name: 'story-page-weight',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const reports: string[] = [];
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const steps = html.match(/<section class="step" /g)?.length ?? 0;
          if (steps === 0) continue; // not a story page (404)
          const files: Weighed[] = assetsOf(html, join(out, assets)).map((name) => ({ what: `${assets}/${name}`, bytes: gzip(readFileSync(join(out, assets, name))) }));
          const total = gzip(html) + files.reduce((n, f) => n + f.bytes, 0);
          if (total <= PAGE_BUDGET_BYTES) continue;
          const causes = weightCauses(checkContent(root).data, steps);
          reports.push(weightReport(relative(out, file), total, partWeights(html, gzip), files, causes)!);
        }
        if (reports.length === 0) return;
        logger.error(`\n${reports.join('\n\n')}\n`);
        logger.error('The build stopped: a story page is too heavy to load well on a phone.');
        // Exit without a stack trace: the report above is the whole message.
        process.exit(1);
      },
    },
  };
}
