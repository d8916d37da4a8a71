/** `npm run check`'s data half: validates content/ and data/ and prints every problem. */
import { checkContent } from '../src/node/content-files';
import { formatReport } from '../src/lib/problems/problems';

const started = performance.now();
const { problems, data, stories } = checkContent(process.cwd());
const ms = Math.round(performance.now() - started);
if (problems.length) {
  console.error(formatReport(problems));
  process.exit(1);
}
const steps = stories.reduce((n, s) => n + s.steps.length, 0);
console.log(
  `Content and data OK: ${data.places.length} places, ${data.segments.length} corridor segments, ${data.events.length} events, ` +
    `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} with ${steps} steps (${ms} ms).`,
);
