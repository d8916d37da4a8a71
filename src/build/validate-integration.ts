/** Astro integration: validates content and data before a build (stopping it) and on every change in dev. */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './content-files';
import { formatReport } from '../lib/data/problems';

function run(root: string, logger: AstroIntegrationLogger): boolean {
  const { problems } = checkContent(root);
  if (problems.length === 0) return true;
  logger.error(`\n${formatReport(problems)}\n`);
  return false;
}

/** Fails `astro build` with a readable report; in `astro dev` reports problems and re-checks on save. */
export function validateContentIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'story-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const ok = run(root, logger);
        if (!ok && command === 'build') {
          logger.error('The build stopped: fix the problems above (run "npm run check" to re-check quickly).');
          // Exit without a stack trace: the report above is the whole message.
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // Re-check on every save of a story or data file, and say so when all is well again.
        server.watcher.on('change', (path) => {
          if (/[\\/](data|content)[\\/]/.test(path) && /\.(mdx|geojson|json)$/.test(path)) {
            if (run(root, logger)) logger.info('content and data check: no problems');
          }
        });
      },
    },
  };
}
