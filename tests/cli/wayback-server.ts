// A stand-in for the Wayback Machine on 127.0.0.1 (node:http), for `inspect --wayback` tests: it
// answers CDX queries and `/web/<timestamp>id_/<original>` requests from a table the test sets,
// and records every request it receives (method, URL, headers).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** Answers one request: `cdx` for CDX queries (with the decoded `url=`), `web` for `/web/…` paths. */
export type Route = (req: { kind: 'cdx'; target: string; query: URLSearchParams } | { kind: 'web'; timestamp: string; flags: string; original: string }, res: ServerResponse) => void;

export interface FakeWayback {
  base: string;
  received: Received[];
  route: Route;
  close(): Promise<void>;
}

export async function startWayback(route: Route): Promise<FakeWayback> {
  const received: Received[] = [];
  const fake: FakeWayback = { base: '', received, route, close: () => new Promise((r) => server.close(() => r())) };
  const server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const web = /^\/web\/(\d{14})([a-z]{2}_)?\/(.+)$/.exec(req.url ?? '');
    if (url.pathname === '/cdx/search/cdx') fake.route({ kind: 'cdx', target: url.searchParams.get('url') ?? '', query: url.searchParams }, res);
    else if (web) fake.route({ kind: 'web', timestamp: web[1]!, flags: web[2] ?? '', original: web[3]! }, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** A CDX answer in the documented JSON output: header row, then one array per capture. */
export function cdxJson(rows: string[][]): string {
  return JSON.stringify([['timestamp', 'original', 'statuscode', 'digest', 'mimetype'], ...rows]);
}

/** The same rows in the plain-text output: one line per capture, fields separated by spaces. */
export function cdxText(rows: string[][]): string {
  return rows.map((r) => r.join(' ')).join('\n') + '\n';
}
