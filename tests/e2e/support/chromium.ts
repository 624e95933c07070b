// Debian's Chromium driven by playwright-core, with the built MV3 extension loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { IN_ROOT, pageKey, poll, type BrowserDriver, type Served, type SidebarPage } from './driver';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--no-default-browser-check', '--disable-dev-shm-usage',
];

function wrap(page: Page): SidebarPage {
  return {
    waitFor: (sel, timeoutMs = 15_000) => poll(() => page.evaluate(IN_ROOT.exists, sel), timeoutMs, `sidebar ${sel}`),
    texts: (sel) => page.evaluate(IN_ROOT.texts, sel),
    attrs: (sel, name) => page.evaluate(IN_ROOT.attrs, [sel, name] as [string, string]),
    click: (sel) => page.evaluate(IN_ROOT.click, sel),
    visible: (sel) => page.evaluate(IN_ROOT.visible, sel),
    hasHost: () => page.evaluate(IN_ROOT.hasHost),
    hostAttr: (name) => page.evaluate(IN_ROOT.hostAttr, name),
    evaluate: (fn) => page.evaluate(fn),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
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
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
