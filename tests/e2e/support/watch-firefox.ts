// Firefox ESR with the built add-on for the watch tests (puppeteer-core over WebDriver BiDi):
// every request goes through the test's rfi.fr proxy (rfi-proxy.ts; the add-on's background
// fetches too, which page-level interception cannot see), and an extension page at a fixed
// moz-extension:// UUID runs the test's browser.* calls.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { zipSync } from 'fflate';
import puppeteer, { type Browser } from 'puppeteer-core';
import { pageKey } from './driver';
import { startRfiProxy, type Answer } from './rfi-proxy';
import type { ExtensionRunner } from './watch-time';

const ADDON_ID = 'rfi-lens@rfi-lens.org';
const UUID = '6f1c1b7e-2b1a-4c36-9a53-5d2f0e0c0a11';

export interface FirefoxWatch extends ExtensionRunner {
  browser: Browser;
  answers: Map<string, Answer>;
  requests: string[];
  /** moz-extension://<uuid> */
  origin: string;
  /** A new tab at an extension page (BiDi navigation: page.goto cannot open moz-extension URLs). */
  extensionTab(path: string): Promise<{ evaluate<T>(expression: string): Promise<T>; screenshot(path: string): Promise<void>; close(): Promise<void> }>;
  /** Quits Firefox and starts it again on the same profile (launched with `{ restartable: true }` only). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface WatchFirefoxOptions {
  /**
   * Installed as a reader has it, permanently, into a profile kept on disk, so that the add-on (and
   * its storage, IndexedDB and background) comes back by itself when Firefox starts again: the
   * build zipped to an .xpi, unsigned (Firefox ESR lets `xpinstall.signatures.required` be off).
   * A temporary add-on, the default, is gone after a restart.
   */
  restartable?: boolean;
}

type Bidi = { send(method: string, params: object): Promise<{ result: any }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A built extension folder as .xpi bytes (a zip of its files). */
function zipDir(dir: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path);
    }
  };
  walk(dir);
  return zipSync(files);
}

export async function launchWatchFirefox(extensionDir: string, tmpRoot: string, options: WatchFirefoxOptions = {}): Promise<FirefoxWatch> {
  const answers = new Map<string, Answer>();
  const proxy = await startRfiProxy((url) => answers.get(pageKey(url)) ?? null, tmpRoot);
  const profile = options.restartable ? mkdtempSync(join(tmpRoot, 'firefox-watch-')) : undefined;
  const launch = () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      ...(profile ? { userDataDir: profile } : {}),
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        ...(profile ? { 'xpinstall.signatures.required': false } : {}),
      },
    });
  let browser = await launch();
  let bidi = (browser as unknown as { connection: Bidi }).connection;
  if (profile) {
    const xpi = join(profile, '..', `${basename(profile)}.xpi`);
    writeFileSync(xpi, zipDir(extensionDir));
    await bidi.send('webExtension.install', { extensionData: { type: 'archivePath', path: xpi }, 'moz:permanent': true });
  } else {
    await browser.installExtension(extensionDir);
  }
  const origin = `moz-extension://${UUID}`;

  async function extensionTab(path: string) {
    const { context } = (await bidi.send('browsingContext.create', { type: 'tab' })).result as { context: string };
    await bidi.send('browsingContext.navigate', { context, url: `${origin}${path}`, wait: 'complete' });
    return {
      async evaluate<T>(expression: string): Promise<T> {
        const { result } = await bidi.send('script.evaluate', { expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`, target: { context }, awaitPromise: true });
        if (result.type === 'exception') throw new Error(`in ${path}: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
        return JSON.parse(result.result.value as string) as T;
      },
      async screenshot(file: string) {
        const { result } = await bidi.send('browsingContext.captureScreenshot', { context });
        const { writeFileSync } = await import('node:fs');
        writeFileSync(file, Buffer.from(result.data as string, 'base64'));
      },
      close: async () => void (await bidi.send('browsingContext.close', { context })),
    };
  }
  let runner: Awaited<ReturnType<typeof extensionTab>> | null = null;
  const quit = async () => {
    // Firefox sometimes takes long to quit over BiDi: do not let it hold the suite.
    await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 10_000))]);
    browser.process()?.kill('SIGKILL');
  };
  return {
    get browser() {
      return browser;
    },
    answers,
    requests: proxy.requests,
    origin,
    extensionTab,
    async inWorker(fn, arg) {
      runner ??= await extensionTab('/popup.html');
      return runner.evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`);
    },
    async restart() {
      if (!profile) throw new Error('launchWatchFirefox: restart needs { restartable: true }');
      await quit();
      browser = await launch();
      bidi = (browser as unknown as { connection: Bidi }).connection;
      runner = null;
    },
    async close() {
      await quit();
      await proxy.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
