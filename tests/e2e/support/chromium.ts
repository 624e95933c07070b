// Debian's Chromium driven by playwright-core, with the built MV3 extension loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { HOST_TAG, pageKey, poll, rootCall, sidebarPage, type BrowserDriver, type Evaluate, type InRoot, type Served, type SidebarPage } from './driver';

export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--no-default-browser-check', '--disable-dev-shm-usage',
];

interface CdpNode {
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: { backendNodeId: number; shadowRootType?: string }[];
}

/** Our closed roots over CDP: the DOM pierced down to the hosts, then a call in an isolated world. */
/** A fresh isolated world of the page's main frame (a realm the page's scripts cannot touch). */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  return (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'rfi-lens-test' })).executionContextId;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function sessionOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

export function cdpIsolated(page: Page): (fn: () => string | null) => Promise<string | null> {
  return async (fn) => {
    const cdp = await sessionOf(page);
    const contextId = await isolatedWorld(cdp);
    const r = await cdp.send('Runtime.evaluate', { expression: `(${fn.toString()})()`, contextId, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`isolated: ${r.exceptionDetails.text}`);
    return (r.result.value as string | null) ?? null;
  };
}

export function cdpInRoot(page: Page): InRoot {
  return async (kind, fn, arg) => {
    const cdp = await sessionOf(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: 4, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const walk = (n: CdpNode, depth: number) => {
      if (n.localName && HOST_TAG[kind].test(n.localName) && n.shadowRoots?.[0]?.shadowRootType === 'closed') hosts.push(n);
      if (depth < 3) for (const c of n.children ?? []) walk(c, depth + 1);
    };
    walk(root, 0);
    const shadow = hosts[0]?.shadowRoots?.[0];
    if (!shadow) return null;
    const executionContextId = await isolatedWorld(cdp);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
    const r = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (json) { return (${rootCall(fn as never)}).call(null, this, json); }`,
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`in root: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return JSON.parse(r.result.value as string);
  };
}

function wrap(page: Page, blocked: string[]): SidebarPage {
  const evaluate = ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  const problems = () => ({ errors: [...errors], blocked: [...blocked] });
  return sidebarPage(evaluate, cdpInRoot(page), cdpIsolated(page), { screenshot: async (path) => void (await page.screenshot({ path })), close: () => page.close(), problems, evaluateSource: (source) => page.evaluate(source) }, 15_000);
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
  let reloaded = false;
  const setEnabled = async (on: boolean) => {
    const tab = await ctx.newPage();
    await tab.goto('chrome://extensions/');
    await tab.evaluate(async ([id, enabled]) => {
      const m = (globalThis as unknown as { chrome: { management: { setEnabled(i: string, on: boolean): Promise<void> } } }).chrome.management;
      await m.setEnabled(id, enabled);
    }, [new URL(worker.url()).host, on] as const);
    await tab.close();
  };
  // The worker scope exists before the extension bindings: wait until `chrome.runtime` is there.
  const ready = (w: typeof worker) =>
    poll(
      () => w.evaluate(() => {
        const c = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;
        return Boolean(c?.runtime?.id);
      }),
      10_000,
      'extension worker',
    );
  await ready(worker);
  let served = new Map<string, string>();
  const blockedBy = new Map<Page | null, string[]>();
  await ctx.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue(); // the extension's own files
    if (!/^https?:\/\/([^/]+\.)?rfi\.fr\//.test(url)) {
      let page: Page | null = null;
      try {
        page = route.request().frame().page();
      } catch {
        page = null; // a service worker's request
      }
      const list = blockedBy.get(page) ?? [];
      list.push(url);
      blockedBy.set(page, list);
      return route.abort();
    }
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
      const blocked: string[] = [];
      blockedBy.set(tab, blocked);
      await tab.goto(page.url, { waitUntil: 'load' });
      return wrap(tab, blocked);
    },
    extensionId: new URL(worker.url()).host,
    async dropExtension(how = 'reload') {
      if (how === 'reload') {
        // As the Reload button of chrome://extensions does (the first worker may be gone already).
        const tab = await ctx.newPage();
        await tab.goto('chrome://extensions/');
        await tab.evaluate(async (id) => {
          const dp = (globalThis as unknown as { chrome: { developerPrivate: { reload(i: string, o: object): Promise<void> } } }).chrome.developerPrivate;
          await dp.reload(id, { failQuietly: true });
        }, new URL(worker.url()).host);
        await tab.close();
        reloaded = true; // the old worker is gone; the new one starts when something needs it
        return;
      }
      // chrome.management.uninstall from chrome://extensions takes the whole test browser down with
      // it (no tab opens afterwards), so removal cannot be watched here.
      if (how === 'remove') throw new Error('chromium: removing the extension ends the test browser; not measurable here');
      // Disabled as the reader would, from chrome://extensions (which holds chrome.management).
      await setEnabled(false);
    },
    async restoreExtension() {
      await setEnabled(true);
      reloaded = true; // a new worker starts when something needs it
    },
    async restartBackground() {
      // The worker stopped as Chrome stops an idle one (DevTools protocol, ServiceWorker domain);
      // the next message (a page's content script) starts a new one with nothing in memory.
      const tab = await ctx.newPage();
      const cdp = await ctx.newCDPSession(tab);
      let stopped = false;
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        if (e.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) stopped = true;
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await poll(async () => stopped, 10_000, 'the extension worker to stop');
      await cdp.detach();
      await tab.close();
    },
    async openExtension(path: string) {
      const tab = await ctx.newPage();
      await tab.goto(`chrome-extension://${new URL(worker.url()).host}${path}`, { waitUntil: 'load' });
      return wrap(tab, []);
    },
    async setStorage(values: Record<string, unknown>) {
      const write = async (v: Record<string, unknown>) => {
        const storage = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void>; remove(k: string[]): Promise<void> } } } }).chrome.storage.local;
        const gone = Object.keys(v).filter((k) => v[k] === null);
        await storage.remove(gone);
        await storage.set(Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)));
      };
      if (!reloaded) return void (await worker.evaluate(write, values));
      // After a reload the first worker is gone: write from one of the extension's pages instead.
      const tab = await ctx.newPage();
      await tab.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`, { waitUntil: 'load' });
      await tab.evaluate(write, values);
      await tab.close();
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
