// The browsers of the Wayback tests, each with every request going through the test's proxy
// (wayback-proxy.ts): Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver
// BiDi). Both open article tabs, reach the sidebar's closed root, find our permission window and
// click in it, and run the test's storage calls in an extension page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { cdpInRoot } from './chromium';
import { poll, type InRoot } from './driver';
import { bidiInRoot } from './firefox';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--no-default-browser-check', '--disable-dev-shm-usage'];
const ADDON_ID = 'rfi-lens@rfi-lens.org';
const UUID = '0b7c6a4e-5d1f-4e8a-9c2b-7a3e1f0d9b21';

export interface Tab {
  inRoot: InRoot;
  screenshot(path: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface PermissionWindow {
  /** A trusted click (real input events): browsers grant a permission only from a user action. */
  click(selector: string): Promise<void>;
  text(selector: string): Promise<string | null>;
  screenshot(path: string): Promise<void>;
}

export interface WaybackBrowser {
  open(url: string): Promise<Tab>;
  /** How many of our permission windows were ever opened. */
  permissionWindows(): Promise<number>;
  /** The newest permission window, once more than `after` were opened. */
  permissionWindow(after: number, timeoutMs?: number): Promise<PermissionWindow>;
  /** Runs `fn` in an extension page (storage, permissions). */
  ext<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

const isPermission = (url: string) => url.includes('/wayback-permission.html');

export async function waybackChromium(extensionDir: string, tmpRoot: string, proxyPort: number): Promise<WaybackBrowser> {
  const profile = mkdtempSync(join(tmpRoot, 'chromium-wayback-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [...FLAGS, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--ignore-certificate-errors', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  await poll(() => worker.evaluate(() => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)), 10_000, 'extension worker');
  const origin = /^chrome-extension:\/\/[^/]+/.exec(worker.url())![0];
  const windows: PwPage[] = [];
  ctx.on('page', (p) => {
    void p.waitForLoadState('domcontentloaded').then(() => isPermission(p.url()) && windows.push(p), () => undefined);
  });
  let extPage: PwPage | null = null;
  return {
    async open(url) {
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { inRoot: cdpInRoot(page), screenshot: async (path) => void (await page.screenshot({ path })), reload: async () => void (await page.reload({ waitUntil: 'load' })), close: () => page.close() };
    },
    permissionWindows: async () => windows.length,
    async permissionWindow(after, timeoutMs = 10_000) {
      await poll(async () => windows.length > after, timeoutMs, 'permission window');
      const win = windows.at(-1)!;
      await win.waitForSelector('[data-testid=wayback-permission]', { timeout: timeoutMs });
      return {
        click: (sel) => win.click(sel),
        text: (sel) => win.textContent(sel, { timeout: 1000 }).catch(() => null),
        screenshot: async (path) => void (await win.screenshot({ path })),
      };
    },
    async ext(fn, arg) {
      if (!extPage || extPage.isClosed()) {
        extPage = await ctx.newPage();
        await extPage.goto(`${origin}/popup.html`);
      }
      return extPage.evaluate(fn as never, arg as never) as never;
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type Bidi = { send(method: string, params: object): Promise<{ result: any }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function waybackFirefox(extensionDir: string, proxyPort: number): Promise<WaybackBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // Mozilla's own test pref: permissions.request() grants without its doorhanger (the request
      // itself still has to come from a user action, which the test's trusted click is).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(extensionDir);
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const origin = `moz-extension://${UUID}`;
  const opened = new Set<string>();
  const permissionContexts = async (): Promise<string[]> => {
    const { contexts } = (await bidi.send('browsingContext.getTree', {})).result as { contexts: { context: string; url: string }[] };
    const found = contexts.filter((c) => isPermission(c.url)).map((c) => c.context);
    for (const c of found) opened.add(c);
    return found;
  };
  const evaluate = async <T,>(context: string, expression: string): Promise<T> => {
    const { result } = await bidi.send('script.evaluate', { expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`, target: { context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`in extension page: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
    return JSON.parse(result.result.value as string) as T;
  };
  let runner: string | null = null;
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      return { inRoot: bidiInRoot(browser, page), screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })), reload: async () => void (await page.reload({ waitUntil: 'load' })), close: () => page.close() };
    },
    permissionWindows: async () => (await permissionContexts(), opened.size),
    async permissionWindow(after, timeoutMs = 10_000) {
      let context = '';
      await poll(async () => (context = (await permissionContexts()).at(-1) ?? '') !== '' && opened.size > after, timeoutMs, 'permission window');
      await poll(async () => (await evaluate<boolean>(context, `Boolean(document.querySelector('[data-testid=wayback-permission]'))`)) === true, timeoutMs, 'permission page drawn');
      return {
        async click(sel) {
          const box = await evaluate<{ x: number; y: number }>(context, `(() => { const r = document.querySelector(${JSON.stringify(sel)}).getBoundingClientRect(); return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }; })()`);
          await bidi.send('input.performActions', {
            context,
            actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: box.x, y: box.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
          });
        },
        text: (sel) => evaluate<string | null>(context, `document.querySelector(${JSON.stringify(sel)})?.textContent ?? null`).catch(() => null),
        async screenshot(path) {
          const { result } = await bidi.send('browsingContext.captureScreenshot', { context });
          writeFileSync(path, Buffer.from(result.data as string, 'base64'));
        },
      };
    },
    async ext(fn, arg) {
      if (!runner) {
        runner = ((await bidi.send('browsingContext.create', { type: 'tab' })).result as { context: string }).context;
        await bidi.send('browsingContext.navigate', { context: runner, url: `${origin}/popup.html`, wait: 'complete' });
      }
      return evaluate(runner, `(${fn.toString()})(${JSON.stringify(arg)})`);
    },
    async close() {
      await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 10_000))]);
      browser.process()?.kill('SIGKILL');
    },
  };
}
