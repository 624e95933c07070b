import { describe, expect, it } from 'vitest';
import { ACCEPT_CDX, DEFAULT_BACKOFF_MS, getOnServer, getText, MAX_REDIRECTS, requestInit, retryAfterMs, type FetchResponse, type HttpDeps } from '../../../lib/wayback/http';
import type { SentRequest } from '../../../lib/wayback/types';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const URL_ = 'https://web.archive.org/cdx/search/cdx?url=www.rfi.fr%2Fcn%2Fx';

function response(status: number, body = '', headers: Record<string, string> = {}): FetchResponse {
  return { status, url: URL_, redirected: false, headers: { get: (n) => headers[n.toLowerCase()] ?? null }, text: async () => body };
}

/** Fetch answering from a list, recording every init it was given, and a sleep that records its waits. */
function deps(answers: (FetchResponse | Error)[], maxWaitMs = 0) {
  const inits: RequestInit[] = [];
  const slept: number[] = [];
  const d: HttpDeps = {
    fetch: async (_url, init) => {
      inits.push(init);
      const next = answers.shift();
      if (!next) throw new Error('test: more requests than answers');
      if (next instanceof Error) throw next;
      return next;
    },
    sleep: async (ms) => void slept.push(ms),
    now: () => NOW,
    maxWaitMs,
  };
  return { d, inits, slept };
}

describe('requestInit: what every request carries', () => {
  it('is a GET without cookies, referrer or the reader’s languages', () => {
    expect(requestInit(ACCEPT_CDX)).toEqual({
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      headers: { Accept: 'application/json, text/plain;q=0.9', 'Accept-Language': '*' },
    });
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 12:00:30 GMT', NOW)).toBe(30_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs(null, NOW)).toBeNull();
  });
});

describe('getText', () => {
  it('returns the body of a 200 and logs the request', async () => {
    const { d, inits } = deps([response(200, '[]')]);
    const sent: SentRequest[] = [];
    expect(await getText(d, URL_, ACCEPT_CDX, sent)).toMatchObject({ ok: true, body: '[]' });
    expect(sent).toEqual([{ method: 'GET', url: URL_, status: 200 }]);
    expect(inits[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('calls a network error an outage', async () => {
    const { d } = deps([new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') })]);
    const sent: SentRequest[] = [];
    const r = await getText(d, URL_, ACCEPT_CDX, sent);
    expect(r).toEqual({ ok: false, failure: { kind: 'outage', httpStatus: null, retryAt: null, message: 'The Wayback Machine (web.archive.org) cannot be reached: connect ECONNREFUSED 127.0.0.1:9.' } });
    expect(sent).toEqual([{ method: 'GET', url: URL_, status: null }]);
  });

  it('calls a 5xx an outage', async () => {
    const { d } = deps([response(503, 'down')]);
    expect(await getText(d, URL_, ACCEPT_CDX, [])).toMatchObject({ ok: false, failure: { kind: 'outage', httpStatus: 503 } });
  });

  it('stops at a 429 whose Retry-After is longer than it may wait, and says until when', async () => {
    const { d, slept } = deps([response(429, '', { 'retry-after': '120' })], 5_000);
    const sent: SentRequest[] = [];
    const r = await getText(d, URL_, ACCEPT_CDX, sent);
    expect(r).toMatchObject({ ok: false, failure: { kind: 'rate-limited', httpStatus: 429, retryAt: NOW + 120_000 } });
    expect(!r.ok && r.failure.message).toBe('The Wayback Machine (web.archive.org) is limiting requests (HTTP 429); try again after 2026-12-07T12:02:00.000Z (in 120 s).');
    expect(slept).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('waits out a short Retry-After once, then retries', async () => {
    const { d, slept } = deps([response(429, '', { 'retry-after': '2' }), response(200, 'ok')], 5_000);
    const sent: SentRequest[] = [];
    expect(await getText(d, URL_, ACCEPT_CDX, sent)).toMatchObject({ ok: true, body: 'ok' });
    expect(slept).toEqual([2_000]);
    expect(sent.map((s) => s.status)).toEqual([429, 200]);
  });

  it('gives up after the one retry, and backs off a default minute without Retry-After', async () => {
    const again = deps([response(429, '', { 'retry-after': '1' }), response(429, '', { 'retry-after': '1' })], 5_000);
    expect(await getText(again.d, URL_, ACCEPT_CDX, [])).toMatchObject({ ok: false, failure: { kind: 'rate-limited', retryAt: NOW + 1_000 } });
    const bare = deps([response(429)], 5_000);
    expect(await getText(bare.d, URL_, ACCEPT_CDX, [])).toMatchObject({ ok: false, failure: { retryAt: NOW + DEFAULT_BACKOFF_MS } });
    expect(bare.slept).toEqual([]);
  });

  it('hands a 404 back to the caller to read', async () => {
    const { d } = deps([response(404, 'not in archive')]);
    expect(await getText(d, URL_, ACCEPT_CDX, [])).toMatchObject({ ok: true, response: { status: 404 } });
  });
});

describe('getOnServer', () => {
  const SERVER = 'https://web.archive.org';
  const CAPTURE = `${SERVER}/web/20240415101500id_/https://www.rfi.fr/cn/x`;
  function redirecting(table: Record<string, FetchResponse>) {
    const asked: string[] = [];
    const d: HttpDeps = {
      fetch: async (url, init) => {
        asked.push(url);
        expect(init.redirect).toBe('manual');
        const r = table[url];
        if (!r) throw new Error(`test: no answer for ${url}`);
        return r;
      },
      sleep: async () => {},
      now: () => NOW,
      redirects: 'manual',
    };
    return { d, asked };
  }
  const redirect = (location: string) => response(302, '', { location });

  it('follows a redirect itself while it stays on the server, logging each hop', async () => {
    const { d, asked } = redirecting({
      [CAPTURE]: redirect('/web/20240415101502id_/https://www.rfi.fr/cn/x'),
      [`${SERVER}/web/20240415101502id_/https://www.rfi.fr/cn/x`]: { ...response(200, '<html>'), url: '' },
    });
    const sent: SentRequest[] = [];
    const r = await getOnServer(d, CAPTURE, 'text/html', sent, SERVER);
    expect(r).toEqual({ ok: true, got: { status: 200, url: `${SERVER}/web/20240415101502id_/https://www.rfi.fr/cn/x`, redirected: true, body: '<html>' } });
    expect(asked).toHaveLength(2);
    expect(sent.map((s) => s.status)).toEqual([302, 200]);
  });

  it('never requests a redirect target off the server: it returns it unfetched', async () => {
    const { d, asked } = redirecting({ [CAPTURE]: redirect('https://www.rfi.fr/cn/x') });
    const r = await getOnServer(d, CAPTURE, 'text/html', [], SERVER);
    expect(r).toEqual({ ok: true, got: { status: 302, url: 'https://www.rfi.fr/cn/x', redirected: true, body: '' } });
    expect(asked).toEqual([CAPTURE]);
  });

  it('gives up on a redirect loop after MAX_REDIRECTS hops', async () => {
    const { d, asked } = redirecting({ [CAPTURE]: redirect(CAPTURE) });
    const r = await getOnServer(d, CAPTURE, 'text/html', [], SERVER);
    expect(r).toMatchObject({ ok: false, failure: { kind: 'bad-response', message: 'The Wayback Machine (web.archive.org) redirected more than 5 times.' } });
    expect(asked).toHaveLength(MAX_REDIRECTS + 1);
  });
});
