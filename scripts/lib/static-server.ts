/**
 * A small static file server for dist/ with a base path and optional on-the-fly gzip (tests that only need the files,
 * and the benchmark, which counts the gzip bytes each response puts on the socket). Tests that need the host's
 * headers, redirects and 404 handling use Cloudflare's local Pages server instead (tests/helpers/pages-dev.ts).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Options for serveDir. */
export interface ServeOptions {
  /** Sub-path the site lives under, e.g. /graphics/story/ (default /). */
  base?: string;
  gzip?: boolean;
}

/** A running server and its origin. */
export interface Served {
  server: Server;
  origin: string;
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 on a free port. */
export async function serveDir(dir: string, opts: ServeOptions = {}): Promise<Served> {
  const base = (opts.base ?? '/').replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send404 = () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
    };
    if (!path.startsWith(base)) return send404();
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send404();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    const gz = opts.gzip && /gzip/.test(String(req.headers['accept-encoding'])) && !/png|ico/.test(type);
    if (gz) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    const stream = createReadStream(file);
    if (gz) stream.pipe(createGzip({ level: 9 })).pipe(res);
    else stream.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    url: origin + base,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
