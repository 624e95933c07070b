import { describe, expect, it } from 'vitest';
import { readCapture } from '../../../lib/wayback/capture-page';
import { lookupWayback } from '../../../lib/wayback/lookup';
import { CACHE_MAX_AGE_MS, CACHE_MAX_ENTRIES, emptyOutcome, fromCache, mergeOutcome, outcomeOf, withCached } from '../../../lib/wayback/outcome';
import type { WaybackLookup } from '../../../lib/wayback/types';
import { DOUBLED, liveMini, MINI_OLD, PAGE_URL, parseHtml, tableFetch } from './support';

const BASE = 'http://127.0.0.1:9';
const json = (rows: string[][]) => JSON.stringify([['timestamp', 'original', 'statuscode', 'digest', 'mimetype'], ...rows]);
const isCdx = (url: string) => url.startsWith(`${BASE}/cdx/search/cdx?`);
const deps = { base: BASE, sleep: async () => undefined, now: () => 0 };

/** A lookup over the mini article: one capture that is the article, one archived 404, one not checked. */
async function found(): Promise<WaybackLookup> {
  const { fetch } = tableFetch((url) =>
    isCdx(url)
      ? { status: 200, body: json([['20240415101500', DOUBLED, '200', 'AAAA', 'text/html'], ['20240420000000', DOUBLED, '200', 'AAAA', 'text/html'], ['20240301000000', DOUBLED, '200', 'BBBB', 'text/html'], ['20240601000000', DOUBLED, '404', 'CCCC', 'text/html']]) }
      : url.includes('20240415101500id_')
        ? { status: 200, body: MINI_OLD }
        : undefined,
  );
  return lookupWayback(liveMini(), PAGE_URL, { ...deps, fetch, parseHtml, maxFetches: 1 });
}

describe('the lookup as the sidebar is told it', () => {
  it('found: each listed capture with what it is, the stored version on the one compared', async () => {
    const o = outcomeOf(await found(), 'wayback/1713176100000-abcdef12', 5000);
    expect(o).toMatchObject({ state: 'found', version: 'wayback/1713176100000-abcdef12', checkedAt: 5000, fromCache: false, retryAt: null });
    expect(o.captures.map((c) => [c.timestamp, c.verdict, c.version, c.duplicates])).toEqual([
      ['20240601000000', 'error-page', null, 0],
      ['20240415101500', 'article', 'wayback/1713176100000-abcdef12', 1],
      ['20240301000000', 'unchecked', null, 0],
    ]);
    expect(o.captures[1]!.lastSeen).toBe('2024-04-20T00:00:00.000Z');
    expect(o.requests).toBeGreaterThan(0);
  });

  it('found but not stored is a failure, not a comparison', async () => {
    expect(outcomeOf(await found(), null, 1).state).toBe('failed');
  });

  it('outage, rate limit (with its time), refusal, no capture: each its own state', () => {
    const base: WaybackLookup = { status: 'failed', captures: [], chosen: null, requests: [], warnings: [], failure: null };
    const f = (kind: 'outage' | 'rate-limited' | 'refused' | 'bad-response', httpStatus: number | null, retryAt: number | null = null) => outcomeOf({ ...base, failure: { kind, httpStatus, retryAt, message: '' } }, null, 1);
    expect(f('outage', 503)).toMatchObject({ state: 'outage', httpStatus: 503 });
    expect(f('outage', null)).toMatchObject({ state: 'outage', httpStatus: null });
    expect(f('rate-limited', 429, 99_000)).toMatchObject({ state: 'rate-limited', retryAt: 99_000 });
    expect(f('refused', 403).state).toBe('failed');
    expect(f('bad-response', 200).state).toBe('failed');
    expect(outcomeOf({ ...base, status: 'no-capture' }, null, 1).state).toBe('no-capture');
    expect(outcomeOf({ ...base, status: 'not-article' }, null, 1).state).toBe('not-article');
  });

  it('a later lookup keeps what the earlier one learnt (verdicts, stored versions); a failure replaces nothing', async () => {
    const first = outcomeOf(await found(), 'wayback/1', 1);
    const later = { ...first, captures: first.captures.map((c) => ({ ...c, verdict: c.timestamp === '20240415101500' ? ('unchecked' as const) : c.verdict, version: null })) };
    const merged = mergeOutcome(first, later);
    expect(merged.captures.find((c) => c.timestamp === '20240415101500')).toMatchObject({ verdict: 'article', version: 'wayback/1' });
    const outage = emptyOutcome('outage');
    expect(mergeOutcome(first, outage)).toBe(outage);
  });
});

describe('the cache of lookups', () => {
  it('answers for a day under any URL form of the article; failures are never cached', async () => {
    const o = outcomeOf(await found(), 'wayback/1', 1_000);
    const cache = withCached({}, PAGE_URL, o);
    expect(fromCache(cache, DOUBLED, 1_000 + CACHE_MAX_AGE_MS)).toMatchObject({ state: 'found', fromCache: true, requests: 0 });
    expect(fromCache(cache, PAGE_URL, 1_001 + CACHE_MAX_AGE_MS)).toBeNull();
    expect(fromCache(cache, 'https://www.rfi.fr/cn/法国/20240416-别的文章', 2_000)).toBeNull();
    for (const state of ['outage', 'rate-limited', 'failed', 'asking', 'declined'] as const) expect(withCached({}, PAGE_URL, emptyOutcome(state, { checkedAt: 1 }))).toEqual({});
  });

  it('keeps the most recently asked articles only', () => {
    let cache = {};
    for (let i = 0; i < CACHE_MAX_ENTRIES + 5; i++) cache = withCached(cache, `https://www.rfi.fr/cn/法国/20240415-文章${i}`, emptyOutcome('no-capture', { checkedAt: i }));
    expect(Object.keys(cache)).toHaveLength(CACHE_MAX_ENTRIES);
    expect(fromCache(cache, 'https://www.rfi.fr/cn/法国/20240415-文章0', 10)).toBeNull();
    expect(fromCache(cache, `https://www.rfi.fr/cn/法国/20240415-文章${CACHE_MAX_ENTRIES + 4}`, CACHE_MAX_ENTRIES + 5)).not.toBeNull();
  });
});

describe('lookupWayback with the reading handed elsewhere (Chrome: the offscreen document)', () => {
  it('reads each fetched capture through `read` and gives the same answer as with a parser here', async () => {
    const seen: string[] = [];
    const { fetch } = tableFetch((url) => (isCdx(url) ? { status: 200, body: json([['20240415101500', DOUBLED, '200', 'AAAA', 'text/html']]) } : url.includes('id_') ? { status: 200, body: MINI_OLD } : undefined));
    const handed = await lookupWayback(liveMini(), PAGE_URL, {
      ...deps,
      fetch,
      read: async (capture, fetched, live, pageUrl) => {
        seen.push(capture.timestamp);
        return JSON.parse(JSON.stringify(readCapture(capture, fetched, live, pageUrl, parseHtml))); // as if across a message
      },
    });
    const here = await lookupWayback(liveMini(), PAGE_URL, { ...deps, fetch, parseHtml });
    expect(seen).toEqual(['20240415101500']);
    expect(handed.status).toBe('found');
    expect(handed.chosen).toEqual(here.chosen);
    expect(handed.chosen?.article.wayback).toEqual({ waybackUrl: `${BASE}/web/20240415101500/${DOUBLED}`, digest: 'AAAA', timestamp: '20240415101500', original: DOUBLED });
  });

  it('without a parser or a reader it says so', async () => {
    const { fetch } = tableFetch((url) => (isCdx(url) ? { status: 200, body: json([['20240415101500', DOUBLED, '200', 'AAAA', 'text/html']]) } : { status: 200, body: MINI_OLD }));
    await expect(lookupWayback(liveMini(), PAGE_URL, { ...deps, fetch })).rejects.toThrow('lookupWayback needs parseHtml or read');
  });
});
