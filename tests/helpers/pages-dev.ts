/** Serves a folder with `wrangler pages dev` (Cloudflare's local Pages server on workerd), offline and without metrics. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site';

/** A running Pages dev server. */
export interface PagesDev {
  origin: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

/** A free TCP port on loopback. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `wrangler pages dev dir` on a free port and resolves once it answers. */
export async function startPagesDev(dir: string, timeoutMs = 60_000): Promise<PagesDev> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  // Its state folder (.wrangler/) goes to a temporary working directory, not into the project.
  const cwd = mkdtempSync(join(tmpdir(), 'pages-dev-'));
  const wrangler = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
  const args = [
    'pages',
    'dev',
    dir,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--compatibility-date',
    '2026-11-01',
    '--log-level',
    'warn',
    '--show-interactive-dev-session=false',
  ];
  const child = spawn(process.execPath, [wrangler, ...args], {
    cwd,
    env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(cwd, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(origin, { method: 'HEAD', redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (ok) return { origin, output: () => output, close };
    await new Promise((r) => setTimeout(r, 250));
  }
  await close();
  throw new Error(`wrangler pages dev did not start on ${origin}:\n${output}`);
}
