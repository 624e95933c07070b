// What both browser benches (scripts/bench-browser.ts, scripts/bench-lookup-browser.ts) share: a
// Chromium with one extension loaded, its worker up, and the timing probe in every page.
import { mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { FLAGS } from '../tests/e2e/support/chromium';
import { poll } from '../tests/e2e/support/driver';

/**
 * In the page before anything else: DOMContentLoaded, and the first element with a custom-element
 * name the served HTML does not have, attached after it (the extension's host, whatever its name).
 */
export const PROBE = `(() => {
  const b = (window.__bench = {});
  let known = null;
  document.addEventListener('DOMContentLoaded', () => {
    b.dcl = performance.now();
    known = new Set(Array.from(document.querySelectorAll('*'), (e) => e.localName).filter((n) => n.includes('-')));
  }, { once: true });
  new MutationObserver((records) => {
    if (!known || b.host !== undefined) return;
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeType === 1 && n.localName.includes('-') && !known.has(n.localName)) { b.host = performance.now(); b.tag = n.localName; return; }
  }).observe(document, { childList: true, subtree: true });
  // RFI Lens marks its host once the comparison is drawn (the panel opens then when edits are found).
  new MutationObserver(() => { if (b.compared === undefined) b.compared = performance.now(); })
    .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-compared'] });
})();`;

/** A fresh profile under `tmp` with the extension at `dir` loaded; resolves once its worker runs, the probe installed. */
export async function launchWithExtension(dir: string, tmp: string, prefix: string): Promise<{ ctx: BrowserContext; profile: string; worker: Worker }> {
  const profile = mkdtempSync(resolve(tmp, prefix));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [...FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await poll(() => worker.evaluate(() => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)), 10_000, 'worker');
  await ctx.addInitScript(PROBE);
  return { ctx, profile, worker };
}
