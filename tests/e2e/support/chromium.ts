// Debian's Chromium driven by playwright-core, with the built MV3 extension loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pageKey, poll, sidebarPage, type BrowserDriver, type Evaluate, type Served, type SidebarPage } from './driver';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--no-default-browser-check', '--disable-dev-shm-usage',
];

function wrap(page: Page): SidebarPage {
  const evaluate = ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate;
  return sidebarPage(
    evaluate,
    { screenshot: async (path) => void (await page.screenshot({ path })), close: () => page.close(), evaluateSource: (source) => page.evaluate(source) },
    15_000,
  );
}

export async function launchChromium(extensionDir: string, tmpRoot: string): Promise<BrowserDriver> {
  const profile = mkdtempSync(join(tmpRoot, 'chromium-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  // The worker scope exists before the extension bindings: wait until `chrome.runtime` is there.
  await poll(
    () => worker.evaluate(() => {
      const c = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;
      return Boolean(c?.runtime?.id);
    }),
    10_000,
    'extension worker',
  );
  let served = new Map<string, string>();
  await ctx.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue(); // the extension's own files
    if (!/^https?:\/\/([^/]+\.)?rfi\.fr\//.test(url)) return route.abort();
    const html = served.get(pageKey(url));
    return html === undefined
      ? route.fulfill({ status: 404, body: 'not served by the test' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return {
    name: 'chromium',
    async open(page: Served, also: Served[] = []) {
      served = new Map([page, ...also].map((p) => [pageKey(p.url), p.html]));
      const tab = await ctx.newPage();
      await tab.goto(page.url, { waitUntil: 'load' });
      return wrap(tab);
    },
    async openExtension(path: string) {
      const tab = await ctx.newPage();
      await tab.goto(`chrome-extension://${new URL(worker.url()).host}${path}`, { waitUntil: 'load' });
      return wrap(tab);
    },
    async setStorage(values: Record<string, unknown>) {
      await worker.evaluate(async (v) => {
        const storage = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void>; remove(k: string[]): Promise<void> } } } }).chrome.storage.local;
        const gone = Object.keys(v).filter((k) => v[k] === null);
        await storage.remove(gone);
        await storage.set(Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)));
      }, values);
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
