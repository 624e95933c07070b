// The Wayback Machine on request, in real browsers (Chromium MV3, Firefox ESR MV2 and MV3), every
// request going through the test's proxy (wayback-proxy.ts: rfi.fr and web.archive.org answered by
// the test, everything else refused). CDX answers in the server's two documented outputs (JSON and
// plain text), the `id_` capture in the 2020-23 template (team fixtures, no ../shared), no capture,
// an outage, a 429, captures that are not the article; the permission asked on first use only.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdxJson, cdxText } from '../cli/wayback-server';
import { REPO_ROOT } from '../support/shared';
import { OUT, SHOTS, TMP } from './support/browsers';
import { IN_ROOT, pageKey, poll } from './support/driver';
import { waybackChromium, waybackFirefox, type Tab, type WaybackBrowser } from './support/wayback-browsers';
import { startWaybackProxy, type Reply, type WaybackProxy } from './support/wayback-proxy';

const fixture = (path: string) => readFileSync(resolve(REPO_ROOT, 'tests/fixtures', path), 'utf8');
const A = { url: 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交', html: fixture('pages/cn-2025-mini.html'), slug: '巴黎试点夜间公交' };
const B = { url: 'https://www.rfi.fr/cn/专栏检索/要闻分析/20230302-二十国外长会议', html: fixture('pages/cn-older-template.html'), slug: '二十国外长会议' };
const C = { url: 'https://www.rfi.fr/cn/中国/20190310-两会期间北京空气质量改善', html: fixture('pages/cn-pre2020.html'), slug: '两会期间北京空气质量改善' };
const OLD_CAPTURE = fixture('wayback/cn-mini-older-template.html');
const HOME_CAPTURE = fixture('wayback/cn-home-older-template.html');
const PAGES = new Map([A, B, C].map((p) => [pageKey(p.url), p.html]));
const ENC = (url: string) => encodeURI(url);

/** What the fake Wayback Machine answers: CDX by article slug, captures by timestamp; tests change them. */
const routes = { cdx: new Map<string, Reply>(), web: new Map<string, Reply>() };
const COOKIE = { 'set-cookie': 'archive_session=1; Path=/; Secure; SameSite=None' };
function answer(url: string): Reply | null {
  const u = new URL(url);
  if (u.hostname !== 'web.archive.org') {
    const html = PAGES.get(pageKey(url));
    return html ? { status: 200, body: html, headers: { 'set-cookie': 'rfi_session=reader; Path=/; Secure' } } : null;
  }
  if (u.pathname === '/cdx/search/cdx') {
    const target = decodeURIComponent(u.searchParams.get('url') ?? '');
    const slug = [A, B, C].find((p) => target.includes(p.slug))?.slug ?? '';
    const r = routes.cdx.get(slug);
    return r ? { ...r, headers: { ...COOKIE, ...r.headers } } : { status: 200, body: '[]', type: 'application/json' };
  }
  const web = /^\/web\/(\d{14})id_\//.exec(u.pathname);
  const r = web ? routes.web.get(web[1]!) : undefined;
  return r ? { ...r, headers: { ...COOKIE, ...r.headers } } : null;
}

const STORAGE = { settings: { openMode: 'always', sideBySide: true, language: 'en', theme: 'auto', wayback: 'ask' }, panel: null };
type G = typeof globalThis & { chrome: any; browser?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const setStorage = (b: WaybackBrowser, values: Record<string, unknown>) =>
  b.ext(async (v) => void (await ((globalThis as G).browser ?? (globalThis as G).chrome).storage.local.set(v)), values);

const archiveRequests = (p: WaybackProxy) => p.seen.filter((s) => s.url.startsWith('https://web.archive.org/'));
const text = async (tab: Tab, sel: string) => (await tab.inRoot('sidebar', IN_ROOT.texts, sel))?.join(' | ') ?? '';
const state = async (tab: Tab) => (await tab.inRoot('sidebar', IN_ROOT.attrs, ['[data-testid=wayback]', 'data-state'] as [string, string]))?.[0] ?? null;
async function waitState(tab: Tab, want: string, timeoutMs = 30_000): Promise<void> {
  await poll(async () => (await state(tab)) === want, timeoutMs, `wayback state ${want}`).catch(async (e: Error) => {
    throw new Error(`${e.message}; it is ${await state(tab)}: ${await text(tab, '[data-testid=wayback]')}`);
  });
}
/** Clicks the offer (or "Try again"); returns its label as the reader saw it. */
async function look(tab: Tab): Promise<string> {
  await poll(async () => (await tab.inRoot('sidebar', IN_ROOT.exists, '[data-testid=wayback-look]')) === true, 20_000, 'the Wayback offer');
  const label = await text(tab, '[data-testid=wayback-look]');
  expect(await tab.inRoot('sidebar', IN_ROOT.click, '[data-testid=wayback-look]')).toBe(true);
  return label;
}

/** Chromium cannot have its permission prompt answered by a test: a copy of the build where it is already granted. */
function grantedChromeBuild(): string {
  const dir = resolve(TMP, 'chrome-mv3-wayback-granted');
  cpSync(resolve(OUT, 'chrome-mv3'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...manifest.optional_host_permissions];
  delete manifest.optional_host_permissions;
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
interface Target {
  label: string;
  binary: string;
  /** Firefox: the permission is really asked and granted in the test; Chromium: see grantedChromeBuild. */
  grantsInTest: boolean;
  launch: (proxy: WaybackProxy) => Promise<WaybackBrowser>;
}
const TARGETS: Target[] = [
  { label: 'chromium-mv3', binary: CHROMIUM, grantsInTest: false, launch: (p) => waybackChromium(grantedChromeBuild(), TMP, p.port) },
  { label: 'firefox-mv2', binary: FIREFOX, grantsInTest: true, launch: (p) => waybackFirefox(resolve(OUT, 'firefox-mv2'), p.port) },
  { label: 'firefox-mv3', binary: FIREFOX, grantsInTest: true, launch: (p) => waybackFirefox(resolve(OUT, 'firefox-mv3'), p.port) },
];

let proxy: WaybackProxy;
beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  for (const build of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
    if (!existsSync(resolve(OUT, build, 'manifest.json'))) throw new Error(`${build} is missing: run npm run build first`);
  }
  proxy = await startWaybackProxy(answer, TMP);
});
afterAll(async () => proxy?.close());

describe.skipIf(!existsSync(CHROMIUM))('chromium-mv3: the permission is asked at the first click, only then', () => {
  let b: WaybackBrowser;
  beforeAll(async () => {
    b = await waybackChromium(resolve(OUT, 'chrome-mv3'), TMP, proxy.port);
    await setStorage(b, STORAGE);
  });
  afterAll(async () => b?.close());

  it('the offer sends nothing; the click opens our permission window; "Not now" is said as what it is', async () => {
    const sent = archiveRequests(proxy).length;
    const tab = await b.open(A.url);
    await look(tab);
    const win = await b.permissionWindow(0);
    await waitState(tab, 'asking');
    expect(await text(tab, '[data-testid=wayback-status]')).toContain('A small RFI Lens window asks whether to allow web.archive.org');
    expect(await win.text('h1')).toBe('Allow RFI Lens to ask the Wayback Machine?');
    await win.screenshot(resolve(SHOTS, 'wayback-permission-chromium.png'));
    await win.click('[data-testid=wayback-cancel]');
    await waitState(tab, 'declined', 10_000);
    expect(await text(tab, '[data-testid=wayback-status]')).toBe('You did not allow web.archive.org, so nothing was sent.');
    expect(await b.ext(() => (globalThis as G).chrome.permissions.contains({ origins: ['https://web.archive.org/*'] }), null)).toBe(false);
    expect(archiveRequests(proxy).length).toBe(sent);
    await tab.close();
  });
});

for (const target of TARGETS) {
  describe.skipIf(!existsSync(target.binary))(`${target.label}: the Wayback Machine on request`, () => {
    let b: WaybackBrowser;
    beforeAll(async () => {
      routes.cdx.clear();
      routes.web.clear();
      b = await target.launch(proxy);
      await setStorage(b, STORAGE);
    });
    afterAll(async () => b?.close());

    it('first use asks once; the 2020-23 capture is read, stored, compared, listed and linked; the next look sends nothing', async () => {
      // CDX JSON output: the doubled-slash http form RFI used in 2020-21, a duplicate by digest, the newest capture.
      const doubled = `http://www.rfi.fr//cn/${ENC('法国/20240415-巴黎试点夜间公交')}`;
      routes.cdx.set(A.slug, {
        status: 200,
        type: 'application/json',
        body: cdxJson([
          ['20240416081500', doubled, '200', 'AAAAQ2CAPTUREONE', 'text/html'],
          ['20240501120000', ENC(A.url), '200', 'AAAAQ2CAPTUREONE', 'text/html'],
          ['20240601093000', ENC(A.url), '200', 'BBBBQ2CAPTURETWO', 'text/html'],
        ]),
      });
      routes.web.set('20240601093000', { status: 200, body: OLD_CAPTURE });
      const before = archiveRequests(proxy).length;
      const tab = await b.open(A.url);
      expect(archiveRequests(proxy).length).toBe(before); // the page alone sends nothing
      expect(await look(tab)).toBe('Look for earlier copies in the Wayback Machine');
      let clicked = Date.now();
      if (target.grantsInTest) {
        const win = await b.permissionWindow(0);
        expect(archiveRequests(proxy).length).toBe(before); // nothing sent before the reader's yes
        await win.screenshot(resolve(SHOTS, `wayback-permission-${target.label}.png`));
        clicked = Date.now();
        await win.click('[data-testid=wayback-allow]');
      }
      await waitState(tab, 'found');
      await poll(async () => (await text(tab, '[data-testid=version-origin]')).includes('Wayback Machine'), 15_000, 'the Wayback version in the picker');
      const ms = Date.now() - clicked;
      console.log(`${target.label}: click → Wayback comparison shown in ${ms} ms (intercepted responses)`);
      expect(await text(tab, '[data-testid=wayback-status]')).toMatch(/^Compared with the Wayback Machine capture of .*2024.*\(Paris time\)\.$/);
      // The comparison: the one sentence that differs (两点 in the capture, 一点 live).
      expect(await text(tab, '[data-testid=status]')).toMatch(/1 paragraph edited/);
      // The picker: the Wayback capture beside the reader's visit, linking to its Wayback page.
      const links = await tab.inRoot('sidebar', IN_ROOT.attrs, ['[data-testid=version-link]', 'href'] as [string, string]);
      expect(links).toEqual([`https://web.archive.org/web/20240601093000/${ENC(A.url)}`]);
      expect(await text(tab, '[data-testid=version-origin]')).toContain('your visit');
      // The list: two captures (the duplicate folded), what each is, each linked.
      expect(await tab.inRoot('sidebar', IN_ROOT.attrs, ['[data-testid=wayback-capture]', 'data-verdict'] as [string, string])).toEqual(['article', 'unchecked']);
      expect(await text(tab, '[data-testid=wayback-capture]')).toContain('and 1 identical capture until');
      // The archive section in view: the picker with the Wayback capture, the comparison, the list.
      await tab.inRoot('sidebar', (root: ShadowRoot) => root.querySelector('[data-testid=versions]')?.scrollIntoView({ block: 'start' }), null);
      await tab.screenshot(resolve(SHOTS, `wayback-${target.label}.png`));
      // The README shows the comparison in both browsers (issue 9): Chromium MV3 and Firefox MV2.
      const readmeShots: Record<string, string> = { 'chromium-mv3': 'wayback-chromium.png', 'firefox-mv2': 'wayback-firefox.png' };
      const readmeShot = readmeShots[target.label];
      if (readmeShot) await tab.screenshot(resolve(REPO_ROOT, 'docs', readmeShot));
      // What was sent: GETs to web.archive.org only, no cookie (though the server set one), no referrer, no languages.
      const sent = archiveRequests(proxy).slice(before);
      expect(sent.filter((s) => s.url.includes('/cdx/search/cdx')).length).toBeGreaterThanOrEqual(2);
      expect(sent.filter((s) => s.url.includes('id_/')).map((s) => s.url)).toEqual([`https://web.archive.org/web/20240601093000id_/${ENC(A.url)}`]);
      console.log(`${target.label}: headers received by web.archive.org: ${JSON.stringify(sent[0]?.headers)}`);
      for (const s of sent) {
        expect(s.headers.cookie).toBeUndefined();
        expect(s.headers.referer).toBeUndefined();
        expect(s.headers['accept-language']).toBe('*');
      }
      // (The proxy also refuses the browser's own update and sign-in calls; none of ours is refused.)
      expect(proxy.refused.filter((u) => /archive\.org|rfi\.fr/.test(u))).toEqual([]);

      // Reopened: compared with the stored capture at once; looking again asks nothing and sends nothing (cached).
      const windows = await b.permissionWindows();
      const count = archiveRequests(proxy).length;
      await tab.reload();
      await poll(async () => (await text(tab, '[data-testid=version-origin]')).includes('Wayback Machine'), 20_000, 'the stored Wayback capture after a reload');
      expect(await look(tab)).toBe('Look for more copies in the Wayback Machine');
      await waitState(tab, 'found');
      expect(await text(tab, '[data-testid=wayback-checked]')).toContain('kept for a day: nothing was sent again');
      expect(await b.permissionWindows()).toBe(windows);
      expect(archiveRequests(proxy).length).toBe(count);
      await tab.close();
    });

    it('an outage, then a 429 (nothing sent before its back-off), then no capture: each said as what it is', async () => {
      await setStorage(b, { 'ownArchive.visitsOn': false });
      routes.cdx.set(B.slug, { status: 503, body: 'Service Unavailable' });
      const tab = await b.open(B.url);
      await look(tab);
      await waitState(tab, 'outage');
      expect(await text(tab, '[data-testid=wayback-status]')).toBe('The Wayback Machine did not answer (HTTP 503), so nothing was compared. Try again later.');
      expect(await text(tab, '[data-testid=status]')).toBe('Not in the archive');
      routes.cdx.set(B.slug, { status: 429, body: 'Too Many Requests', headers: { 'retry-after': '120' } });
      expect(await look(tab)).toBe('Try again');
      await waitState(tab, 'rate-limited');
      expect(await text(tab, '[data-testid=wayback-status]')).toMatch(/^The Wayback Machine asks for a pause \(too many requests\), so nothing was compared\. RFI Lens will send nothing before .+\.$/);
      const count = archiveRequests(proxy).length;
      await tab.reload();
      await look(tab);
      await waitState(tab, 'rate-limited');
      expect(archiveRequests(proxy).length).toBe(count); // the back-off holds across pages
      // The back-off over (as the clock would have moved it), the service answers: no capture (plain-text output, empty).
      await setStorage(b, { 'wayback.retryAt': 0 });
      routes.cdx.set(B.slug, { status: 200, body: '', type: 'text/plain' });
      await tab.reload();
      await look(tab);
      await waitState(tab, 'no-capture');
      expect(await text(tab, '[data-testid=wayback-status]')).toBe('The Wayback Machine has no capture of this article, under any of its addresses.');
      expect(await text(tab, '[data-testid=status]')).toBe('Not in the archive');
      await tab.close();
    });

    it('captures that are not the article: an archived error page and the home page are listed as what they are', async () => {
      // CDX plain-text output: the newest archived as a 404, an older one that replays the edition's home page.
      routes.cdx.set(C.slug, { status: 200, type: 'text/plain', body: cdxText([['20190311080000', ENC(C.url), '200', 'HHHHHOMEPAGE', 'text/html'], ['20200105000000', ENC(C.url), '404', 'EEEEERRORPAGE', 'text/html']]) });
      routes.web.set('20190311080000', { status: 200, body: HOME_CAPTURE });
      const tab = await b.open(C.url);
      await look(tab);
      await waitState(tab, 'not-article');
      expect(await text(tab, '[data-testid=wayback-status]')).toBe('The Wayback Machine has captures of this address, but none of those checked is this article, so nothing was compared.');
      expect(await tab.inRoot('sidebar', IN_ROOT.attrs, ['[data-testid=wayback-capture]', 'data-verdict'] as [string, string])).toEqual(['error-page', 'home-page']);
      expect(await text(tab, '[data-testid=wayback-verdict]')).toBe('an error page (HTTP 404) | a redirect to the home page (the article was taken down or moved)');
      expect(await text(tab, '[data-testid=status]')).toBe('Not in the archive');
      await tab.close();
    });
  });
}
