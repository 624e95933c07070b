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
import type { ExtensionRunner } from './watch-time';

export { storedState, timePasses } from './watch-time';

export type { Answer };

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--no-default-browser-check', '--disable-dev-shm-usage'];

type G = typeof globalThis & { chrome: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WatchBrowser extends ExtensionRunner {
  readonly ctx: BrowserContext;
  /** Answers by page key (lib: pageKey); change them between steps. */
  answers: Map<string, Answer>;
  /** Every rfi.fr URL requested (by pages and by the extension), in order. */
  requests: string[];
  /** The Cookie header sent with each of them (null: none). */
  cookies: (string | null)[];
  origin: () => string;
  /** Quits the browser and starts it again on the same profile (the extension's worker starts afresh). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export function serve(b: { answers: Map<string, Answer> }, url: string, answer: Answer): void {
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
    cookies: proxy.cookies,
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

