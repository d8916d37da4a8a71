/**
 * Minimal streaming reader for gzip-compressed tar archives (as produced by
 * `npm pack`). It extracts only the requested entries into memory and stops
 * reading as soon as all of them have been found.
 *
 * Supports ustar names with prefix, PAX `path` records and GNU long names,
 * which covers every tarball the npm registry serves.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

const BLOCK = 512;

function cString(buf: Buffer, start: number, length: number): string {
  const slice = buf.subarray(start, start + length);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul === -1 ? slice.length : nul).toString('utf8');
}

function parseSize(buf: Buffer, start: number, length: number): number {
  const first = buf[start] ?? 0;
  if (first & 0x80) {
    // GNU base-256 encoding for very large files.
    let value = first & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (buf[start + i] ?? 0);
    return value;
  }
  const text = cString(buf, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function parsePaxPath(body: Buffer): string | null {
  let offset = 0;
  let path: string | null = null;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    if (space === -1) break;
    const len = parseInt(body.subarray(offset, space).toString('utf8'), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = body.subarray(space + 1, offset + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq !== -1 && record.slice(0, eq) === 'path') path = record.slice(eq + 1);
    offset += len;
  }
  return path;
}

interface Entry {
  name: string;
  type: string;
  size: number;
  /** bytes of data (incl. padding) still to consume */
  remaining: number;
  chunks: Buffer[] | null;
}

/**
 * Read the entries named in `wanted` (paths inside the archive, e.g.
 * `package/countries-10m.json`) from the .tgz at `file`.
 * Throws if any of them is missing.
 */
export async function extractFromTgz(file: string, wanted: readonly string[]): Promise<Map<string, Buffer>> {
  const want = new Set(wanted);
  const found = new Map<string, Buffer>();
  const stream = createReadStream(file).pipe(createGunzip());

  let pending: Buffer = Buffer.alloc(0);
  let entry: Entry | null = null;
  let overrideName: string | null = null; // from PAX 'x' or GNU 'L' header
  let ended = false;

  const finishEntry = (e: Entry): void => {
    if (!e.chunks) return;
    const body = Buffer.concat(e.chunks).subarray(0, e.size);
    if (e.type === 'x') {
      overrideName = parsePaxPath(body) ?? overrideName;
    } else if (e.type === 'L') {
      overrideName = cString(body, 0, body.length);
    } else {
      found.set(e.name, body);
    }
  };

  outer: for await (const chunk of stream as AsyncIterable<Buffer>) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let offset = 0;
    while (offset < pending.length) {
      if (entry) {
        const take = Math.min(entry.remaining, pending.length - offset);
        if (entry.chunks) {
          const dataLeft = entry.remaining - (paddedSize(entry.size) - entry.size);
          const useful = Math.max(0, Math.min(take, dataLeft));
          if (useful > 0) entry.chunks.push(Buffer.from(pending.subarray(offset, offset + useful)));
        }
        entry.remaining -= take;
        offset += take;
        if (entry.remaining === 0) {
          finishEntry(entry);
          entry = null;
          if (found.size === want.size) break outer;
        }
        continue;
      }
      if (pending.length - offset < BLOCK) break;
      const header = pending.subarray(offset, offset + BLOCK);
      offset += BLOCK;
      if (header.every((b) => b === 0)) {
        ended = true;
        break outer;
      }
      const rawName = cString(header, 0, 100);
      const size = parseSize(header, 124, 12);
      const type = String.fromCharCode(header[156] ?? 0);
      const magic = cString(header, 257, 6);
      const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : '';
      let name = prefix ? `${prefix}/${rawName}` : rawName;
      const isMeta = type === 'x' || type === 'L' || type === 'g';
      if (!isMeta && overrideName !== null) {
        name = overrideName;
        overrideName = null;
      }
      const isFile = type === '0' || type === '\0' || type === '7';
      const collect = type === 'x' || type === 'L' || (isFile && want.has(name));
      entry = { name, type, size, remaining: paddedSize(size), chunks: collect ? [] : null };
      if (entry.remaining === 0) {
        finishEntry(entry);
        entry = null;
        if (found.size === want.size) break outer;
      }
    }
    pending = offset < pending.length ? Buffer.from(pending.subarray(offset)) : Buffer.alloc(0);
  }
  stream.destroy();

  const missing = [...want].filter((n) => !found.has(n));
  if (missing.length) {
    throw new Error(`${file}: entries not found${ended ? '' : ' (archive truncated?)'}: ${missing.join(', ')}`);
  }
  return found;
}

function paddedSize(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}
