import { describe, expect, it } from 'vitest';
import { urlKey } from '../../../lib/match/url-key';
import { isHomeUrl, readCapture } from '../../../lib/wayback/capture-page';
import { listCaptures } from '../../../lib/wayback/captures';
import { DOUBLED, fixture, HOME_OLD, liveMini, MINI_OLD, PAGE_URL, parseHtml } from './support';

const BASE = 'https://web.archive.org';
const capture = listCaptures(
  [{ timestamp: '20240415101500', original: DOUBLED, statuscode: '200', digest: 'AAAA', mimetype: 'text/html' }],
  BASE,
  new Set([urlKey(PAGE_URL)!]),
).captures[0]!;
const fetched = (html: string, finalUrl = capture.captureUrl, status = 200) => ({ status, finalUrl, redirected: finalUrl !== capture.captureUrl, html });

describe('readCapture', () => {
  it('reads an old-template capture with the live extractor and keeps its provenance', () => {
    const r = readCapture(capture, fetched(MINI_OLD), liveMini(), PAGE_URL, parseHtml);
    expect(r.verdict).toEqual({ kind: 'article' });
    expect(r.chosen?.article).toMatchObject({
      title: '巴黎试点夜间公交 测试新线路',
      authors: ['林一', '王二'],
      archivedAt: Date.parse('2024-04-15T10:15:00Z'),
      displayedAt: '2024-04-15T06:30:00.000Z',
      source: `${BASE}/web/20240415101500/${DOUBLED}`,
    });
    expect(r.chosen?.article.paragraphs.map((p) => p.text)).toContain('目前巴黎地铁在凌晨两点左右停止运行，巴黎的夜班工作者只能依靠出租车。');
    expect(r.chosen?.provenance).toEqual({
      source: 'wayback',
      capturedAt: '2024-04-15T10:15:00.000Z',
      timestamp: '20240415101500',
      original: DOUBLED,
      waybackUrl: `${BASE}/web/20240415101500/${DOUBLED}`,
      captureUrl: `${BASE}/web/20240415101500id_/${DOUBLED}`,
      digest: 'AAAA',
    });
  });

  it('takes the capture time from where the Wayback Machine landed when it picked a nearby timestamp', () => {
    const r = readCapture(capture, fetched(MINI_OLD, `${BASE}/web/20240416000000id_/${DOUBLED}`), liveMini(), PAGE_URL, parseHtml);
    expect(r.chosen?.provenance).toEqual({
      source: 'wayback',
      capturedAt: '2024-04-16T00:00:00.000Z',
      timestamp: '20240416000000',
      original: DOUBLED,
      waybackUrl: `${BASE}/web/20240416000000/${DOUBLED}`,
      captureUrl: `${BASE}/web/20240416000000id_/${DOUBLED}`,
      digest: '-',
    });
    expect(r.chosen?.article.source).toBe(`${BASE}/web/20240416000000/${DOUBLED}`);
  });

  it('keeps the listed capture when fetch only re-encoded its raw UTF-8 URL', () => {
    const raw = listCaptures(
      [{ timestamp: '20240415101500', original: 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交', statuscode: '200', digest: 'RAW1', mimetype: 'text/html' }],
      BASE,
      new Set([urlKey(PAGE_URL)!]),
    ).captures[0]!;
    const served = `${BASE}/web/20240415101500id_/https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4`;
    const r = readCapture(raw, { status: 200, finalUrl: served, redirected: false, html: MINI_OLD }, liveMini(), PAGE_URL, parseHtml);
    expect(r.chosen?.provenance).toMatchObject({ digest: 'RAW1', waybackUrl: raw.waybackUrl, original: raw.original });
  });

  it('calls a redirect to the home page what it is', () => {
    const r = readCapture(capture, fetched(HOME_OLD, `${BASE}/web/20240501000000id_/https://www.rfi.fr/cn/`), liveMini(), PAGE_URL, parseHtml);
    expect(r).toEqual({ verdict: { kind: 'not-article', reason: 'home-page', detail: 'redirects to the home page https://www.rfi.fr/cn/', target: 'https://www.rfi.fr/cn/' }, chosen: null });
  });

  it('calls a redirect to another page a redirect', () => {
    const other = 'https://www.rfi.fr/cn/法国/20240416-另一篇';
    const r = readCapture(capture, fetched(MINI_OLD, `${BASE}/web/20240501000000id_/${other}`), liveMini(), PAGE_URL, parseHtml);
    expect(r.verdict).toEqual({ kind: 'not-article', reason: 'redirect', detail: `redirects to ${other}`, target: other });
  });

  it('never reads a page a redirect took out of the archive as a capture', () => {
    const r = readCapture(capture, fetched(MINI_OLD, 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交'), liveMini(), PAGE_URL, parseHtml);
    expect(r).toEqual({ verdict: { kind: 'not-article', reason: 'redirect', detail: 'the service redirected out of the archive, to https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交', target: 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交' }, chosen: null });
  });

  it('knows the home page served at the article URL, and other non-article pages', () => {
    expect(readCapture(capture, fetched(HOME_OLD), liveMini(), PAGE_URL, parseHtml).verdict).toMatchObject({ reason: 'home-page', detail: 'the capture is the home page' });
    const error = '<html><head><title>Page introuvable</title></head><body><h1>404</h1></body></html>';
    expect(readCapture(capture, fetched(error), liveMini(), PAGE_URL, parseHtml).verdict).toMatchObject({ reason: 'not-article' });
    const empty = '<html><head><meta property="og:type" content="article"></head><body></body></html>';
    expect(readCapture(capture, fetched(empty), liveMini(), PAGE_URL, parseHtml).verdict).toMatchObject({ reason: 'not-article', detail: 'no article text could be read from the capture' });
  });

  it('refuses another article at the URL: findMatch decides, not the URL it was fetched at', () => {
    const g20 = fixture('pages/cn-older-template.html');
    expect(readCapture(capture, fetched(g20), liveMini(), PAGE_URL, parseHtml).verdict).toEqual({
      kind: 'not-article',
      reason: 'other-article',
      detail: 'the capture holds another article: 二十国外长会议未达成共识',
      target: 'https://www.rfi.fr/cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E8%A6%81%E9%97%BB%E5%88%86%E6%9E%90/20230302-%E4%BA%8C%E5%8D%81%E5%9B%BD%E5%A4%96%E9%95%BF%E4%BC%9A%E8%AE%AE',
    });
  });

  it('calls a capture the service cannot replay unavailable', () => {
    expect(readCapture(capture, fetched('gone', capture.captureUrl, 404), liveMini(), PAGE_URL, parseHtml).verdict).toMatchObject({ reason: 'unavailable', detail: 'the Wayback Machine answered HTTP 404 for this capture' });
  });
});

describe('isHomeUrl', () => {
  it('knows edition home pages and nothing else', () => {
    for (const url of ['https://www.rfi.fr/cn/', 'https://www.rfi.fr/cn', 'http://rfi.fr/', 'https://www.rfi.fr/FR/']) expect(isHomeUrl(url)).toBe(true);
    for (const url of ['https://www.rfi.fr/cn/政治/', PAGE_URL, 'https://example.com/', 'nope']) expect(isHomeUrl(url)).toBe(false);
  });
});
