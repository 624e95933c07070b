// Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built add-on installed as a
// temporary add-on. Its extension pages get a fixed moz-extension:// UUID (pref) so tests can open
// them (BiDi navigation with system access, BROWSER-TESTS.md §5).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { HOST_TAG, pageKey, rootCall, sidebarPage, type BrowserDriver, type Evaluate, type InRoot, type Served, type SidebarPage, poll } from './driver';

const ADDON_ID = 'rfi-lens@rfi-lens.org';
const UUID = '6f1d3c52-6a52-4b8e-9a3e-2f4b7c1d9e10';

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
  return sidebarPage(evaluate, bidiInRoot(browser, page), bidiIsolated(browser, page), { screenshot, close: () => page.close(), problems, evaluateSource: (source) => page.evaluate(source) }, 20_000);
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
  const addonId = await browser.installExtension(extensionDir);
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
    async dropExtension(how = 'remove') {
      if (how === 'remove') return browser.uninstallExtension(addonId);
      if (how === 'reload') return void (await browser.installExtension(extensionDir)); // the same id: Firefox reloads it
      // Disabled as about:addons does, through the AddonManager in the browser's own (chrome) realm.
      const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
      const r = (await bidi.send('script.evaluate', {
        expression: `ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs').AddonManager.getAddonByID(${JSON.stringify(addonId)}).then((a) => a.disable()).then(() => 'disabled')`,
        target: { context: tree.contexts[0]!.context },
        awaitPromise: true,
      })) as BidiResult;
      if (r.result.type !== 'success') throw new Error(`disable: ${r.result.exceptionDetails?.text ?? 'failed'}`);
    },
    restoreExtension: async () => void (await browser.installExtension(extensionDir)),
    openExtension: async (path) => wrap(browser, await extensionTab(path), [], []),
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
