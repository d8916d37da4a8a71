import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ASTRO, buildEnv, ROOT } from '../helpers/build-site';
import { tempProject } from '../helpers/temp-project';

const STORY = 'content/stories/myanmar-china-border.mdx';
/** Where the case puts {disputed}: a sentence of the story, found by its words (the story changes). */
const PHRASE = 'took place in Kachin State';
const storyLine =
  readFileSync(join(ROOT, STORY), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(PHRASE)) + 1;
const LINE = `${STORY}: line ${storyLine}: {disputed} is a code expression, which stories may not contain`;

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm run dev with a mistake in the story', () => {
  const project = tempProject();
  let dev: ChildProcess;
  let output = '';
  let origin = '';
  const page = (path = '/') => fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });

  beforeAll(async () => {
    project.edit(STORY, PHRASE, `${PHRASE} {disputed}`);
    const port = await freePort();
    dev = spawn(
      process.execPath,
      [ASTRO, 'dev', '--root', project.dir, '--port', String(port), '--host', '127.0.0.1'],
      { cwd: project.dir, env: buildEnv() },
    );
    dev.stdout!.on('data', (d) => (output += String(d)));
    dev.stderr!.on('data', (d) => (output += String(d)));
    origin = `http://127.0.0.1:${port}`;
    await until('the dev server', async () => ((await fetch(`${origin}/favicon.svg`)).ok ? true : undefined));
  }, 90_000);
  afterAll(() => {
    dev?.kill();
    project.remove();
  });

  it('answers the page with the list of problems, the same lines as the terminal, and no stack trace', async () => {
    const r = await page();
    expect(r.status).toBe(500);
    const html = await r.text();
    expect(html).toContain('<title>1 problem in the story&#39;s content or data</title>');
    expect(html).toContain(LINE.replace(/'/g, '&#39;'));
    expect(html).not.toMatch(/ at .+:\d+:\d+/);
    expect((await page('/rail-corridor/')).status).toBe(500);
    // The terminal printed the problem once, with no stack trace and no error from compiling the story.
    expect(output.split(LINE).length - 1).toBe(1);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toContain('is not defined');
  });

  it('shows the story again once the file is fixed', async () => {
    project.edit(STORY, `${PHRASE} {disputed}`, PHRASE);
    const r = await until('the fixed page', async () => {
      const res = await page();
      return res.status === 200 ? res : undefined;
    });
    expect(await r.text()).toContain('<section class="step" id="kachin-and-shan"');
    expect(await (await fetch(`${origin}/__content-problems`)).json()).toEqual([]);
    expect(output).toContain('content and data check: no problems');
  }, 60_000);
});
