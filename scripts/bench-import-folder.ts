// The browser import as a reader makes it: a real folder chosen in the options page's folder picker
// (Playwright's setInputFiles with a directory, the files read from disk as a picked folder's are),
// in Chromium MV3 with the built extension; times the page from the input's `change` event to the
// summary. The folder holds hard links to the first N files of the generated corpus
// (scripts/gen-corpus.ts), made once under .tmp/pick-N (never committed). Beside
// bench-import-browser.ts, which hands in-memory files over a DataTransfer (issue 9).
//   npx tsx scripts/bench-import-folder.ts [--files 10000] [--corpus .tmp/corpus-100k]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { FLAGS } from '../tests/e2e/support/chromium';
import { REPO_ROOT } from '../tests/support/shared';
import { importThroughOptions, pickFolder } from './import-folder';

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

const { folder } = pickFolder(CORPUS, COUNT);
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
  const { seconds, setup, summary } = await importThroughOptions(page, folder);
  console.log(`browser import of a picked folder (Chromium MV3, options page): ${COUNT.toLocaleString('en')} files in ${seconds.toFixed(1)} s from the choice to the summary (${((seconds * 1000) / COUNT).toFixed(2)} ms a file) → ${summary}`);
  console.log(`harness setup (not counted): setInputFiles of the folder ${setup.toFixed(1)} s`);
} finally {
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
