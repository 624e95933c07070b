// A loopback proxy that answers every rfi.fr request itself (HTTPS through CONNECT, with a
// self-signed certificate made by openssl for *.rfi.fr) and refuses everything else. Browsers
// started with it reach no network at all, and it sees the requests no page-level interception
// can: the extension's own background fetches, also after a browser restart.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface Answer {
  status: number;
  body: string;
  type?: string;
  /** A Set-Cookie header to send (to check that the extension's reads send no cookie). */
  setCookie?: string;
}

export interface RfiProxy {
  port: number;
  /** Every rfi.fr URL asked, in order. */
  requests: string[];
  /** The Cookie header of each of those requests (null: none), same order. */
  cookies: (string | null)[];
  close(): Promise<void>;
}

const RFI = /(^|\.)rfi\.fr$/i;

/** A key/cert pair for www.rfi.fr and *.rfi.fr, made once into `dir`. */
export function rfiCertificate(dir: string): { key: Buffer; cert: Buffer } {
  mkdirSync(dir, { recursive: true });
  const key = join(dir, 'rfi-test.key');
  const cert = join(dir, 'rfi-test.crt');
  if (!existsSync(cert)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=www.rfi.fr', '-addext', 'subjectAltName=DNS:www.rfi.fr,DNS:*.rfi.fr,DNS:rfi.fr'], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startRfiProxy(answer: (url: string) => Answer | null, certDir: string): Promise<RfiProxy> {
  const requests: string[] = [];
  const cookies: (string | null)[] = [];
  const respond = (url: string, res: ServerResponse, cookie: string | undefined) => {
    requests.push(url);
    cookies.push(cookie ?? null);
    const a = answer(url);
    res.writeHead(a?.status ?? 404, {
      'content-type': a?.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(a?.setCookie ? { 'set-cookie': a.setCookie } : {}),
    });
    res.end(a?.body ?? 'not served by the test');
  };
  const tls = createHttps(rfiCertificate(certDir), (req: IncomingMessage, res) => respond(`https://${req.headers.host}${req.url}`, res, req.headers.cookie));
  await new Promise<void>((done) => tls.listen(0, '127.0.0.1', done));
  const tlsPort = (tls.address() as AddressInfo).port;

  const proxy = createHttp((req, res) => {
    // Plain http through the proxy: absolute URL in the request line.
    const url = req.url ?? '';
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // not an absolute URL
    }
    if (RFI.test(host)) return respond(url, res, req.headers.cookie);
    res.writeHead(403).end('refused by the test proxy');
  });
  proxy.on('connect', (req: IncomingMessage, socket, head) => {
    const host = (req.url ?? '').split(':')[0] ?? '';
    if (!RFI.test(host)) {
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
    requests,
    cookies,
    async close() {
      proxy.closeAllConnections();
      tls.closeAllConnections();
      await Promise.all([new Promise((d) => proxy.close(d)), new Promise((d) => tls.close(d))]);
    },
  };
}
