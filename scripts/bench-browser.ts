// npm run bench:browser — RFI Lens's time to its panel, in Chromium, against the floor of a minimal
// extension of the same shape (tests/fixtures/minimal-extension) measured in the same run:
//   cold: a new browser (fresh profile) and its first article; warm: further tabs in that browser.
// Figure: DOMContentLoaded → the extension's host element attached, medians and ratios. Also the
// main-thread time each extension's content script takes on pages that are not articles (trace).
// Needs `npm run build` and ../shared (the real RFI page template). Prints; judges nothing.
// BENCH_BASELINE=<folder of another chrome-mv3 build> adds it as a third extension in the same run
// (e.g. the build before a change), printed with its ratio to the minimal extension too.
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { pageKey, poll } from '../tests/e2e/support/driver';
import { editedPage, homePage } from '../tests/e2e/support/fixtures';
import { REPO_ROOT } from '../tests/support/shared';
import { launchWithExtension } from './bench-chromium';

const COLD = Number(process.env.BENCH_COLD ?? 7);
const WARM = Number(process.env.BENCH_WARM ?? 8);
const EXTENSIONS: Record<string, string> = {
  'rfi-lens': resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output', 'chrome-mv3'),
  minimal: resolve(REPO_ROOT, 'tests/fixtures/minimal-extension'),
  ...(process.env.BENCH_BASELINE ? { baseline: resolve(process.env.BENCH_BASELINE) } : {}),
};
type Name = string;
/** The extensions that are RFI Lens builds (they draw a comparison), the floor excepted. */
const isLens = (name: Name) => name !== 'minimal';
const TMP = resolve(REPO_ROOT, '.tmp');

async function launch(dir: string): Promise<{ ctx: BrowserContext; profile: string }> {
  const { ctx, profile } = await launchWithExtension(dir, TMP, 'bench-');
  const home = homePage().html;
  const served = new Map([[pageKey(editedPage().url), editedPage().html], ...Object.values(NON_ARTICLES).map((url) => [pageKey(url), home] as const)]);
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const html = served.get(pageKey(url));
    return html === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return { ctx, profile };
}

type Probe = { dcl: number; host?: number; compared?: number };

/** Opens the edited article in a new tab: DOMContentLoaded → host attached (and → comparison drawn, RFI Lens only), in ms. */
async function once(ctx: BrowserContext, compared: number[] | null): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(editedPage().url, { waitUntil: 'domcontentloaded' });
  const probe = () => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
  await poll(async () => (await probe()).host !== undefined, 15_000, 'host');
  if (compared) await poll(async () => (await probe()).compared !== undefined, 30_000, 'comparison');
  const b = await probe();
  compared?.push(b.compared! - b.dcl);
  await page.close();
  return b.host! - b.dcl;
}

/** The pages that are not articles: the home page (its URL says so) and the same page at an
 *  article-shaped URL (only the document can tell: the content script is injected and must leave). */
const NON_ARTICLES = { home: 'https://www.rfi.fr/cn/', 'article-shaped': 'https://www.rfi.fr/cn/中国/20251130-看起来像文章的地址' };
type NonArticle = keyof typeof NON_ARTICLES;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own time in the slice (CPU), which a loaded machine does not stretch as it does `dur`. */
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/**
 * Main-thread ms the extension's content script costs on a page that is not an article, from a
 * Chromium trace: every top-level slice of the page's main thread that names a content script of
 * the extension (EvaluateScript: compiling and running it; FunctionCall: its timers and listeners),
 * from navigation to 1.5 s after load, as thread (CPU) time and as wall time. Covers what a CPU
 * profile misses (the script's compile).
 */
async function nonArticleCost(ctx: BrowserContext, url: string): Promise<{ cpu: number; wall: number }> {
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8'] }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const ours = (e: TraceEvent) => e.ph === 'X' && /^chrome-extension:\/\/[^/]+\/(content-scripts\/|content\.js|rfi-article\.js)/.test(e.args?.data?.url ?? e.args?.fileName ?? '');
  const slices = events.filter(ours).sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let wall = 0;
  let end = -Infinity;
  for (const e of slices) {
    // Nested slices (the compile inside EvaluateScript) are counted once, in their parent.
    if (e.ts >= end) {
      cpu += e.tdur ?? e.dur ?? 0;
      wall += e.dur ?? 0;
      end = e.ts + (e.dur ?? 0);
    }
  }
  return { cpu: cpu / 1000, wall: wall / 1000 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');

async function main() {
  const startLoad = loadavg().map((x) => x.toFixed(1)).join(' ');
  mkdirSync(TMP, { recursive: true });
  const names = Object.keys(EXTENSIONS);
  const perName = <T>(make: () => T): Record<Name, T> => Object.fromEntries(names.map((n) => [n, make()]));
  const cold = perName<number[]>(() => []);
  const warm = perName<number[]>(() => []);
  const comparedCold = perName<number[]>(() => []);
  const comparedWarm = perName<number[]>(() => []);
  type Cost = { cpu: number; wall: number };
  const nonArticle = perName<Record<NonArticle, Cost[]>>(() => ({ home: [], 'article-shaped': [] }));
  for (let round = 0; round < COLD; round++) {
    for (const name of names) {
      const { ctx, profile } = await launch(EXTENSIONS[name]!);
      try {
        const isUs = isLens(name);
        cold[name]!.push(await once(ctx, isUs ? comparedCold[name]! : null));
        for (let i = 0; i < Math.ceil(WARM / COLD) + (round === 0 ? 1 : 0); i++) warm[name]!.push(await once(ctx, isUs ? comparedWarm[name]! : null));
        if (round < 3) for (const kind of Object.keys(NON_ARTICLES) as NonArticle[]) nonArticle[name]![kind].push(await nonArticleCost(ctx, NON_ARTICLES[kind]));
      } finally {
        await ctx.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
  const line = (what: string, xs: Record<Name, number[]>) =>
    `${what.padEnd(5)} ${names
      .filter(isLens)
      .map((n) => `${n} median ${median(xs[n]!).toFixed(0)} ms [${fmt(xs[n]!)}] ratio ${(median(xs[n]!) / median(xs.minimal!)).toFixed(2)}×`)
      .join('  ')}  minimal median ${median(xs.minimal!).toFixed(0)} ms [${fmt(xs.minimal!)}]`;
  console.log(`load average at the start: ${startLoad}`);
  console.log('DOMContentLoaded → panel host attached, Chromium (headless), edited seed article, default settings');
  console.log(line('cold', cold));
  console.log(line('warm', warm));
  for (const n of names.filter(isLens)) {
    const [c, w] = [comparedCold[n]!, comparedWarm[n]!];
    console.log(`DOMContentLoaded → comparison drawn (${n}; the panel opens then, edits found): cold median ${median(c).toFixed(0)} ms [${fmt(c)}], warm median ${median(w).toFixed(0)} ms [${fmt(w)}]`);
  }
  console.log('pages that are not articles: content-script main-thread time (trace: compile, run, timers), medians, CPU / wall');
  for (const kind of Object.keys(NON_ARTICLES) as NonArticle[]) {
    const of = (name: Name) => {
      const cpu = nonArticle[name]![kind].map((c) => c.cpu);
      const wall = nonArticle[name]![kind].map((c) => c.wall);
      return `${name} ${median(cpu).toFixed(2)} / ${median(wall).toFixed(2)} ms [cpu ${cpu.map((x) => x.toFixed(2)).join(' ')}]`;
    };
    console.log(`  ${kind.padEnd(15)} ${names.map(of).join('  ')}`);
  }
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${cpus().length} cores)`);
}

await main();
