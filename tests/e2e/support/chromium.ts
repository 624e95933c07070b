// Debian's Chromium driven by playwright-core, with the built MV3 extension loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { HOST_TAG, pageKey, poll, rootCall, sidebarPage, type BrowserDriver, type Evaluate, type InRoot, type Served, type SidebarPage } from './driver';

const FLAGS = [
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
export function cdpInRoot(page: Page): InRoot {
  let session: CDPSession | null = null;
  return async (kind, fn, arg) => {
    session ??= await page.context().newCDPSession(page);
    const cdp = session;
    const { root } = (await cdp.send('DOM.getDocument', { depth: 4, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const walk = (n: CdpNode, depth: number) => {
      if (n.localName && HOST_TAG[kind].test(n.localName) && n.shadowRoots?.[0]?.shadowRootType === 'closed') hosts.push(n);
      if (depth < 3) for (const c of n.children ?? []) walk(c, depth + 1);
    };
    walk(root, 0);
    const shadow = hosts[0]?.shadowRoots?.[0];
    if (!shadow) return null;
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'rfi-lens-test' });
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

function wrap(page: Page): SidebarPage {
  const evaluate = ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate;
  return sidebarPage(evaluate, cdpInRoot(page), { screenshot: async (path) => void (await page.screenshot({ path })), close: () => page.close() }, 15_000);
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
