// What the browser benches share for an import through the options page: a folder of the first N
// files of the generated corpus (scripts/gen-corpus.ts), made of hard links under .tmp/pick-N
// (never committed, never a copy of the corpus's bytes), and the import of that folder in the
// options page's folder picker as a reader makes it, timed in the page from the choice to the summary.
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../tests/support/shared';

/** The files under `dir`, depth first, names in code-unit order (the order both benches take them). */
function walk(dir: string, count: number, visit: (path: string) => void, seen = { n: 0 }): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (seen.n >= count) return;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, count, visit, seen);
    else {
      visit(path);
      seen.n++;
    }
  }
}

/**
 * .tmp/pick-N/bench: hard links to the corpus's first `count` files, made once (a `complete` file
 * marks a finished folder). Returns the folder and its files (absolute paths), in pick order.
 */
export function pickFolder(corpus: string, count: number): { folder: string; files: string[] } {
  const root = resolve(REPO_ROOT, `.tmp/pick-${count}`);
  const folder = join(root, 'bench');
  if (!existsSync(join(root, 'complete'))) {
    rmSync(root, { recursive: true, force: true });
    walk(corpus, count, (path) => {
      const to = join(folder, relative(corpus, path));
      mkdirSync(dirname(to), { recursive: true });
      linkSync(path, to);
    });
  }
  const files: string[] = [];
  walk(folder, count, (path) => files.push(path));
  writeFileSync(join(root, 'complete'), `${files.length}\n`);
  return { folder, files };
}

/**
 * Chooses `folder` in the options page's folder picker (Playwright's setInputFiles with a
 * directory: the files are read from disk as a picked folder's are) and waits for the summary.
 * `seconds`: from the input's `change` event to the summary, timed in the page; `setup`: handing
 * the folder to the input (the harness's, not counted).
 */
export async function importThroughOptions(options: Page, folder: string): Promise<{ seconds: number; setup: number; summary: string }> {
  await options.waitForSelector('[data-testid=import-folder]');
  if (!(await options.evaluate(() => (document.querySelector('[data-testid=import-folder]') as HTMLInputElement).webkitdirectory))) {
    throw new Error('the options page\'s folder input is not a folder picker (webkitdirectory is false)');
  }
  await options.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { benchTimes: number[] }).benchTimes = times;
    document.querySelector('[data-testid=import-folder]')!.addEventListener('change', () => times.push(performance.now()), { capture: true });
    new MutationObserver(() => {
      if (times.length === 1 && document.querySelector('[data-testid=import-outcome]')) times.push(performance.now());
    }).observe(document.body, { subtree: true, childList: true });
  });
  const handed = Date.now();
  await options.setInputFiles('[data-testid=import-folder]', folder, { timeout: 3_600_000 }); // 100,000 files take minutes to hand over
  const setup = (Date.now() - handed) / 1000;
  await options.waitForSelector('[data-testid=import-outcome]', { timeout: 3_600_000 });
  const [changed, done] = await options.evaluate(() => (window as unknown as { benchTimes: number[] }).benchTimes);
  const summary = (await options.textContent('[data-testid=import-outcome] p')) ?? '';
  const kind = await options.getAttribute('[data-testid=import-outcome]', 'data-kind');
  if (kind !== 'imported') throw new Error(`the import did not succeed (${kind}): ${summary}`);
  return { seconds: (done! - changed!) / 1000, setup, summary };
}
