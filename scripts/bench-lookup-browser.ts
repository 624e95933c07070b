// What a reader feels of a lookup, before and after importing N archive files, in one Chromium MV3
// profile with the built extension (issue 9): a fixed list of pages (scripts/bench-lookup-pages.ts)
// opened in rounds; then N files of the generated corpus (scripts/gen-corpus.ts) imported through
// the options page's folder picker; then the same rounds again. Beside it, in a second browser of
// the same run, the floor: a minimal extension of the same shape (tests/fixtures/minimal-extension:
// a content script, one round trip to its worker, a panel), on the same pages, visit for visit.
// Per page, timed in the page (an init script): DOMContentLoaded → the sidebar host's
// `data-compared` attribute (set by entrypoints/rfi.content/mount.tsx once the lookup's answer is
// drawn in the panel; the panel opens on every article here: openMode `always`), the floor's
// DOMContentLoaded → its panel. Then the background's own time: the `inspect` message sent again
// `--repeats` times from the content script's isolated world (the same request: the live article
// as the extractor reads it), timed there, and the CPU time of the extension's process over those
// messages (/proc, scripts/browser-cpu.ts); the floor's one message timed the same way. Visits are
// not stored (`ownArchive.visitsOn` false), so every round asks the same sources. Prints medians,
// before / after and their ratios, each also as a ratio to the floor; judges nothing.
//   npx tsx scripts/bench-lookup-browser.ts [--files 100000] [--corpus .tmp/corpus-100k]
//     [--bundled seeds] [--rounds 5] [--repeats 5] [--profile] [--trace]   (RFI_LENS_OUT=<dir>: the build to load)
// --bundled: the folder the build compiled (RFI_LENS_CORPUS), where the bundled pages are taken from.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { cdpInRoot } from '../tests/e2e/support/chromium';
import { pageKey, poll } from '../tests/e2e/support/driver';
import { REPO_ROOT } from '../tests/support/shared';
import { browserCpu, type BrowserCpu } from './browser-cpu';
import { lookupKinds, liveOf, type LookupPage, type Phase } from './bench-lookup-pages';
import { importThroughOptions, pickFolder } from './import-folder';
import { traceBrowser } from './browser-trace';
import { profileWorker } from './worker-profile';
import { type Visit, report } from './bench-lookup-report';
import { launchWithExtension } from './bench-chromium';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const FILES = Number(arg('files', '100000'));
const CORPUS = resolve(arg('corpus', resolve(REPO_ROOT, '.tmp/corpus-100k')));
const BUNDLED = resolve(REPO_ROOT, arg('bundled', 'seeds'));
const ROUNDS = Number(arg('rounds', '5'));
const REPEATS = Number(arg('repeats', '5'));
/** --profile: the worker under the V8 profiler over each phase's first round (the first lookups after the import), and after each phase's rounds over every kind's inspect messages again. */
const PROFILE = process.argv.includes('--profile');
/** --trace: a Chromium trace of every process over the first round after the import (scripts/browser-trace.ts). */
const TRACE = process.argv.includes('--trace');
const LENS = resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output', 'chrome-mv3');
const MINIMAL = resolve(REPO_ROOT, 'tests/fixtures/minimal-extension');
const TMP = resolve(REPO_ROOT, '.tmp');
for (const [path, hint] of [[join(LENS, 'options.html'), 'build it first (npm run build)'], [CORPUS, 'npx tsx scripts/gen-corpus.ts'], [BUNDLED, '--bundled: the folder the build compiled']]) {
  if (!existsSync(path!)) {
    console.error(`${path} not found: ${hint}`);
    process.exit(2);
  }
}


interface Browser {
  ctx: BrowserContext;
  profile: string;
  origin: string;
  cpu: BrowserCpu;
}

async function launch(dir: string, served: Map<string, string>): Promise<Browser> {
  const { ctx, profile, worker } = await launchWithExtension(dir, TMP, 'bench-lookup-');
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue(); // the extension's own files
    const html = served.get(pageKey(url));
    return html === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return { ctx, profile, origin: `chrome-extension://${new URL(worker.url()).host}`, cpu: browserCpu(profile) };
}

/** Evaluates `expression` (awaited, JSON back) in the extension's isolated world of `page` (its content script's realm). */
async function inExtensionWorld(page: Page, origin: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => void worlds.push(e.context as (typeof worlds)[number]));
    await cdp.send('Runtime.enable');
    const world = () => worlds.find((w) => w.origin === origin && w.auxData?.type === 'isolated');
    await poll(async () => world() !== undefined, 10_000, `the isolated world of ${origin}`);
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world()!.id, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`in the extension's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return JSON.parse(r.result.value as string);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Sends `message` `REPEATS` times in a row from the content script's world: wall ms of each, and the last reply. */
const roundTrips = (message: string) => `(async () => {
  const message = ${message};
  const times = [];
  let reply = null;
  for (let i = 0; i < ${REPEATS}; i++) {
    const t = performance.now();
    reply = await chrome.runtime.sendMessage(message);
    times.push(performance.now() - t);
  }
  const m = reply && reply.ok && reply.value ? reply.value.match : null;
  return JSON.stringify({ times, ok: Boolean(reply && reply.ok), error: reply && reply.error, origin: m ? (m.versions.find((v) => v.source === reply.value.archived?.source)?.origin ?? 'bundled') : null });
})()`;

type Probe = { dcl: number; host?: number; compared?: number };

/** One visit of `served` in `b`: the reader's time, the answer drawn, then the background's own time over `REPEATS` messages. */
async function visit(b: Browser, served: LookupPage, lens: boolean): Promise<Visit> {
  const page = await b.ctx.newPage();
  try {
    const cpu0 = b.cpu.read();
    await page.goto(served.url, { waitUntil: 'domcontentloaded' });
    const probe = () => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
    await poll(async () => (lens ? (await probe()).compared : (await probe()).host) !== undefined, 120_000, lens ? 'the comparison drawn' : 'the floor\'s panel');
    const cpu1 = b.cpu.read();
    const p = await probe();
    const drawn = lens
      ? await cdpInRoot(page)('sidebar', (root) => root.querySelector('[data-testid=archived-origin]')?.getAttribute('data-origin') ?? (root.querySelector('[data-testid=status]') ? 'none' : 'nothing drawn'), null)
      : null;
    const message = lens ? JSON.stringify({ rfiLens: 1, name: 'inspect', request: { pageUrl: served.url, live: liveOf(served) } }) : 'JSON.parse(JSON.stringify({ title: document.title }))';
    const trips = (await inExtensionWorld(page, b.origin, roundTrips(message))) as { times: number[]; ok: boolean; error?: string; origin: string | null };
    const cpu2 = b.cpu.read();
    if (!trips.ok) throw new Error(`${served.url}: the message was not answered: ${trips.error}`);
    return {
      answer: lens ? (p.compared! - p.dcl) : p.host! - p.dcl,
      visitCpu: cpu1.extension - cpu0.extension,
      visitCpuAll: cpu1.all - cpu0.all,
      visitCpuByType: Object.fromEntries(Object.entries(cpu1.byType).map(([t, ms]) => [t, ms - (cpu0.byType[t] ?? 0)])),
      trips: trips.times,
      tripCpu: (cpu2.extension - cpu1.extension) / REPEATS,
      tripCpuAll: (cpu2.all - cpu1.all) / REPEATS,
      drawn: drawn ?? undefined,
      replied: lens ? (trips.origin ?? 'none') : undefined,
    };
  } finally {
    await page.close();
  }
}

/** The worker's self time by function over `REPEATS` inspect messages of each kind's first page (a page opened and answered first). */
async function profilePass(b: Browser, pages: LookupPage[]): Promise<{ total: number; top: { key: string; ms: number }[] }> {
  const self = new Map<string, number>();
  for (const served of pages) {
    const page = await b.ctx.newPage();
    try {
      await page.goto(served.url, { waitUntil: 'domcontentloaded' });
      await poll(async () => (await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.compared)) !== undefined, 120_000, 'the comparison drawn');
      const profiler = await profileWorker(page, `${b.origin}/background.js`, join(LENS, 'background.js'));
      await profiler.start();
      await inExtensionWorld(page, b.origin, roundTrips(JSON.stringify({ rfiLens: 1, name: 'inspect', request: { pageUrl: served.url, live: liveOf(served) } })));
      for (const { key, ms } of await profiler.stop()) self.set(key, (self.get(key) ?? 0) + ms);
      await profiler.detach();
    } finally {
      await page.close();
    }
  }
  const top = [...self].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
  return { total: top.filter((t) => !/^\(idle\)/.test(t.key)).reduce((s, t) => s + t.ms, 0), top: top.slice(0, 15) };
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

async function main() {
  mkdirSync(TMP, { recursive: true });
  const { folder, files } = pickFolder(CORPUS, FILES);
  const { kinds, warmUp } = lookupKinds(BUNDLED, files, ROUNDS);
  const served = new Map<string, string>();
  for (const phase of ['before', 'after'] as Phase[]) for (const k of kinds) for (let r = 0; r < ROUNDS; r++) { const p = k.page(phase, r); served.set(pageKey(p.url), p.html); }
  served.set(pageKey(warmUp.url), warmUp.html);
  console.log(`load average at the start: ${load()} (${cpus().length} cores); ${FILES.toLocaleString('en')} files to import from ${folder}; ${kinds.length} kinds of page × ${ROUNDS} rounds, ${REPEATS} messages each`);
  const lens = await launch(LENS, served);
  const floor = await launch(MINIMAL, served);
  console.log(`RFI Lens browser: ${lens.cpu.describe()}; floor browser: ${floor.cpu.describe()}`);
  await lens.ctx.serviceWorkers()[0]!.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set(v), {
    settings: { openMode: 'always', sideBySide: true, language: 'en', theme: 'auto' },
    panel: null,
    'ownArchive.visitsOn': false,
  });
  const visits: Record<Phase, Record<string, { lens: Visit; floor: Visit }[]>> = { before: {}, after: {} };
  const loads: Record<Phase, string[]> = { before: [], after: [] };
  const warmUps: Record<Phase, { lens: Visit; floor: Visit } | null> = { before: null, after: null };
  let imported = '';
  const profiles: string[] = [];
  try {
    for (const phase of ['before', 'after'] as Phase[]) {
      if (phase === 'after') {
        const options = await lens.ctx.newPage();
        await options.goto(`${lens.origin}/options.html`);
        const cpu0 = lens.cpu.read();
        const { seconds, summary } = await importThroughOptions(options, folder);
        imported = `import of ${FILES.toLocaleString('en')} files through the options page: ${seconds.toFixed(1)} s, ${((lens.cpu.read().all - cpu0.all) / 1000).toFixed(1)} s of the browser's CPU → ${summary}`;
        console.log(imported);
        await options.close();
      }
      // Not in the medians: the worker started and the first-use costs paid before the rounds (printed apart).
      warmUps[phase] = { lens: await visit(lens, warmUp, true), floor: await visit(floor, warmUp, false) };
      loads[phase].push(load());
      for (let r = 0; r < ROUNDS; r++) {
        const blank = (PROFILE || (TRACE && phase === 'after')) && r === 0 ? await lens.ctx.newPage() : null;
        const profiler = blank && PROFILE ? await profileWorker(blank, `${lens.origin}/background.js`, join(LENS, 'background.js'), 1000) : null;
        await profiler?.start();
        const tracing = TRACE && phase === 'after' && r === 0 ? await traceBrowser(blank!, ['toplevel', 'IndexedDB', 'leveldb', 'disabled-by-default-lifecycles']) : null;
        // The order of the kinds turns each round (no kind always first after the floor's visit).
        for (let i = 0; i < kinds.length; i++) {
          const kind = kinds[(i + r) % kinds.length]!;
          const page = kind.page(phase, r);
          const one = { lens: await visit(lens, page, true), floor: await visit(floor, page, false) };
          (visits[phase][kind.name] ??= []).push(one);
          const v = one.lens;
          if (r === 0 || v.answer > 2000) console.log(`  ${phase} round ${r + 1}, ${kind.name}: answer drawn ${v.answer.toFixed(0)} ms (floor ${one.floor.answer.toFixed(0)}), CPU of the extension's process ${v.visitCpu.toFixed(0)} ms, of the whole browser ${v.visitCpuAll.toFixed(0)} ms (${Object.entries(v.visitCpuByType).filter(([, ms]) => ms >= 20).sort((a, b) => b[1] - a[1]).map(([t, ms]) => `${t} ${ms.toFixed(0)}`).join(', ')})`);
          const expected = kind.expected(phase) ?? 'none';
          if (one.lens.drawn !== expected || one.lens.replied !== expected) console.log(`  unexpected answer: ${phase} round ${r + 1}, ${kind.name} ${page.url}: drawn ${one.lens.drawn}, replied ${one.lens.replied}, expected ${expected}`);
        }
        if (tracing) profiles.push(`trace of the first round after the import, slices by process / thread: name, top 25 by CPU:\n${(await tracing.stop()).map((l) => `    ${l}`).join('\n')}`);
        if (profiler) {
          const top = await profiler.stop();
          const busy = top.filter((t) => !/^\((idle|program)\)/.test(t.key));
          profiles.push(`the worker's CPU profile, ${phase}, round 1 (V8 sampling, 1 ms): ${busy.reduce((s, t) => s + t.ms, 0).toFixed(0)} ms busy, ${top.filter((t) => t.key.startsWith('(idle)')).reduce((s, t) => s + t.ms, 0).toFixed(0)} ms idle; self time by function:\n${top.slice(0, 12).map((t) => `    ${t.ms.toFixed(1).padStart(7)} ms  ${t.key}`).join('\n')}`);
          await profiler.detach();
        }
        await blank?.close();
        console.log(`${phase} round ${r + 1}/${ROUNDS} done (load ${load()})`);
      }
      loads[phase].push(load());
      if (PROFILE) {
        const { total, top } = await profilePass(lens, kinds.map((k) => k.page(phase, 0)));
        profiles.push(`the worker's CPU profile, ${phase}, every kind's inspect messages again (V8 sampling, 0.2 ms): ${total.toFixed(0)} ms sampled (not idle) over ${kinds.length} × ${REPEATS} inspect messages; self time by function:\n${top.map((t) => `    ${t.ms.toFixed(1).padStart(7)} ms  ${t.key}`).join('\n')}`);
      }
    }
  } finally {
    await lens.ctx.close();
    await floor.ctx.close();
    rmSync(lens.profile, { recursive: true, force: true });
    rmSync(floor.profile, { recursive: true, force: true });
  }
  report(kinds.map((k) => k.name), visits, loads, imported, warmUps);
  if (profiles.length) console.log(`\n${profiles.join('\n')}`);
}

await main();
