// Browser path of an import, timed in Chromium MV3 with the built extension: N archive files (the
// first N of a generated corpus, scripts/gen-corpus.ts, never committed) chosen in the options
// page's folder picker; the time a reader waits, from the choice (the input's `change` event) to the
// summary (read, compile, write into the imports database), timed in the page, and its phases.
// Handing the files to the input is the harness's own setup, timed apart and not counted: Chromium's
// DataTransfer.items.add grows quadratically (40,000 files: 32 s; a real folder pick has no such
// step), and it was most of the superlinear growth this bench once reported (issue 9). Prints the
// linear extrapolation to 100,000 files when fewer were chosen. Needs a build with the options
// page's folder picker (it says so otherwise).
//   npx tsx scripts/bench-import-browser.ts [--files 10000] [--corpus .tmp/corpus-100k]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { poll } from '../tests/e2e/support/driver';
import { REPO_ROOT } from '../tests/support/shared';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const COUNT = Number(arg('files', '10000'));
const CORPUS = resolve(arg('corpus', resolve(REPO_ROOT, '.tmp/corpus-100k')));

function firstFiles(dir: string, count: number, found: [string, string][] = []): [string, string][] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (found.length >= count) break;
    const path = resolve(dir, e.name);
    if (e.isDirectory()) firstFiles(path, count, found);
    else found.push([`bench/${relative(CORPUS, path)}`, readFileSync(path, 'utf8')]);
  }
  return found;
}

const EXTENSION = resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output', 'chrome-mv3');

/** Whether the built options page has the folder picker (a build older than the imports has none: it was the bench's "timed out waiting for the options page"). */
function hasFolderPicker(dir: string): boolean {
  const chunks = join(dir, 'chunks');
  if (!existsSync(join(dir, 'options.html')) || !existsSync(chunks)) return false;
  return readdirSync(chunks).some((n) => n.startsWith('options') && readFileSync(join(chunks, n), 'utf8').includes('import-folder'));
}
if (!hasFolderPicker(EXTENSION)) {
  console.error(`${EXTENSION} has no options page with the folder picker: build it first (npm run build, or RFI_LENS_OUT=<dir> npm run build)`);
  process.exit(2);
}
if (!existsSync(CORPUS)) {
  console.error(`${CORPUS} not found: npx tsx scripts/gen-corpus.ts`);
  process.exit(2);
}
const files = firstFiles(CORPUS, COUNT);
const driver = await launchChromium(EXTENSION, resolve(REPO_ROOT, '.tmp'));
try {
  const options = await driver.openExtension('/options.html');
  await poll(() => options.evaluate(() => document.querySelector('[data-testid=import-folder]') !== null), 20_000, 'the options page');
  // The files are made in the page in slices (one evaluate argument each), then chosen at once.
  await options.evaluate(() => ((window as unknown as { benchFiles: File[] }).benchFiles = []));
  for (let i = 0; i < files.length; i += 2000) {
    await options.evaluateWith((slice: [string, string][]) => {
      const list = (window as unknown as { benchFiles: File[] }).benchFiles;
      for (const [path, text] of slice) {
        const file = new File([text], path.split('/').pop()!, { type: 'text/plain' });
        Object.defineProperty(file, 'webkitRelativePath', { value: path });
        list.push(file);
      }
    }, files.slice(i, i + 2000));
  }
  // Timed in the page: the harness's setup (DataTransfer, input.files), then from the `change`
  // event to the summary, split by the progress bar's phases (read, compile, write).
  const setup = await options.evaluate(() => {
    const w = window as unknown as { benchFiles: File[]; benchLog: [number, string, number][] };
    const t0 = performance.now();
    const data = new DataTransfer();
    for (const f of w.benchFiles) data.items.add(f);
    const t1 = performance.now();
    const input = document.querySelector('[data-testid=import-folder]') as HTMLInputElement;
    input.files = data.files;
    const t2 = performance.now();
    const log: [number, string, number][] = (w.benchLog = []);
    const root = document.body;
    new MutationObserver(() => {
      const bar = root.querySelector('[data-testid=import-progress]');
      const value = Number(bar?.querySelector('progress')?.getAttribute('value') ?? 0);
      const phase = root.querySelector('[data-testid=import-outcome]') ? 'done' : (bar?.getAttribute('data-phase') ?? '');
      if (log.at(-1)?.[1] !== phase || log.at(-1)?.[2] !== value) log.push([performance.now(), phase, value]);
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const t3 = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return { add: t1 - t0, set: t2 - t1, change: t3, dispatched: performance.now() - t3 };
  });
  await poll(() => options.evaluate(() => document.querySelector('[data-testid=import-outcome]') !== null), 3_600_000, 'the import');
  const summary = await options.evaluate(() => document.querySelector('[data-testid=import-outcome] p')?.textContent ?? '');
  const log = await options.evaluate(() => (window as unknown as { benchLog: [number, string, number][] }).benchLog);
  // The first entry of each phase (a compile too short to be drawn counts as part of the read).
  const first = (...phases: string[]) => log.find((e) => phases.includes(e[1]))?.[0] ?? NaN;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const [read, compile, write, done] = [first('read'), first('compile', 'write'), first('write'), first('done')] as [number, number, number, number];
  const seconds = (done - setup.change) / 1000;
  console.log(`browser import (Chromium MV3, options page): ${files.length.toLocaleString('en')} files in ${seconds.toFixed(1)} s from the choice to the summary → ${summary}`);
  if (files.length < 100_000) console.log(`linear extrapolation to 100,000 files: ${((seconds * 100_000) / files.length / 60).toFixed(1)} min`);
  console.log(`harness setup (not counted): DataTransfer.items.add ×${files.length} ${s(setup.add)}, input.files = ${s(setup.set)}, change handler (sync) ${s(setup.dispatched)}`);
  console.log(`phases: to the first progress ${s(read - setup.change)}, read ${s(compile - read)}, compile ${s(write - compile)}, write ${s(done - write)}`);
  // The read phase by quarters of the files (the bar is 0.8 × done/total while reading): a per-file
  // cost that grows shows as later quarters slower than the first.
  const reads = log.filter((e) => e[1] === 'read');
  const at = (share: number) => reads.find((e) => e[2] >= 800 * share)?.[0] ?? compile;
  const quarters = [0, 0.25, 0.5, 0.75, 1].map(at);
  console.log(`read by quarters of the files: ${quarters.slice(1).map((t, i) => s(t - quarters[i]!)).join(', ')}`);
} finally {
  await driver.close();
}
