// A loopback proxy that answers every rfi.fr request itself and refuses everything else
// (tunnel.ts), recording each URL asked and the Cookie header it came with.
import { testCertificate, tunnel } from './tunnel';

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

export async function startRfiProxy(answer: (url: string) => Answer | null, certDir: string): Promise<RfiProxy> {
  const requests: string[] = [];
  const cookies: (string | null)[] = [];
  const { port, close } = await tunnel({
    served: /(^|\.)rfi\.fr$/i,
    certificate: testCertificate(certDir, ['www.rfi.fr', '*.rfi.fr', 'rfi.fr']),
    respond(url, req, res) {
      requests.push(url);
      cookies.push(req.headers.cookie ?? null);
      const a = answer(url);
      res.writeHead(a?.status ?? 404, {
        'content-type': a?.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(a?.setCookie ? { 'set-cookie': a.setCookie } : {}),
      });
      res.end(a?.body ?? 'not served by the test');
    },
  });
  return { port, requests, cookies, close };
}
