// npm run bench:browser — RFI Lens's time to its panel, in Chromium, against the floor of a minimal
// extension of the same shape (tests/fixtures/minimal-extension) measured in the same run:
//   cold: a new browser (fresh profile) and its first article; warm: further tabs in that browser.
// Figure: DOMContentLoaded → the extension's host element attached, medians and ratios. Also the
// main-thread time RFI Lens's content script takes on a page that is not an article (CPU profile).
// Needs `npm run build` and ../shared (the real RFI page template). Prints; judges nothing.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pageKey, poll } from '../tests/e2e/support/driver';
import { editedPage, homePage } from '../tests/e2e/support/fixtures';
import { REPO_ROOT } from '../tests/support/shared';

const COLD = Number(process.env.BENCH_COLD ?? 7);
const WARM = Number(process.env.BENCH_WARM ?? 8);
const EXTENSIONS = {
  'rfi-lens': resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output', 'chrome-mv3'),
  minimal: resolve(REPO_ROOT, 'tests/fixtures/minimal-extension'),
};
type Name = keyof typeof EXTENSIONS;
const TMP = resolve(REPO_ROOT, '.tmp');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--no-default-browser-check', '--disable-dev-shm-usage'];

/**
 * In the page before anything else: DOMContentLoaded, and the first element with a custom-element
 * name the served HTML does not have, attached after it (the extension's host, whatever its name).
 */
const PROBE = `(() => {
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
})();`;

async function launch(dir: string): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(resolve(TMP, 'bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [...FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await poll(() => worker.evaluate(() => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)), 10_000, 'worker');
  await ctx.addInitScript(PROBE);
  const served = new Map([editedPage(), homePage()].map((p) => [pageKey(p.url), p.html]));
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const html = served.get(pageKey(url));
    return html === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return { ctx, profile };
}

/** Opens the edited article in a new tab: DOMContentLoaded → host attached, in ms. */
async function once(ctx: BrowserContext): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(editedPage().url, { waitUntil: 'domcontentloaded' });
  await poll(() => page.evaluate(() => (window as unknown as { __bench: { host?: number } }).__bench.host !== undefined), 15_000, 'host');
  const { dcl, host } = await page.evaluate(() => (window as unknown as { __bench: { dcl: number; host: number } }).__bench);
  await page.close();
  return host - dcl;
}

/** Main-thread ms spent in RFI Lens's content script on the home page (CPU profile, 50 µs samples). */
async function nonArticleCost(ctx: BrowserContext): Promise<number> {
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(homePage().url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: { id: number; callFrame: { url: string }; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
  };
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = (id: number | undefined): boolean => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at)?.callFrame.url.includes('/content-scripts/')) return true;
    return false;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (ours(id)) us += profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
  });
  await page.close();
  return us / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');

async function main() {
  mkdirSync(TMP, { recursive: true });
  const cold: Record<Name, number[]> = { 'rfi-lens': [], minimal: [] };
  const warm: Record<Name, number[]> = { 'rfi-lens': [], minimal: [] };
  const nonArticle: number[] = [];
  for (let round = 0; round < COLD; round++) {
    for (const name of Object.keys(EXTENSIONS) as Name[]) {
      const { ctx, profile } = await launch(EXTENSIONS[name]);
      try {
        cold[name].push(await once(ctx));
        for (let i = 0; i < Math.ceil(WARM / COLD) + (round === 0 ? 1 : 0); i++) warm[name].push(await once(ctx));
        if (name === 'rfi-lens' && round < 3) nonArticle.push(await nonArticleCost(ctx));
      } finally {
        await ctx.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
  const line = (what: string, xs: Record<Name, number[]>) =>
    `${what.padEnd(5)} rfi-lens median ${median(xs['rfi-lens']).toFixed(0)} ms [${fmt(xs['rfi-lens'])}]  minimal median ${median(xs.minimal).toFixed(0)} ms [${fmt(xs.minimal)}]  ratio ${(median(xs['rfi-lens']) / median(xs.minimal)).toFixed(2)}×`;
  console.log('DOMContentLoaded → panel host attached, Chromium (headless), edited seed article, default settings');
  console.log(line('cold', cold));
  console.log(line('warm', warm));
  console.log(`non-article page (rfi.fr/cn/ home): content-script main-thread time, median ${median(nonArticle).toFixed(2)} ms [${nonArticle.map((x) => x.toFixed(2)).join(' ')}]`);
}

await main();
