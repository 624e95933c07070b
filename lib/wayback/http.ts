// What the lookup sends, and how it reads what comes back. Every request is a GET of a public
// Wayback URL with these options and nothing else: no cookies or HTTP credentials
// (`credentials: 'omit'`), no Referer (`referrerPolicy: 'no-referrer'`), `Accept-Language: *` so
// the reader's languages are not sent, and only the article's URL (never its query or fragment) in
// the query string. The caller's fetch adds its own transport headers (User-Agent and the like).
import type { LookupFailure, SentRequest } from './types';

/** The part of the fetch Response the lookup reads. */
export interface FetchResponse {
  status: number;
  url: string;
  redirected: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The injected fetch: the browser's or Node's `fetch` (with the caller's timeout). */
export type WaybackFetch = (url: string, init: RequestInit) => Promise<FetchResponse>;

/** What the lookup needs from its host; lib/ itself has no timers and no network. */
export interface HttpDeps {
  fetch: WaybackFetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Longest Retry-After the lookup waits out before retrying once (default 0: it stops and says so). */
  maxWaitMs?: number;
  /**
   * `manual`: the lookup follows a redirect itself, only while it stays on the Wayback server, so
   * nothing is ever requested elsewhere (Node, where a 3xx and its Location can be read).
   * `follow` (default): fetch follows redirects (browsers, where a manual redirect is opaque).
   */
  redirects?: 'follow' | 'manual';
}

/** Redirects followed at most per request. */
export const MAX_REDIRECTS = 5;

/** Back-off after a 429 without a usable Retry-After header. */
export const DEFAULT_BACKOFF_MS = 60_000;

/** The request options: one object, so what is sent is written once. */
export function requestInit(accept: string, redirect: 'follow' | 'manual' = 'follow'): RequestInit {
  return {
    method: 'GET',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect,
    headers: { Accept: accept, 'Accept-Language': '*' },
  };
}

export const ACCEPT_CDX = 'application/json, text/plain;q=0.9';
export const ACCEPT_HTML = 'text/html';

/** Retry-After in ms from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export type HttpResult = { ok: true; response: FetchResponse; body: string } | { ok: false; failure: LookupFailure };

const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The failure for a response that is not usable, or null when it is (2xx, or a 4xx the caller reads). */
export function classifyStatus(status: number, url: string, retryAt: number, now: number): LookupFailure | null {
  if (status === 429) {
    const seconds = Math.ceil((retryAt - now) / 1000);
    const message = `The Wayback Machine (${host(url)}) is limiting requests (HTTP 429); try again after ${new Date(retryAt).toISOString()} (in ${seconds} s).`;
    return { kind: 'rate-limited', httpStatus: 429, retryAt, message };
  }
  if (status >= 500) return { kind: 'outage', httpStatus: status, retryAt: null, message: `The Wayback Machine (${host(url)}) is not answering: HTTP ${status}.` };
  return null;
}

/**
 * One GET, logged in `sent`. A 429 is waited out once when its Retry-After is at most
 * `maxWaitMs`; otherwise, and for a network error or a 5xx, the result is the failure.
 */
export async function getText(deps: HttpDeps, url: string, accept: string, sent: SentRequest[]): Promise<HttpResult> {
  for (let attempt = 0; attempt < 2; attempt++) {
    let response: FetchResponse;
    let body: string;
    try {
      response = await deps.fetch(url, requestInit(accept, deps.redirects));
      body = await response.text();
    } catch (error) {
      sent.push({ method: 'GET', url, status: null });
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      return { ok: false, failure: { kind: 'outage', httpStatus: null, retryAt: null, message: `The Wayback Machine (${host(url)}) cannot be reached: ${reason}.` } };
    }
    sent.push({ method: 'GET', url, status: response.status });
    const now = deps.now();
    const wait = response.status === 429 ? (retryAfterMs(response.headers.get('retry-after'), now) ?? DEFAULT_BACKOFF_MS) : 0;
    if (response.status === 429 && attempt === 0 && wait <= (deps.maxWaitMs ?? 0)) {
      await deps.sleep(wait);
      continue;
    }
    const failure = classifyStatus(response.status, url, now + wait, now);
    return failure ? { ok: false, failure } : { ok: true, response, body };
  }
  throw new Error('unreachable: the loop returns on its second attempt');
}

/** A response as the lookup reads it, after the redirects it followed. */
export interface Got {
  status: number;
  /** Where the response came from, or for a redirect off the server, where it pointed (not fetched). */
  url: string;
  redirected: boolean;
  body: string;
}

function resolveUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/**
 * getText, following redirects: by fetch (`follow`), or by the lookup while they stay under
 * `server` (`manual`); a redirect elsewhere is returned unfetched, as a 3xx with its target as `url`.
 */
export async function getOnServer(deps: HttpDeps, url: string, accept: string, sent: SentRequest[], server: string): Promise<{ ok: true; got: Got } | { ok: false; failure: LookupFailure }> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const r = await getText(deps, current, accept, sent);
    if (!r.ok) return r;
    const location = r.response.headers.get('location');
    if (deps.redirects === 'manual' && r.response.status >= 300 && r.response.status < 400 && location) {
      const next = resolveUrl(location, current);
      if (!next.startsWith(`${server}/`)) return { ok: true, got: { status: r.response.status, url: next, redirected: true, body: '' } };
      current = next;
      continue;
    }
    // `response.url` is the URL as fetch serialised it (raw UTF-8 percent-encoded): not a redirect by itself.
    return { ok: true, got: { status: r.response.status, url: r.response.url || current, redirected: r.response.redirected || current !== url, body: r.body } };
  }
  return { ok: false, failure: { kind: 'bad-response', httpStatus: null, retryAt: null, message: `The Wayback Machine (${host(url)}) redirected more than ${MAX_REDIRECTS} times.` } };
}
