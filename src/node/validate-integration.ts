/** Astro integration: validates content and data before a build (stopping it) and on every change in dev. */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { checkContent } from './content-files';
import { formatReport, type Problem } from '../lib/problems/problems';
import { PROBLEMS_ENDPOINT, problemLines, problemPage } from './problem-page';

/** True for a browser asking for a page (not a script, style, image or Vite's own requests). */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0]!;
  if (/^\/(@|__|node_modules\/|src\/|_astro\/|_assets\/)/.test(path)) return false;
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return false;
  return req.headers['sec-fetch-dest'] === 'document' || (req.headers.accept ?? '').includes('text/html');
}

/** Fails `astro build` with a readable report; in `astro dev` reports problems on save and serves them as the page. */
export function validateContentIntegration(): AstroIntegration {
  let root = process.cwd();
  let problems: Problem[] = [];
  let printed = '';
  /** Re-checks; prints the report when it differs from the last one printed, so each problem shows once. */
  const recheck = (logger: AstroIntegrationLogger, quietWhenSame: boolean) => {
    problems = checkContent(root).problems;
    const report = problems.length ? formatReport(problems) : '';
    if (report === printed && quietWhenSame) return;
    if (report) logger.error(`\n${report}\n`);
    else if (printed) logger.info('content and data check: no problems');
    printed = report;
  };
  return {
    name: 'story-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // `astro sync` (run by npm run check after the content check) and `astro preview` read no content.
        if (command === 'sync' || command === 'preview') return;
        recheck(logger, false);
        if (problems.length && command === 'build') {
          logger.error('The build stopped: fix the problems above (run "npm run check" to re-check quickly).');
          // Exit without a stack trace: the report above is the whole message.
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // Re-check on every save, new or deleted file under content/ or data/, and say so when all is well again.
        const onFile = (path: string) => {
          if (/[\\/](data|content)[\\/]/.test(path)) recheck(logger, true);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onFile);
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if ((req.url ?? '').split('?')[0] === PROBLEMS_ENDPOINT) {
            recheck(logger, true);
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify(problemLines(problems)));
            return;
          }
          if (!isPageRequest(req)) return next();
          // A page is built from every story and data file: while any has a problem, list them instead of a broken page.
          recheck(logger, true);
          if (problems.length === 0) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(problemPage(problems));
        });
      },
    },
  };
}
