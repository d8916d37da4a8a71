/** The page `npm run dev` serves instead of a story while content or data has problems: the same lines as the terminal. */
import type { Problem } from '../lib/problems/problems';
import { formatProblem } from '../lib/problems/problems';

/** Where the problem page asks whether the problems are still there (it reloads itself when they change). */
export const PROBLEMS_ENDPOINT = '/__content-problems';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The lines the terminal prints, which the page shows and polls for. */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}

/** A plain HTML page listing every problem, one per line, that reloads itself once they are fixed. */
export function problemPage(problems: readonly Problem[]): string {
  const n = problems.length;
  const head = `${n} problem${n === 1 ? '' : 's'} in the story's content or data`;
  const lines = problemLines(problems);
  // Polls the dev server: when the list changes (an editor saved a fix), the page reloads and shows the story again.
  const script =
    `const shown=${JSON.stringify(JSON.stringify(lines)).replace(/</g, '\\u003c')};` +
    `setInterval(async()=>{try{const r=await fetch(${JSON.stringify(PROBLEMS_ENDPOINT)},{cache:'no-store'});` +
    `if(JSON.stringify(await r.json())!==shown)location.reload();}catch{}},1000);`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(head)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem;color:#a4161a}li{margin:.5rem 0;font-family:ui-monospace,monospace;font-size:.9rem;overflow-wrap:anywhere}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(head)}</h1>
<p>The page is not shown until these are fixed. Fix them in the files named below and save: this page reloads by itself.
(<code>npm run check</code> lists the same problems.)</p>
<ul>
${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('\n')}
</ul>
</main>
<script>${script}</script>
</body>
</html>
`;
}
