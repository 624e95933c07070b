// Imported archives in real browsers, through the options page's own controls, on team fixtures
// only (a fresh clone runs it): a folder of archive files (tests/fixtures/archive, one of them
// broken, tests/fixtures/imports/folder with an earlier capture of cn-2025-mini, and 1,500 variants
// of a fixture made here so the import takes long enough to watch) chosen in the folder picker;
// the progress bar seen (every drawn state recorded by a MutationObserver), the summary with the
// rejected file's `file:line: reason`; a live page matched against the imported capture; the source
// removed and the page no longer matched. Then an import cut off by closing its page mid-way: the
// next options page says so and nothing of it is left in the database.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { ENGLISH_ALWAYS_OPEN, eachBrowser, SHOTS } from './support/browsers';
import { poll, type BrowserDriver, type SidebarPage } from './support/driver';

const PAGE = {
  url: 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4',
  html: readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8'),
};

type Entry = [path: string, text: string];
const tree = (dir: string, under: string): Entry[] =>
  readdirSync(resolve(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e): Entry => {
      const path = resolve(e.parentPath, e.name);
      return [`${under}/${relative(resolve(REPO_ROOT, dir), path)}`, readFileSync(path, 'utf8')];
    });
/** `count` copies of the wire-copy fixture, each under its own URL (its own article). */
const variants = (count: number, under: string): Entry[] => {
  const text = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/archive/wire-copy.txt'), 'utf8');
  return Array.from({ length: count }, (_, i): Entry => [`${under}/bulk/${i}.txt`, text.replace(/\]\((\S+?)\)/, (_m, url: string) => `](${url}-${i})`)]);
};
const TEAM: Entry[] = [...tree('tests/fixtures/archive', 'team-archive'), ...tree('tests/fixtures/imports/folder', 'team-archive')];
const ARCHIVE_TXT = readdirSync(resolve(REPO_ROOT, 'tests/fixtures/archive')).filter((n) => n.endsWith('.txt')).length;

/** Chooses `entries` as the folder in the options page's folder picker, with their relative paths, as a reader would. */
async function chooseFolder(options: SidebarPage, entries: Entry[]): Promise<void> {
  await options.evaluateWith((list: Entry[]) => {
    const files = new DataTransfer();
    for (const [path, text] of list) {
      const file = new File([text], path.split('/').pop()!, { type: 'text/plain' });
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
      files.items.add(file);
    }
    const input = document.querySelector('[data-testid=import-folder]') as HTMLInputElement;
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, entries);
}

/** Records every state of the progress bar the page draws (phase and value). */
const watchProgress = (options: SidebarPage) =>
  options.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid=import-progress]');
      const value = bar?.querySelector('progress')?.value;
      if (bar && value !== undefined) seen.push(`${bar.getAttribute('data-phase')}:${value}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });

const text = (page: SidebarPage, sel: string) => page.evaluateWith((s) => document.querySelector(s)?.textContent ?? null, sel);
const count = (page: SidebarPage, sel: string) => page.evaluateWith((s) => document.querySelectorAll(s).length, sel);

async function openOptions(driver: BrowserDriver): Promise<SidebarPage> {
  const options = await driver.openExtension('/options.html');
  await poll(() => options.evaluate(() => document.querySelector('[data-testid=imports-none], [data-testid=imports-list]') !== null), 15_000, 'the options page');
  return options;
}

/** Parts and sources left in the imports database, read from an extension page. */
const stored = (page: SidebarPage) =>
  page.evaluate(
    () =>
      new Promise<{ sources: number; parts: number }>((done, fail) => {
        const open = indexedDB.open('rfi-lens-imports');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['sources', 'parts']);
          const sources = tx.objectStore('sources').count();
          const parts = tx.objectStore('parts').count();
          tx.oncomplete = () => {
            done({ sources: sources.result, parts: parts.result });
            open.result.close();
          };
        };
      }),
  );

eachBrowser(
  (b, driver) => {
    it('imports a folder through the options page with a progress bar and a summary; a live page matches it; removing it unmatches', async () => {
      const options = await openOptions(driver());
      expect(await text(options, '[data-testid=imports-none]')).toBe('No imported archive yet.');
      await watchProgress(options);
      await chooseFolder(options, [...TEAM, ...variants(1500, 'team-archive')]);
      // The import runs in the page: restarting the background meanwhile (Chromium's worker) changes nothing.
      await poll(async () => (await count(options, '[data-testid=import-progress]')) > 0, 15_000, 'the progress bar');
      await options.evaluate(() => document.querySelector('[data-testid=imports]')?.scrollIntoView({ block: 'start' }));
      await options.screenshot(resolve(SHOTS, `${b.label}-options-import-progress.png`));
      await driver().restartBackground?.();
      await poll(async () => (await count(options, '[data-testid=import-outcome]')) > 0, 120_000, 'the import');
      const files = ARCHIVE_TXT + 1 + 1500;
      expect(await text(options, '[data-testid=import-outcome] p')).toMatch(
        new RegExp(`^Imported “team-archive”\\. Files read: ${files}\\. Articles: \\d+\\. Versions: ${files - 1}\\. Files rejected: 1\\.$`),
      );
      expect(await options.evaluate(() => document.querySelector('[data-testid=import-outcome]')?.getAttribute('data-kind'))).toBe('imported');
      // The bar was drawn reading (moving), then saving; grouping may pass between two draws.
      const seen = await options.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
      const phases = [...new Set(seen.map((s) => s.split(':')[0]))];
      expect(phases.filter((p) => p !== 'compile')).toEqual(['read', 'write']);
      const reads = seen.filter((s) => s.startsWith('read:')).map((s) => Number(s.split(':')[1]));
      expect(new Set(reads).size).toBeGreaterThan(2);
      expect(await text(options, '[data-testid=import-rejected]')).toMatch(/^broken-header\.txt:2: expected `\[title\]\(url\)` line$/);
      expect(await count(options, '[data-testid=import-source]')).toBe(1);
      expect(await text(options, '[data-testid=import-source]')).toMatch(new RegExp(`^“team-archive”, imported .*\\. Versions: ${files - 1}\\. Files read: ${files}\\. Files rejected: 1\\. Remove$`));
      await options.evaluate(() => document.querySelector('[data-testid=imports]')?.scrollIntoView({ block: 'start' }));
      await options.screenshot(resolve(SHOTS, `${b.label}-options-imports.png`));

      // The live page is compared with the imported capture (one paragraph edited, one added since).
      const page = await driver().open(PAGE);
      await page.waitFor('[data-testid=paragraph][data-status=changed]', 20_000);
      expect(await page.attrs('[data-testid=archived-origin]', 'data-origin')).toEqual(['import']);
      expect((await page.texts('[data-testid=archived-origin]'))[0]).toContain('imported');
      expect((await page.texts('[data-testid=paragraph][data-status=changed]'))[0]).toContain('凌晨');
      await page.close();

      // Removed: gone from the list and the database, and the page is no longer matched.
      await options.evaluate(() => (document.querySelector('[data-testid=import-remove]') as HTMLButtonElement).click());
      await poll(async () => (await count(options, '[data-testid=imports-none]')) > 0, 15_000, 'the removal');
      expect(await text(options, '[data-testid=import-outcome]')).toBe('“team-archive” was removed.');
      expect(await stored(options)).toEqual({ sources: 0, parts: 0 });
      await options.close();
      const after = await driver().open(PAGE);
      await after.waitFor('[data-testid=status]', 20_000);
      expect(await after.texts('[data-testid=status]')).toEqual(['Not in the archive']);
      await after.close();
    }, 240_000);

    it('an import cut off by closing its page is removed, never half kept, and the next page says so', async () => {
      const options = await openOptions(driver());
      await chooseFolder(options, [...TEAM, ...variants(4000, 'cut')]);
      await poll(async () => (await stored(options)).sources > 0 || (await count(options, '[data-testid=import-outcome]')) > 0, 30_000, 'the import to start');
      expect(await text(options, '[data-testid=import-outcome]')).toBeNull(); // still running
      await options.close();

      const next = await openOptions(driver());
      expect(await text(next, '[data-testid=import-interrupted]')).toMatch(/^An import that was interrupted .* was removed/);
      expect(await count(next, '[data-testid=import-source]')).toBe(0);
      expect(await stored(next)).toEqual({ sources: 0, parts: 0 });
      await next.close();
    }, 120_000);
  },
  { storage: { ...ENGLISH_ALWAYS_OPEN, 'ownArchive.visitsOn': false } },
);
