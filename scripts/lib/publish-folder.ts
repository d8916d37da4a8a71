/** Lays out a built site for a host that serves one folder from its root, with the site under its sub-path. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `_headers` text with every path line moved under `base` (header lines are indented and stay as they are). */
export function headersUnder(text: string, base: string): string {
  const sub = base.replace(/^\/+|\/+$/g, '');
  const prefix = sub ? `/${sub}` : '';
  return text.replace(/^\/(?=\S|$)/gm, `${prefix}/`);
}

/**
 * Copies `dist` to `publish/<base>/` and writes `publish/_headers` with its paths prefixed by `base`, since hosts read
 * `_headers` only at the root of the published folder and match its paths from the host's root.
 */
export function publishFolder(dist: string, publish: string, base: string): void {
  const sub = base.replace(/^\/+|\/+$/g, '');
  const siteDir = sub ? join(publish, sub) : publish;
  rmSync(publish, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  cpSync(dist, siteDir, { recursive: true });
  if (!sub) return;
  const headers = join(siteDir, '_headers');
  writeFileSync(join(publish, '_headers'), headersUnder(readFileSync(headers, 'utf8'), base));
  rmSync(headers);
}
