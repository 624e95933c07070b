// `rfi-lens inspect --wayback` as a user runs it, against a stand-in Wayback Machine on 127.0.0.1
// (tests/cli/wayback-server.ts) that answers in the CDX server's documented JSON and plain-text
// outputs and serves `id_` captures in the older RFI templates.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { cdxJson, cdxText, startWayback, type FakeWayback, type Route } from './wayback-server';

const BIN = resolve(REPO_ROOT, 'bin/rfi-lens.mjs');
const fixture = (path: string) => readFileSync(resolve(REPO_ROOT, 'tests/fixtures', path), 'utf8');
const MINI = resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html');
const MINI_URL = 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交?utm_source=test#top';
const MINI_DOUBLED = 'http://www.rfi.fr//cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4';
const G20_URL = 'https://www.rfi.fr/cn/专栏检索/要闻分析/20230302-二十国外长会议';
const G20_ORIGINAL = 'https://www.rfi.fr/cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E8%A6%81%E9%97%BB%E5%88%86%E6%9E%90/20230302-%E4%BA%8C%E5%8D%81%E5%9B%BD%E5%A4%96%E9%95%BF%E4%BC%9A%E8%AE%AE';

const work = mkdtempSync(join(tmpdir(), 'rfi-lens-wayback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let server: FakeWayback | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Runs the command without blocking this process (the stand-in server lives here). */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

async function serve(route: Route): Promise<FakeWayback> {
  server = await startWayback(route);
  return server;
}

const html = (res: Parameters<Route>[1], body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
const json = (res: Parameters<Route>[1], body: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(body);

describe('rfi-lens inspect --wayback', () => {
  it('compares the live 2025 page with the newest old-template capture (JSON) and lists the others', async () => {
    const fake = await serve((req, res) => {
      if (req.kind === 'cdx') {
        // Only the 2020-21 form (http, doubled slash, percent-encoded) has captures: two identical, one redirect.
        if (req.target === MINI_DOUBLED.replace('http://', '')) {
          return json(res, cdxJson([
            ['20240415101500', MINI_DOUBLED, '200', 'AAAA', 'text/html'],
            ['20240416101500', MINI_DOUBLED, '200', 'AAAA', 'text/html'],
            ['20240601000000', MINI_DOUBLED, '301', 'CCCC', 'unk'],
          ]));
        }
        return json(res, '[]');
      }
      if (req.flags === 'id_' && req.timestamp === '20240415101500') return html(res, fixture('wayback/cn-mini-older-template.html'));
      // The archived 301 replays as a redirect to the home page's capture.
      if (req.flags === 'id_' && req.timestamp === '20240601000000') return res.writeHead(302, { location: '/web/20240601000003id_/https://www.rfi.fr/cn/' }).end();
      if (req.original === 'https://www.rfi.fr/cn/') return html(res, fixture('wayback/cn-home-older-template.html'));
      res.writeHead(404).end();
    });
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const waybackUrl = `${fake.base}/web/20240415101500/${MINI_DOUBLED}`;
    expect(out.match).toMatchObject({ method: 'url', source: waybackUrl, archivedAt: '2024-04-15T10:15:00.000Z' });
    expect(out.changes.summary).toEqual({ unchanged: 6, changed: 1, added: 0, removed: 0 });
    expect(out.changes.paragraphs.find((p: { status: string }) => p.status === 'changed')).toMatchObject({ archived: expect.stringContaining('两点'), live: expect.stringContaining('一点') });
    expect(out.wayback.status).toBe('found');
    expect(out.wayback.compared).toEqual({
      source: 'wayback',
      capturedAt: '2024-04-15T10:15:00.000Z',
      timestamp: '20240415101500',
      original: MINI_DOUBLED,
      waybackUrl,
      captureUrl: `${fake.base}/web/20240415101500id_/${MINI_DOUBLED}`,
      digest: 'AAAA',
    });
    expect(out.wayback.captures.map((c: { timestamp: string; duplicates: number; verdict: { kind: string; reason?: string } }) => [c.timestamp, c.duplicates, c.verdict.kind, c.verdict.reason])).toEqual([
      ['20240601000000', 0, 'not-article', 'home-page'],
      ['20240415101500', 1, 'article', undefined],
    ]);
    expect(out.wayback.captures[0].verdict.detail).toBe('redirects to the home page https://www.rfi.fr/cn/');

    // What was sent: four CDX queries (one per path form), the newest capture (an archived 301, to
    // say where it leads) with the redirect it replays as, then the article's capture. GET only.
    expect(fake.received.map((q) => q.method)).toEqual(Array(7).fill('GET'));
    expect(fake.received.filter((q) => q.url.startsWith('/cdx/search/cdx?'))).toHaveLength(4);
    expect(fake.received.slice(4).map((q) => q.url)).toEqual([
      `/web/20240601000000id_/${MINI_DOUBLED}`,
      '/web/20240601000003id_/https://www.rfi.fr/cn/',
      `/web/20240415101500id_/${MINI_DOUBLED}`,
    ]);
    // The lookup logs every request it sent, redirect hops included: exactly what the server received.
    expect(out.wayback.requests.map((q: { url: string }) => q.url)).toEqual(fake.received.map((q) => `${fake.base}${q.url}`));
    expect(out.wayback.requests.map((q: { status: number }) => q.status)).toEqual([200, 200, 200, 200, 302, 200, 200]);
    for (const q of fake.received) {
      expect(q.url).not.toMatch(/utm_source|%23top/);
      expect(q.headers.cookie).toBeUndefined();
      expect(q.headers.referer).toBeUndefined();
      expect(q.headers.authorization).toBeUndefined();
      expect(q.headers['accept-language']).toBe('*');
    }
    expect(fake.received[0]!.headers.accept).toBe('application/json, text/plain;q=0.9');
    expect(fake.received[6]!.headers.accept).toBe('text/html');
  });

  it('reads the plain-text CDX output and the team’s older-template page as a capture (text report)', async () => {
    const live = join(work, 'g20-live.html');
    writeFileSync(live, fixture('pages/cn-older-template.html').replace('各方只发表了一份', '各方最终发表了一份'));
    const fake = await serve((req, res) => {
      if (req.kind === 'cdx') {
        const rows = req.target.startsWith('www.rfi.fr/cn/%E4') ? cdxText([['20230303081500', G20_ORIGINAL, '200', 'QQQQ', 'text/html']]) : '';
        return res.writeHead(200, { 'content-type': 'text/plain' }).end(rows);
      }
      if (req.flags === 'id_') return html(res, fixture('pages/cn-older-template.html'));
      res.writeHead(404).end();
    });
    const r = await cli('inspect', live, '--url', G20_URL, '--wayback', '--wayback-base', fake.base);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Archive: ${fake.base}/web/20230303081500/${G20_ORIGINAL}, captured 2023-03-03T08:15:00.000Z`);
    expect(r.stdout).toContain('paragraphs: 1 unchanged, 1 changed, 0 added, 0 removed');
    expect(r.stdout).toContain('    - 各方只发表了一份“主席国总结”。');
    expect(r.stdout).toContain('    + 各方最终发表了一份“主席国总结”。');
    expect(r.stdout).toContain(`Wayback Machine (${fake.base}): compared with the capture of 2023-03-03T08:15:00.000Z`);
    expect(r.stdout).toContain('5 requests sent (GET, no cookies, no referrer).');
  });

  it('says match: null and "no capture" when the service lists none', async () => {
    const fake = await serve((req, res) => (req.kind === 'cdx' ? json(res, '[]') : res.writeHead(404).end()));
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.match).toBeNull();
    expect(out.changes).toBeNull();
    expect(out.wayback).toMatchObject({ status: 'no-capture', captures: [], compared: null });
    expect(fake.received).toHaveLength(4);
    const text = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base);
    expect(text.stdout).toContain('Archive: no Wayback capture of this article to compare with.');
    expect(text.stdout).toContain('no capture of this article under any of its URL forms');
  });

  it('never follows a redirect off the Wayback server', async () => {
    const fake = await serve((req, res) => {
      if (req.kind === 'cdx') return json(res, cdxJson([['20240701000000', MINI_DOUBLED, '200', 'HHHH', 'text/html']]));
      // A mirror that sends the reader to the live site: the lookup must not go there.
      return res.writeHead(302, { location: 'http://127.0.0.2:9/cn/' }).end();
    });
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.match).toBeNull();
    expect(out.wayback.captures[0].verdict).toEqual({ kind: 'not-article', reason: 'redirect', detail: 'the service redirected out of the archive, to http://127.0.0.2:9/cn/', target: 'http://127.0.0.2:9/cn/' });
    expect(out.wayback.requests.map((q: { url: string }) => q.url).every((u: string) => u.startsWith(fake.base))).toBe(true);
  });

  it('shows a redirect to the home page as what it is, never as "no edits"', async () => {
    const fake = await serve((req, res) => {
      if (req.kind === 'cdx') return json(res, cdxJson([['20240701000000', MINI_DOUBLED, '200', 'HHHH', 'text/html']]));
      if (req.original === MINI_DOUBLED) return res.writeHead(302, { location: '/web/20240701000002id_/https://www.rfi.fr/cn/' }).end();
      if (req.original === 'https://www.rfi.fr/cn/') return html(res, fixture('wayback/cn-home-older-template.html'));
      res.writeHead(404).end();
    });
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.match).toBeNull();
    expect(out.changes).toBeNull();
    expect(out.wayback.status).toBe('not-article');
    expect(out.wayback.captures[0].verdict).toEqual({ kind: 'not-article', reason: 'home-page', detail: 'redirects to the home page https://www.rfi.fr/cn/', target: 'https://www.rfi.fr/cn/' });
    const text = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base);
    expect(text.stdout).toContain('none of those checked is the article, so nothing was compared');
    expect(text.stdout).toContain('not the article: redirects to the home page https://www.rfi.fr/cn/');
  });

  it('exits 2 with one line when the service cannot be reached (server closed)', async () => {
    const fake = await serve((_req, res) => res.writeHead(500).end());
    await fake.close();
    server = null;
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^rfi-lens: The Wayback Machine \(127\.0\.0\.1:\d+\) cannot be reached: .*ECONNREFUSED/);
  });

  it('exits 2 with one line on an outage (HTTP 503)', async () => {
    const fake = await serve((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable'));
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^rfi-lens: The Wayback Machine \(127\.0\.0\.1:\d+\) is not answering: HTTP 503\.\n$/);
    expect(fake.received).toHaveLength(1);
  });

  it('exits 2 with one line on HTTP 429, says when to try again, and sends nothing more', async () => {
    const fake = await serve((_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('Too Many Requests'));
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is limiting requests \(HTTP 429\); try again after \d{4}-\d\d-\d\dT[\d:.]+Z \(in 120 s\)\.$/m);
    expect(fake.received).toHaveLength(1);
  });

  it('waits out a short Retry-After once, then carries on', async () => {
    let limited = false;
    const fake = await serve((req, res) => {
      if (!limited) {
        limited = true;
        return res.writeHead(429, { 'retry-after': '1' }).end();
      }
      if (req.kind === 'cdx') return json(res, cdxJson([['20240415101500', MINI_DOUBLED, '200', 'AAAA', 'text/html']]));
      return html(res, fixture('wayback/cn-mini-older-template.html'));
    });
    const r = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).wayback.requests.map((q: { status: number }) => q.status)).toEqual([429, 200, 200, 200, 200, 200]);
    expect(r.ms).toBeGreaterThanOrEqual(1000);
  });

  it('--version <timestamp> compares with that capture, and names the captures when it is not one', async () => {
    const fake = await serve((req, res) => {
      if (req.kind === 'cdx') {
        return json(res, cdxJson([['20240415101500', MINI_DOUBLED, '200', 'AAAA', 'text/html'], ['20240420000000', MINI_DOUBLED, '200', 'BBBB', 'text/html']]));
      }
      const page = fixture('wayback/cn-mini-older-template.html');
      return html(res, req.timestamp === '20240420000000' ? page.replace('凌晨两点', '凌晨一点') : page);
    });
    const newest = JSON.parse((await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--json')).stdout);
    expect(newest.wayback.compared.timestamp).toBe('20240420000000');
    expect(newest.changes.summary.changed).toBe(0);
    const older = JSON.parse((await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--version', '20240415101500', '--json')).stdout);
    expect(older.wayback.compared.timestamp).toBe('20240415101500');
    expect(older.changes.summary.changed).toBe(1);
    const missing = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', fake.base, '--version', '20200101000000');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('rfi-lens: --version 20200101000000 is not a Wayback capture of this article that could be compared (captures: 20240420000000, 20240415101500)\n');
  });

  it('refuses a --wayback-base that is not a server URL and --corpus beside --wayback', async () => {
    const bad = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--wayback-base', 'ftp://x');
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: 'rfi-lens: --wayback-base needs a server URL (http:// or https://)\n' });
    const both = await cli('inspect', MINI, '--url', MINI_URL, '--wayback', '--corpus', work);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('cannot be combined with --corpus');
  });
});
