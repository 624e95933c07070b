import { describe, expect, it } from 'vitest';
import { lookupWayback, type LookupOptions } from '../../../lib/wayback/lookup';
import { DOUBLED, HOME_OLD, liveMini, MINI_OLD, PAGE_URL, parseHtml, tableFetch, type Answer } from './support';

const BASE = 'http://127.0.0.1:9';
const HTTPS = DOUBLED.replace('http://www.rfi.fr//', 'https://www.rfi.fr/');
const json = (rows: string[][]) => JSON.stringify([['timestamp', 'original', 'statuscode', 'digest', 'mimetype'], ...rows]);
const isCdx = (url: string) => url.startsWith(`${BASE}/cdx/search/cdx?`);
const target = (url: string) => new URL(url).searchParams.get('url');

function options(answer: (url: string) => Answer | Error | undefined, extra: Partial<LookupOptions> = {}) {
  const { fetch, asked } = tableFetch(answer);
  const slept: number[] = [];
  const opts: LookupOptions = { fetch, parseHtml, base: BASE, sleep: async (ms) => void slept.push(ms), now: () => 0, ...extra };
  return { opts, asked, slept };
}

describe('lookupWayback', () => {
  it('asks the CDX server once per path form and compares with the newest capture that is the article', async () => {
    const { opts, asked } = options((url) => {
      if (isCdx(url)) {
        // The doubled-slash query finds the 2024 captures; the https one finds a later redirect and a duplicate.
        if (target(url) === DOUBLED.replace('http://', '')) return { status: 200, body: json([['20240415101500', DOUBLED, '200', 'AAAA', 'text/html']]) };
        if (target(url)?.startsWith('www.rfi.fr/cn/%E6')) {
          return { status: 200, body: json([['20240420000000', HTTPS, '200', 'AAAA', 'text/html'], ['20240501000000', HTTPS, '301', 'CCCC', 'unk'], ['20240502000000', HTTPS, '200', 'DDDD', 'text/html']]) };
        }
        return { status: 200, body: '[]' };
      }
      if (url.includes('20240502000000id_')) return { status: 200, url: `${BASE}/web/20240502000001id_/https://www.rfi.fr/cn/`, body: HOME_OLD };
      if (url.includes('20240415101500id_')) return { status: 200, body: MINI_OLD };
      return undefined;
    });
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r.status).toBe('found');
    expect(r.failure).toBeNull();
    expect(asked.filter((a) => isCdx(a.url))).toHaveLength(4);
    expect(asked.map((a) => a.url).filter((u) => !isCdx(u))).toEqual([`${BASE}/web/20240502000000id_/${HTTPS}`, `${BASE}/web/20240415101500id_/${DOUBLED}`]);
    expect(r.captures.map((c) => [c.timestamp, c.duplicates, c.verdict])).toEqual([
      ['20240502000000', 0, { kind: 'not-article', reason: 'home-page', detail: 'redirects to the home page https://www.rfi.fr/cn/', target: 'https://www.rfi.fr/cn/' }],
      ['20240501000000', 0, { kind: 'not-article', reason: 'redirect', detail: 'archived as a redirect (HTTP 301)', target: null }],
      ['20240415101500', 1, { kind: 'article' }],
    ]);
    expect(r.chosen?.provenance).toMatchObject({ timestamp: '20240415101500', digest: 'AAAA', original: DOUBLED });
    expect(r.requests).toHaveLength(6);
    expect(r.requests.every((q) => q.method === 'GET' && !q.url.includes('utm_source'))).toBe(true);
  });

  it('reads a server that answers in the plain-text output', async () => {
    const { opts } = options((url) =>
      isCdx(url) ? { status: 200, body: `20240415101500 ${DOUBLED} 200 AAAA text/html\n` } : url.includes('id_') ? { status: 200, body: MINI_OLD } : undefined,
    );
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r.status).toBe('found');
    expect(r.captures).toHaveLength(1);
  });

  it('says no capture when every query lists none, and fetches nothing', async () => {
    const { opts, asked } = options((url) => (isCdx(url) ? { status: 200, body: '[]' } : undefined));
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r).toMatchObject({ status: 'no-capture', captures: [], chosen: null, failure: null });
    expect(asked).toHaveLength(4);
  });

  it('says not-article when the captures checked are not the article, and fetches at most maxFetches', async () => {
    const rows = ['20240501000000', '20240502000000', '20240503000000'].map((t, n) => [t, DOUBLED, '200', `D${n}`, 'text/html']);
    const { opts, asked } = options((url) => (isCdx(url) ? { status: 200, body: json(rows) } : { status: 200, body: HOME_OLD }), { maxFetches: 2 });
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r.status).toBe('not-article');
    expect(r.chosen).toBeNull();
    expect(asked.filter((a) => !isCdx(a.url))).toHaveLength(2);
    expect(r.captures.map((c) => c.verdict.kind)).toEqual(['not-article', 'not-article', 'unchecked']);
  });

  it('stops at the first outage and at the first rate limit, sending nothing more', async () => {
    const down = options(() => new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }));
    const r1 = await lookupWayback(liveMini(), PAGE_URL, down.opts);
    expect(r1).toMatchObject({ status: 'failed', failure: { kind: 'outage', httpStatus: null } });
    expect(down.asked).toHaveLength(1);

    const limited = options(() => ({ status: 429, headers: { 'retry-after': '600' } }), { maxWaitMs: 1000 });
    const r2 = await lookupWayback(liveMini(), PAGE_URL, limited.opts);
    expect(r2).toMatchObject({ status: 'failed', failure: { kind: 'rate-limited', retryAt: 600_000 } });
    expect(limited.asked).toHaveLength(1);
    expect(limited.slept).toEqual([]);
  });

  it('calls an outage during the capture fetch an outage, not "no capture"', async () => {
    const { opts } = options((url) => (isCdx(url) ? { status: 200, body: json([['20240415101500', DOUBLED, '200', 'AAAA', 'text/html']]) } : { status: 502 }));
    expect(await lookupWayback(liveMini(), PAGE_URL, opts)).toMatchObject({ status: 'failed', failure: { kind: 'outage', httpStatus: 502 } });
  });

  it('refuses an unreadable CDX answer and a refused query rather than listing nothing', async () => {
    const html = options(() => ({ status: 200, body: '<html>captcha</html>' }));
    expect(await lookupWayback(liveMini(), PAGE_URL, html.opts)).toMatchObject({ status: 'failed', failure: { kind: 'bad-response' } });
    const blocked = options(() => ({ status: 403, body: 'Blocked Site Error' }));
    expect(await lookupWayback(liveMini(), PAGE_URL, blocked.opts)).toMatchObject({ status: 'failed', failure: { kind: 'refused', httpStatus: 403 } });
  });

  it('fetches the newest capture when it is an archived redirect, to say where it leads', async () => {
    const rows = [['20240415101500', DOUBLED, '200', 'AAAA', 'text/html'], ['20240601000000', HTTPS, '301', 'RRRR', 'unk'], ['20240501000000', HTTPS, '302', 'SSSS', 'unk']];
    const { opts, asked } = options((url) => {
      if (isCdx(url)) return { status: 200, body: json(rows) };
      if (url.includes('20240601000000id_')) return { status: 200, url: `${BASE}/web/20240601000002id_/https://www.rfi.fr/cn/`, body: HOME_OLD };
      if (url.includes('20240415101500id_')) return { status: 200, body: MINI_OLD };
      return undefined;
    });
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r.status).toBe('found');
    expect(r.captures.map((c) => [c.timestamp, c.verdict])).toEqual([
      ['20240601000000', { kind: 'not-article', reason: 'home-page', detail: 'redirects to the home page https://www.rfi.fr/cn/', target: 'https://www.rfi.fr/cn/' }],
      ['20240501000000', { kind: 'not-article', reason: 'redirect', detail: 'archived as a redirect (HTTP 302)', target: null }],
      ['20240415101500', { kind: 'article' }],
    ]);
    expect(asked.filter((a) => !isCdx(a.url))).toHaveLength(2);
  });

  it('finds the article behind an archived http → https redirect of its own URL', async () => {
    const { opts } = options((url) => {
      if (isCdx(url)) return { status: 200, body: json([['20240601000000', DOUBLED, '301', 'RRRR', 'unk']]) };
      if (url.includes('20240601000000id_')) return { status: 200, url: `${BASE}/web/20240601000001id_/${HTTPS}`, body: MINI_OLD };
      return undefined;
    });
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r.status).toBe('found');
    expect(r.chosen?.provenance).toMatchObject({ timestamp: '20240601000001', original: HTTPS, digest: '-' });
    expect(r.captures[0]!.verdict).toEqual({ kind: 'article' });
  });

  it('says so when a query hits the listing limit (the oldest rows come first)', async () => {
    const stamp = (n: number) => `20230101${String(Math.floor(n / 60)).padStart(2, '0')}${String(n % 60).padStart(2, '0')}00`;
    const many = Array.from({ length: 500 }, (_, n) => [stamp(n), DOUBLED, '404', `E${n}`, 'text/html']);
    const { opts } = options((url) => (isCdx(url) ? { status: 200, body: target(url) === DOUBLED.replace('http://', '') ? json(many) : '[]' } : undefined));
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r.captures).toHaveLength(500);
    expect(r.warnings).toEqual([`${DOUBLED.replace('http://', '')}: the service listed the oldest 500 captures only; later ones are not shown`]);
  });

  it('compares with the capture asked for (--version) when it is listed', async () => {
    const rows = [['20240415101500', DOUBLED, '200', 'AAAA', 'text/html'], ['20240420000000', DOUBLED, '200', 'BBBB', 'text/html']];
    const { opts, asked } = options((url) => (isCdx(url) ? { status: 200, body: json(rows) } : { status: 200, body: MINI_OLD }), { prefer: '20240415101500' });
    const r = await lookupWayback(liveMini(), PAGE_URL, opts);
    expect(r.chosen?.provenance.timestamp).toBe('20240415101500');
    expect(asked.filter((a) => !isCdx(a.url))).toHaveLength(1);
    expect(r.captures.map((c) => c.verdict.kind)).toEqual(['unchecked', 'article']);
  });
});
