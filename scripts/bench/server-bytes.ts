/**
 * Counts the bytes the static server writes for each response (headers and gzip body, as on the wire). The browser
 * does not report some requests' sizes to the page's DevTools session — a dedicated worker's script is fetched for
 * the worker's own target — so those are taken from here; the totals are also a cross-check of what the page saw.
 */
import type { Server } from 'node:http';

/** One response the server finished writing. */
export interface SentResponse {
  path: string;
  bytes: number;
}

/** Records every response of `server` from now on. */
export class ServerBytes {
  private sent: SentResponse[] = [];

  constructor(server: Server) {
    server.on('request', (req, res) => {
      // HTTP/1.1 answers one request at a time on a connection: what the socket writes until `finish` is this response.
      const socket = req.socket;
      const start = socket.bytesWritten;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      res.on('finish', () => this.sent.push({ path, bytes: socket.bytesWritten - start }));
    });
  }

  /** Forgets what was recorded so far. */
  reset(): void {
    this.sent = [];
  }

  /** Everything recorded since the last reset. */
  responses(): readonly SentResponse[] {
    return this.sent;
  }
}
