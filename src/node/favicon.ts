/** The site icon as a data: address, so the page never fetches it again when the address follows the step. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: string | undefined;

/** public/favicon.svg as a `data:image/svg+xml,…` URI (the file stays published for tools that ask for it). */
export function faviconDataUri(root = process.cwd()): string {
  if (cached) return cached;
  const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8').trim();
  // Only the characters a data: URI needs escaped (spaces included); the rest stays readable.
  cached = `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/[%#<>\n ]/g, (c) => encodeURIComponent(c))}`;
  return cached;
}
