// Chromium with the built extension for the watch tests: every request goes through the test's
// proxy (rfi-proxy.ts), which answers rfi.fr — the tabs' and the background's own requests — from a
// table the test changes, counts them, and refuses the rest. Time passing is simulated the only way a test can: the stored watch state is moved
// as the clock would have moved it (entries due, limiter free), then the loop's alarm is set to
// fire now, through the extension's own chrome.storage / chrome.alarms (from an extension page).
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pageKey, poll } from './driver';
import { startRfiProxy, type Answer } from './rfi-proxy';

export type { Answer };

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--no-default-browser-check', '--disable-dev-shm-usage'];

type G = typeof globalThis & { chrome: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WatchBrowser {
  readonly ctx: BrowserContext;
  /** Answers by page key (lib: pageKey); change them between steps. */
  answers: Map<string, Answer>;
  /** Every rfi.fr URL requested (by pages and by the extension), in order. */
  requests: string[];
  origin: () => string;
  /** Quits the browser and starts it again on the same profile (the extension's worker starts afresh). */
  restart(): Promise<void>;
  /** Runs `fn` in an extension page (chrome.storage, chrome.alarms, chrome.action …). */
  inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

export function serve(b: WatchBrowser, url: string, answer: Answer): void {
  b.answers.set(pageKey(url), answer);
}

export async function launchWatchChromium(extensionDir: string, tmpRoot: string): Promise<WatchBrowser> {
  const profile = mkdtempSync(join(tmpRoot, 'chromium-watch-'));
  const answers = new Map<string, Answer>();
  // Every request of the browser goes through the test's proxy: rfi.fr answered from `answers`, the rest refused.
  const proxy = await startRfiProxy((url) => answers.get(pageKey(url)) ?? null, tmpRoot);
  let origin = '';
  let extPage: Page | null = null;

  async function start(): Promise<BrowserContext> {
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [...FLAGS, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--ignore-certificate-errors', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    const first = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    await poll(() => first.evaluate(() => Boolean((globalThis as G).chrome?.runtime?.id)), 10_000, 'extension worker');
    origin = /^chrome-extension:\/\/[^/]+/.exec(first.url())![0];
    extPage = null;
    return ctx;
  }
  let ctx = await start();
  const b: WatchBrowser = {
    get ctx() {
      return ctx;
    },
    answers,
    requests: proxy.requests,
    origin: () => origin,
    async inWorker(fn, arg) {
      // An extension page runs the test's chrome.* calls (storage, alarms, action, tabs).
      if (!extPage || extPage.isClosed()) {
        extPage = await ctx.newPage();
        await extPage.goto(`${origin}/popup.html`);
      }
      return extPage.evaluate(fn as never, arg as never) as never;
    },
    async restart() {
      await ctx.close();
      ctx = await start();
    },
    async close() {
      await ctx.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return b;
}

/** The stored watch state (the `watch` key of chrome.storage.local). */
export function storedState(b: WatchBrowser): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return b.inWorker(async () => (await (globalThis as G).chrome.storage.local.get('watch')).watch ?? null, null);
}

/**
 * As if time had passed: the clock jumps to the next due read (every due time moves back by the
 * same amount, so their order stays), or only the watches whose URL contains `only` become due;
 * with `feeds` the followed feeds are due too; the limiter is free; then the loop's alarm fires.
 */
export async function timePasses(b: WatchBrowser, only: string | null = null, feeds = false): Promise<void> {
  await b.inWorker(async ([filter, withFeeds]) => {
    const c = (globalThis as G).chrome;
    const { watch } = await c.storage.local.get('watch');
    const now = Date.now();
    const entries = (Object.values(watch.entries) as { url: string; dueAt: number | null }[]).filter((e) => e.dueAt !== null);
    if (filter !== null) {
      for (const e of entries) if (decodeURI(e.url).includes(filter)) e.dueAt = now - 1000;
    } else if (entries.length > 0) {
      const jump = Math.max(0, Math.min(...entries.map((e) => e.dueAt!)) - now + 1000);
      for (const e of entries) e.dueAt! -= jump;
    }
    if (withFeeds) for (const f of Object.values(watch.follows) as { lastReadAt: number | null }[]) if (f.lastReadAt !== null) f.lastReadAt = now - 11 * 60_000;
    watch.limiter = { lastRequestAt: null, failures: 0, blockedUntil: null };
    await c.storage.local.set({ watch });
    await c.alarms.create('rfi-lens-watch', { when: Date.now() });
  }, [only, feeds] as const);
}
