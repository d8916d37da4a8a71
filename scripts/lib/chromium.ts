/** Finds and launches Debian's Chromium through playwright-core (Playwright's own browsers cannot be downloaded here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Path of a usable Chromium, or undefined. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p));
}

/** Flags this machine needs: no GPU, and no calls home (the network is closed; each refused call costs time). */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches headless Chromium with the flags this machine needs. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
}
