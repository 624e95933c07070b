// The browser import as a reader makes it: a real folder chosen in the options page's folder picker
// (Playwright's setInputFiles with a directory, the files read from disk as a picked folder's are),
// in Chromium MV3 with the built extension; times the page from the input's `change` event to the
// summary. The folder holds hard links to the first N files of the generated corpus
// (scripts/gen-corpus.ts), made once under .tmp/pick-N (never committed). Beside
// bench-import-browser.ts, which hands in-memory files over a DataTransfer (issue 9).
//   npx tsx scripts/bench-import-folder.ts [--files 10000] [--corpus .tmp/corpus-100k]
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { FLAGS } from '../tests/e2e/support/chromium';
import { REPO_ROOT } from '../tests/support/shared';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const COUNT = Number(arg('files', '10000'));
const CORPUS = resolve(arg('corpus', resolve(REPO_ROOT, '.tmp/corpus-100k')));
const EXTENSION = resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output', 'chrome-mv3');
if (!existsSync(join(EXTENSION, 'options.html'))) {
  console.error(`${EXTENSION} not found: build it first (npx wxt build)`);
  process.exit(2);
}
if (!existsSync(CORPUS)) {
  console.error(`${CORPUS} not found: npx tsx scripts/gen-corpus.ts`);
  process.exit(2);
}

/** .tmp/pick-N/bench: hard links to the corpus's first N files (sorted as the other bench takes them). */
function pickFolder(): string {
  const root = resolve(REPO_ROOT, `.tmp/pick-${COUNT}`);
  const folder = join(root, 'bench');
  if (existsSync(join(root, 'complete'))) return folder;
  rmSync(root, { recursive: true, force: true });
  let n = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (n >= COUNT) return;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else {
        const to = join(folder, relative(CORPUS, path));
        mkdirSync(dirname(to), { recursive: true });
        linkSync(path, to);
        n++;
      }
    }
  };
  walk(CORPUS);
  writeFileSync(join(root, 'complete'), `${n}\n`);
  return folder;
}

const folder = pickFolder();
const profile = mkdtempSync(resolve(REPO_ROOT, '.tmp/chromium-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
});
try {
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.waitForSelector('[data-testid=import-folder]');
  if (!(await page.evaluate(() => (document.querySelector('[data-testid=import-folder]') as HTMLInputElement).webkitdirectory))) {
    throw new Error('the options page\'s folder input is not a folder picker (webkitdirectory is false)');
  }
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { benchTimes: number[] }).benchTimes = times;
    document.querySelector('[data-testid=import-folder]')!.addEventListener('change', () => times.push(performance.now()), { capture: true });
    new MutationObserver(() => {
      if (times.length === 1 && document.querySelector('[data-testid=import-outcome]')) times.push(performance.now());
    }).observe(document.body, { subtree: true, childList: true });
  });
  const handed = Date.now();
  await page.setInputFiles('[data-testid=import-folder]', folder);
  const setup = (Date.now() - handed) / 1000;
  await page.waitForSelector('[data-testid=import-outcome]', { timeout: 3_600_000 });
  const [changed, done] = await page.evaluate(() => (window as unknown as { benchTimes: number[] }).benchTimes);
  const seconds = (done! - changed!) / 1000;
  const summary = await page.textContent('[data-testid=import-outcome] p');
  console.log(`browser import of a picked folder (Chromium MV3, options page): ${COUNT.toLocaleString('en')} files in ${seconds.toFixed(1)} s from the choice to the summary (${((seconds * 1000) / COUNT).toFixed(2)} ms a file) → ${summary}`);
  console.log(`harness setup (not counted): setInputFiles of the folder ${setup.toFixed(1)} s`);
} finally {
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
