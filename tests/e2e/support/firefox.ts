// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built add-on installed as a
// temporary add-on. Its extension pages get a fixed moz-extension:// UUID (pref) so tests can open
// them (BiDi navigation with system access, BROWSER-TESTS.md §5).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pageKey, poll, sidebarPage, type BrowserDriver, type Evaluate, type Served, type SidebarPage } from './driver';

const ADDON_ID = 'rfi-lens@rfi-lens.org';
const UUID = '6f1d3c52-6a52-4b8e-9a3e-2f4b7c1d9e10';

function wrap(page: Page): SidebarPage {
  const evaluate = ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate;
  const screenshot = async (path: string) => void (await page.screenshot({ path: path as `${string}.png` }));
  return sidebarPage(evaluate, { screenshot, close: () => page.close(), evaluateSource: (source) => page.evaluate(source) }, 20_000);
}

type Bidi = { send(method: string, params: object): Promise<{ result: unknown }> };

export async function launchFirefox(extensionDir: string, label: string): Promise<BrowserDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(extensionDir);
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  /** A tab at one of the extension's pages (page.goto cannot navigate there; BiDi can). */
  async function extensionTab(path: string): Promise<Page> {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 800 });
    const tree = (await bidi.send('browsingContext.getTree', {})).result as { contexts: { context: string; url: string }[] };
    const context = tree.contexts.at(-1)!.context;
    await bidi.send('browsingContext.navigate', { context, url: `moz-extension://${UUID}${path}`, wait: 'complete' });
    await poll(async () => (await tab.evaluate(() => document.readyState)) === 'complete', 10_000, path);
    return tab;
  }
  return {
    name: label,
    async open(page: Served, also: Served[] = []) {
      const served = new Map([page, ...also].map((p) => [pageKey(p.url), p.html]));
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1400, height: 900 });
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('moz-extension://')) return void request.continue();
        if (!/^https?:\/\/([^/]+\.)?rfi\.fr\//.test(url)) return void request.abort();
        const html = served.get(pageKey(url));
        void (html === undefined
          ? request.respond({ status: 404, body: 'not served by the test' })
          : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      });
      await tab.goto(page.url, { waitUntil: 'load' });
      return wrap(tab);
    },
    openExtension: async (path) => wrap(await extensionTab(path)),
    async setStorage(values) {
      const tab = await extensionTab('/options.html');
      await tab.evaluate(async (v: Record<string, unknown>) => {
        const storage = (globalThis as unknown as { browser: { storage: { local: { set(o: object): Promise<void>; remove(k: string[]): Promise<void> } } } }).browser.storage.local;
        await storage.remove(Object.keys(v).filter((k) => v[k] === null));
        await storage.set(Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)));
      }, values);
      await tab.close();
    },
    close: () => browser.close(),
  };
}
