// A loopback proxy for the Wayback browser tests: it answers www.rfi.fr and web.archive.org itself
// and refuses everything else (tunnel.ts), so the browser reaches no network and the test sees every
// request the extension's background sends, with its headers (page-level interception cannot see a
// worker's fetches).
import type { IncomingHttpHeaders } from 'node:http';
import { testCertificate, tunnel } from './tunnel';

export interface Reply {
  status: number;
  body?: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface WaybackProxy {
  port: number;
  /** Every request answered (rfi.fr and web.archive.org), in order. */
  seen: Seen[];
  /** Requests refused (any other host). */
  refused: string[];
  close(): Promise<void>;
}

/** `answer(url)` for each request to a served host; null → 404. */
export async function startWaybackProxy(answer: (url: string) => Reply | null, certDir: string): Promise<WaybackProxy> {
  const seen: Seen[] = [];
  const refused: string[] = [];
  const { port, close } = await tunnel({
    served: /(^|\.)rfi\.fr$|^web\.archive\.org$/i,
    certificate: testCertificate(certDir, ['www.rfi.fr', '*.rfi.fr', 'rfi.fr', 'web.archive.org']),
    respond(url, req, res) {
      seen.push({ url, headers: req.headers });
      const a = answer(url);
      res.writeHead(a?.status ?? 404, { 'content-type': a?.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(a?.headers ?? {}) });
      res.end(a?.body ?? 'not served by the test');
    },
    refused: (url) => refused.push(url),
  });
  return { port, seen, refused, close };
}
