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
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Pictures as Astro publishes them from a story: sent as they are (not gzipped). */
const PICTURE = /\.(webp|avif|png|jpe?g|gif|svg)$/;

/** The CSS, JS and pictures a page loads: those its HTML names, and those they name in turn (imports, workers). */
function assetsOf(html: string, assetDir: string): string[] {
  if (!existsSync(assetDir)) return [];
  const names = readdirSync(assetDir).filter((f) => /\.(js|css)$/.test(f) || PICTURE.test(f));
  const found = new Set<string>();
  const queue = [html];
  while (queue.length) {
    const text = queue.pop()!;
    for (const name of names) {
      if (!found.has(name) && text.includes(name)) {
        found.add(name);
        if (!PICTURE.test(name)) queue.push(readFileSync(join(assetDir, name), 'utf8'));
      }
    }
  }
  return [...found].sort();
}

/** Stops `astro build` when a story page (HTML with its CSS and JS, gzip, and its pictures) is over PAGE_BUDGET_BYTES. */
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
          const loaded = assetsOf(html, join(out, assets));
          const size = (name: string) =>
            PICTURE.test(name)
              ? readFileSync(join(out, assets, name)).length
              : gzip(readFileSync(join(out, assets, name)));
          const files: Weighed[] = loaded
            .filter((n) => !PICTURE.test(n))
            .map((name) => ({ what: `${assets}/${name}`, bytes: size(name) }));
          const pictures: Weighed[] = loaded
            .filter((n) => PICTURE.test(n))
            .map((name) => ({ what: `the picture ${assets}/${name}`, bytes: size(name) }));
          const total = gzip(html) + [...files, ...pictures].reduce((n, f) => n + f.bytes, 0);
          if (total <= PAGE_BUDGET_BYTES) continue;
          const causes = weightCauses(checkContent(root).data, steps);
          reports.push(
            weightReport(relative(out, file), total, [...partWeights(html, gzip), ...pictures], files, causes)!,
          );
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
