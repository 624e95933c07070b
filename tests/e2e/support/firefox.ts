// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built add-on installed as a
// temporary add-on.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pageKey, sidebarPage, type BrowserDriver, type Evaluate, type Served, type SidebarPage } from './driver';

function wrap(page: Page): SidebarPage {
  const evaluate = ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate;
  const screenshot = async (path: string) => void (await page.screenshot({ path: path as `${string}.png` }));
  return sidebarPage(evaluate, { screenshot, close: () => page.close() }, 20_000);
}

export async function launchFirefox(extensionDir: string, label: string): Promise<BrowserDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  await browser.installExtension(extensionDir);
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
    close: () => browser.close(),
  };
}
