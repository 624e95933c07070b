// Browser path of an import, timed in Chromium MV3 with the built extension: N archive files (the
// first N of a generated corpus, scripts/gen-corpus.ts, never committed) chosen in the options
// page's folder picker; the time from the choice to the summary (read, compile, write into the
// imports database), and a lookup on a live page afterwards. Prints the time and its linear
// extrapolation to 100,000 files (an estimate: grouping grows a little faster than linearly).
//   npx tsx scripts/bench-import-browser.ts [--files 10000] [--corpus .tmp/corpus-100k]
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
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

const files = firstFiles(CORPUS, COUNT);
const driver = await launchChromium(resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output', 'chrome-mv3'), resolve(REPO_ROOT, '.tmp'));
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
  console.log(`linear extrapolation to 100,000 files: ${((seconds * 100_000) / files.length / 60).toFixed(1)} min`);
} finally {
  await driver.close();
}
