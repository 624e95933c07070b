// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built add-on installed as a
// temporary add-on.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { HOST_TAG, pageKey, rootCall, sidebarPage, type BrowserDriver, type Evaluate, type InRoot, type Served, type SidebarPage } from './driver';

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { localName?: string; shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null };
}
interface BidiResult {
  result: { type: 'success' | 'exception'; result?: { type: string; value?: unknown }; exceptionDetails?: { text?: string } };
}

/** Our closed roots over WebDriver BiDi: hosts serialised with their shadow trees, then a call in a sandbox. */
export function bidiInRoot(browser: Browser, page: Page): InRoot {
  const send = (method: string, params: object) => (browser as unknown as { connection: { send(m: string, p: object): Promise<BidiResult> } }).connection.send(method, params);
  return async (kind, fn, arg) => {
    const target = { context: (page.mainFrame() as unknown as { _id: string })._id, sandbox: 'rfi-lens-test' };
    const found = await send('script.evaluate', {
      expression: 'Array.from(document.querySelectorAll("html > *, body > *"))',
      target,
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const nodes = (found.result.result?.value ?? []) as BidiNode[];
    const host = nodes.find((n) => HOST_TAG[kind].test(n.value?.localName ?? '') && n.value?.shadowRoot?.value?.mode === 'closed');
    const shadowId = host?.value?.shadowRoot?.sharedId;
    if (!shadowId) return null;
    const r = await send('script.callFunction', {
      functionDeclaration: rootCall(fn as never),
      arguments: [{ sharedId: shadowId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
      target,
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.result.type !== 'success') throw new Error(`in root: ${r.result.exceptionDetails?.text ?? 'failed'}`);
    return JSON.parse(r.result.result?.value as string);
  };
}

function bidiIsolated(browser: Browser, page: Page): (fn: () => string | null) => Promise<string | null> {
  const send = (method: string, params: object) => (browser as unknown as { connection: { send(m: string, p: object): Promise<BidiResult> } }).connection.send(method, params);
  return async (fn) => {
    const target = { context: (page.mainFrame() as unknown as { _id: string })._id, sandbox: 'rfi-lens-test' };
    const r = await send('script.evaluate', { expression: `(${fn.toString()})()`, target, awaitPromise: false, resultOwnership: 'none' });
    if (r.result.type !== 'success') throw new Error(`isolated: ${r.result.exceptionDetails?.text ?? 'failed'}`);
    return r.result.result?.type === 'string' ? (r.result.result.value as string) : null;
  };
}

function wrap(browser: Browser, page: Page, blocked: string[], errors: string[]): SidebarPage {
  const evaluate = ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate;
  const screenshot = async (path: string) => void (await page.screenshot({ path: path as `${string}.png` }));
  const problems = () => ({ errors: [...errors], blocked: [...blocked] });
  return sidebarPage(evaluate, bidiInRoot(browser, page), bidiIsolated(browser, page), { screenshot, close: () => page.close(), problems }, 20_000);
}

export async function launchFirefox(extensionDir: string, label: string): Promise<BrowserDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  const addonId = await browser.installExtension(extensionDir);
  return {
    name: label,
    async open(page: Served, also: Served[] = []) {
      const served = new Map([page, ...also].map((p) => [pageKey(p.url), p.html]));
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1400, height: 900 });
      const blocked: string[] = [];
      const errors: string[] = [];
      tab.on('pageerror', (e) => void errors.push(e instanceof Error ? e.message : String(e)));
      tab.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        const url = request.url();
        // The extension's own files, and data:/blob: URLs (no network: a page's inline font, say).
        if (!/^https?:/.test(url)) return void request.continue();
        if (!/^https?:\/\/([^/]+\.)?rfi\.fr\//.test(url)) {
          blocked.push(url);
          return void request.abort();
        }
        const html = served.get(pageKey(url));
        void (html === undefined
          ? request.respond({ status: 404, body: 'not served by the test' })
          : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      });
      await tab.goto(page.url, { waitUntil: 'load' });
      return wrap(browser, tab, blocked, errors);
    },
    extensionId: addonId,
    dropExtension: () => browser.uninstallExtension(addonId),
    close: () => browser.close(),
  };
}
