// A loopback proxy for the Wayback browser tests: it answers www.rfi.fr and web.archive.org itself
// (HTTPS through CONNECT, with a self-signed certificate for both made by openssl) and refuses
// everything else, so the browser reaches no network and the test sees every request the extension's
// background sends, with its headers (page-level interception cannot see a worker's fetches).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';

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

const SERVED = /(^|\.)rfi\.fr$|^web\.archive\.org$/i;

function certificate(dir: string): { key: Buffer; cert: Buffer } {
  mkdirSync(dir, { recursive: true });
  const key = join(dir, 'wayback-test.key');
  const cert = join(dir, 'wayback-test.crt');
  if (!existsSync(cert)) {
    const san = 'subjectAltName=DNS:www.rfi.fr,DNS:*.rfi.fr,DNS:rfi.fr,DNS:web.archive.org';
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=www.rfi.fr', '-addext', san], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** `answer(url)` for each request to a served host; null → 404. */
export async function startWaybackProxy(answer: (url: string) => Reply | null, certDir: string): Promise<WaybackProxy> {
  const seen: Seen[] = [];
  const refused: string[] = [];
  const respond = (url: string, req: IncomingMessage, res: ServerResponse) => {
    seen.push({ url, headers: req.headers });
    const a = answer(url);
    res.writeHead(a?.status ?? 404, { 'content-type': a?.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(a?.headers ?? {}) });
    res.end(a?.body ?? 'not served by the test');
  };
  const tls = createHttps(certificate(certDir), (req, res) => respond(`https://${req.headers.host}${req.url}`, req, res));
  await new Promise<void>((done) => tls.listen(0, '127.0.0.1', done));
  const tlsPort = (tls.address() as AddressInfo).port;
  const proxy = createHttp((req, res) => {
    const url = req.url ?? '';
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // not an absolute URL
    }
    if (SERVED.test(host)) return respond(url, req, res);
    refused.push(url);
    res.writeHead(403).end('refused by the test proxy');
  });
  proxy.on('connect', (req: IncomingMessage, socket, head) => {
    const host = (req.url ?? '').split(':')[0] ?? '';
    if (!SERVED.test(host)) {
      refused.push(req.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', drop);
    socket.on('error', drop);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    seen,
    refused,
    async close() {
      proxy.closeAllConnections();
      tls.closeAllConnections();
      await Promise.all([new Promise((d) => proxy.close(d)), new Promise((d) => tls.close(d))]);
    },
  };
}
