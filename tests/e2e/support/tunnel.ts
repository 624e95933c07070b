// What the test proxies share: a self-signed certificate made by openssl for the hosts they serve,
// and a loopback HTTP proxy that answers those hosts itself (plain http by absolute URL, HTTPS
// through CONNECT to a local TLS server holding that certificate) and refuses every other host.
// Browsers started with it reach no network at all, and it sees the requests no page-level
// interception can: the extension's own background fetches, also after a browser restart.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/** A key/cert pair naming every host in `hosts` (first one as CN), made once into `dir`. */
export function testCertificate(dir: string, hosts: readonly string[]): Certificate {
  mkdirSync(dir, { recursive: true });
  const name = `test-${createHash('sha256').update(hosts.join(',')).digest('hex').slice(0, 12)}`;
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  if (!existsSync(cert)) {
    const san = `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`;
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${hosts[0]}`, '-addext', san], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface TunnelOptions {
  /** Hosts the proxy answers itself; every other host is refused. */
  served: RegExp;
  certificate: Certificate;
  /** Answers one request to a served host; `url` is absolute. */
  respond(url: string, req: IncomingMessage, res: ServerResponse): void;
  /** Told of each refused request (absolute URL, or host:port for CONNECT). */
  refused?(url: string): void;
}

export interface Tunnel {
  port: number;
  close(): Promise<void>;
}

export async function tunnel({ served, certificate, respond, refused }: TunnelOptions): Promise<Tunnel> {
  const tls = createHttps(certificate, (req, res) => respond(`https://${req.headers.host}${req.url}`, req, res));
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
    if (served.test(host)) return respond(url, req, res);
    refused?.(url);
    res.writeHead(403).end('refused by the test proxy');
  });
  // CONNECT tunnels leave the HTTP server's bookkeeping (closeAllConnections does not reach them):
  // kept here, so that close() ends them even while a browser that is quitting holds them open.
  const tunnels = new Set<Socket>();
  const track = (s: Socket) => {
    tunnels.add(s);
    s.on('close', () => tunnels.delete(s));
  };
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    track(socket);
    const host = (req.url ?? '').split(':')[0] ?? '';
    if (!served.test(host)) {
      refused?.(req.url ?? '');
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
    track(upstream);
    upstream.on('error', drop);
    socket.on('error', drop);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    async close() {
      for (const s of tunnels) s.destroy();
      proxy.closeAllConnections();
      tls.closeAllConnections();
      await Promise.all([new Promise((d) => proxy.close(d)), new Promise((d) => tls.close(d))]);
    },
  };
}
