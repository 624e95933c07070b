// The browsers every real-browser suite runs in, and the per-browser describe block that launches
// one driver for its tests (and skips, saying so in one line, where the browser is not installed).
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { REPO_ROOT } from '../../support/shared';
import { launchChromium } from './chromium';
import type { BrowserDriver } from './driver';
import { launchFirefox } from './firefox';

export const OUT = resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output');
export const TMP = resolve(REPO_ROOT, '.tmp');
export const SHOTS = resolve(REPO_ROOT, 'artifacts', 'screenshots');

export interface BrowserTarget {
  label: string;
  binary: string;
  /** The build's folder under the output folder. */
  build: string;
  /** `wxt build` arguments that make that build. */
  buildArgs: string[];
  launch: (extensionDir: string) => Promise<BrowserDriver>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const BROWSERS: BrowserTarget[] = [
  { label: 'chromium-mv3', binary: CHROMIUM, build: 'chrome-mv3', buildArgs: [], launch: (dir) => launchChromium(dir, TMP) },
  { label: 'firefox-mv2', binary: FIREFOX, build: 'firefox-mv2', buildArgs: ['-b', 'firefox'], launch: (dir) => launchFirefox(dir, 'firefox-mv2') },
  { label: 'firefox-mv3', binary: FIREFOX, build: 'firefox-mv3', buildArgs: ['-b', 'firefox', '--mv3'], launch: (dir) => launchFirefox(dir, 'firefox-mv3') },
];

interface Options {
  /** Prepares and returns the extension folder to load (default: the npm run build output). */
  extension?: (b: BrowserTarget) => string;
  launchTimeoutMs?: number;
  /**
   * storage.local written after launch. By default the suites read the panel in English and open on
   * every article (the fixtures are Chinese-edition pages, which would otherwise get Chinese and,
   * with no edits, only the tab); suites about languages and open modes pass their own (null: none).
   */
  storage?: Record<string, unknown> | null;
}

export const ENGLISH_ALWAYS_OPEN = { settings: { openMode: 'always', sideBySide: true, language: 'en', theme: 'auto' }, panel: null };

/**
 * One describe block per browser; `define` gets the target and a getter for the driver launched
 * once in beforeAll (with the built extension) and closed in afterAll.
 */
export function eachBrowser(define: (b: BrowserTarget, driver: () => BrowserDriver) => void, options: Options = {}): void {
  for (const b of BROWSERS) {
    const present = existsSync(b.binary);
    if (!present) console.log(`skipped ${b.label}: ${b.binary} not installed (apt-get install chromium firefox-esr)`);
    describe.skipIf(!present)(b.label, () => {
      let driver: BrowserDriver | undefined;
      beforeAll(async () => {
        mkdirSync(SHOTS, { recursive: true });
        mkdirSync(TMP, { recursive: true });
        const dir = options.extension?.(b) ?? resolve(OUT, b.build);
        if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
        driver = await b.launch(dir);
      }, options.launchTimeoutMs ?? 60_000);
      // Each test starts from the suite's storage: a panel one test collapsed (remembered for the
      // next pages, as for a reader) does not leak into the next test.
      beforeEach(async () => {
        const storage = options.storage === undefined ? ENGLISH_ALWAYS_OPEN : options.storage;
        if (storage && driver) await driver.setStorage(storage);
      });
      afterAll(async () => driver?.close());
      define(b, () => {
        if (!driver) throw new Error(`${b.label}: the browser did not start`);
        return driver;
      });
    });
  }
}
