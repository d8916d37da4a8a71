/** Reads chosen files out of a gzip-compressed tarball (as `npm pack` writes them) into memory, with node-tar. */
import { list, type ReadEntry } from 'tar';

/**
 * The entries named in `wanted` (paths inside the archive, e.g. `package/countries-10m.json`) of the .tgz at `file`.
 * Throws if any of them is missing.
 */
export async function extractFromTgz(file: string, wanted: readonly string[]): Promise<Map<string, Buffer>> {
  const want = new Set(wanted);
  const found = new Map<string, Buffer>();
  await list({
    file,
    filter: (path) => want.has(path),
    onReadEntry: (entry: ReadEntry) => {
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => found.set(entry.path, Buffer.concat(chunks)));
    },
  });
  const missing = [...want].filter((n) => !found.has(n));
  if (missing.length) throw new Error(`${file}: entries not found: ${missing.join(', ')}`);
  return found;
}
