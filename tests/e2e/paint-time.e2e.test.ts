// Measures, does not judge: time from content-script start to the sidebar's first painted frame
// in Chromium, five fresh tabs on the seed article. The figure goes in the closing notes / README.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { ENGLISH_ALWAYS_OPEN } from './support/browsers';
import { launchChromium } from './support/chromium';
import type { BrowserDriver } from './support/driver';
import { seedPage } from './support/fixtures';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('paint time', () => {
  if (!existsSync(CHROMIUM)) console.log(`skipped paint time: ${CHROMIUM} not installed`);
  describe.skipIf(!existsSync(CHROMIUM))('chromium-mv3', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await launchChromium(resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output', 'chrome-mv3'), resolve(REPO_ROOT, '.tmp'));
      await driver.setStorage(ENGLISH_ALWAYS_OPEN);
    }, 60_000);
    afterAll(async () => driver?.close());

    it('content-script start → sidebar painted, median of 5', async () => {
      const page = seedPage();
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const tab = await driver.open(page);
        await tab.waitFor('[data-testid=archive]');
        let ms: string | null = null;
        for (let t = 0; t < 100 && ms === null; t++) {
          ms = await tab.hostAttr('data-paint-ms');
          if (ms === null) await new Promise((r) => setTimeout(r, 20));
        }
        times.push(Number(ms));
        await tab.close();
      }
      console.log(`paint time (ms): ${times.map((t) => t.toFixed(1)).join(', ')}; median ${median(times).toFixed(1)} (first tab includes loading the corpus index)`);
      expect(times.every((t) => Number.isFinite(t) && t > 0)).toBe(true);
    });
  });
});
