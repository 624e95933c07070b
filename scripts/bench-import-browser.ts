// Browser path of an import, timed in Chromium MV3 with the built extension: N archive files (the
// first N of a generated corpus, scripts/gen-corpus.ts, never committed) chosen in the options
// page's folder picker; the time from the choice to the summary (read, compile, write into the
// imports database). Prints the time and its linear
// extrapolation to 100,000 files when fewer were chosen (an estimate: grouping grows a little faster
// than linearly). Needs a build with the options page's folder picker (it says so otherwise).
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
  const started = Date.now();
  await options.evaluate(() => {
    const data = new DataTransfer();
    for (const f of (window as unknown as { benchFiles: File[] }).benchFiles) data.items.add(f);
    const input = document.querySelector('[data-testid=import-folder]') as HTMLInputElement;
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await poll(() => options.evaluate(() => document.querySelector('[data-testid=import-outcome]') !== null), 3_600_000, 'the import');
  const seconds = (Date.now() - started) / 1000;
  const summary = await options.evaluate(() => document.querySelector('[data-testid=import-outcome] p')?.textContent ?? '');
  console.log(`browser import (Chromium MV3, options page): ${files.length.toLocaleString('en')} files in ${seconds.toFixed(1)} s → ${summary}`);
  if (files.length < 100_000) console.log(`linear extrapolation to 100,000 files: ${((seconds * 100_000) / files.length / 60).toFixed(1)} min`);
} finally {
  await driver.close();
}
