// The reader's settings in the real browsers, with the extension's real defaults: the panel's
// language by edition and by setting, the dark theme, the three open modes and the collapsed state
// remembered from one page load to the next. Screenshots go to artifacts/screenshots/.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachBrowser, SHOTS } from './support/browsers';
import type { BrowserDriver, Served, SidebarPage } from './support/driver';
import { poll } from './support/driver';
import { editedPage, seedPage } from './support/fixtures';

/** The seed page served as another edition's (its URL and the page's own links to itself). */
function atEdition(edition: string): Served {
  const page = seedPage();
  return { url: page.url.replace('/cn/', `/${edition}/`), html: page.html.replaceAll('www.rfi.fr/cn/', `www.rfi.fr/${edition}/`) };
}

// Visits are not stored here (`ownArchive.visitsOn`): a stored visit of the edited page would make
// the unchanged page differ from *your visit* (issue 8), and these tests are about the settings.
const settings = (s: Record<string, unknown>) => ({
  settings: { openMode: 'edits', sideBySide: true, language: 'auto', theme: 'auto', ...s },
  panel: null,
  'ownArchive.visitsOn': false,
});

/** The panel's language (its lang attribute) and the name of its first section. */
async function language(page: SidebarPage): Promise<{ lang: string | null; metadata: string }> {
  await page.waitFor('[data-testid=sidebar] summary');
  const lang = (await page.attrs('.theme', 'lang'))[0] ?? null;
  const metadata = (await page.texts('[data-testid=sidebar] summary'))[0] ?? '';
  return { lang, metadata };
}

/** Waits for the comparison to be drawn, then says whether the panel is open or only the tab. */
async function state(page: SidebarPage): Promise<'open' | 'tab'> {
  await poll(async () => (await page.hostAttr('data-compared')) === 'true', 15_000, 'comparison');
  const open = (await page.attrs('[data-testid=sidebar]', 'class')).length > 0;
  const tab = (await page.attrs('[data-testid=open]', 'class')).length > 0;
  expect(open !== tab, 'either the panel or the tab').toBe(true);
  return open ? 'open' : 'tab';
}

describe('reader settings in real browsers', () => {
  eachBrowser(
    (b, driver) => {
      const set = (d: BrowserDriver, s: Record<string, unknown>) => d.setStorage(settings(s));

      it('speaks the edition’s language: cn → 简体, tw → 繁體, fr → français, others → the browser’s', async () => {
        await set(driver(), { openMode: 'always' });
        const cases: [string, string, string][] = [
          ['cn', 'zh-Hans', '元数据'],
          ['tw', 'zh-Hant', '中繼資料'],
          ['fr', 'fr', 'Métadonnées'],
          ['en', 'en', 'Metadata'], // the test browsers' language is English
        ];
        for (const [edition, lang, metadata] of cases) {
          const page = await driver().open(edition === 'cn' ? seedPage() : atEdition(edition));
          expect(await language(page)).toEqual({ lang, metadata });
          await state(page);
          await page.screenshot(resolve(SHOTS, `${b.label}-lang-${lang}.png`));
          await page.close();
        }
      });

      it('a chosen language wins over the edition', async () => {
        await set(driver(), { openMode: 'always', language: 'fr' });
        const page = await driver().open(seedPage());
        expect(await language(page)).toEqual({ lang: 'fr', metadata: 'Métadonnées' });
        await page.waitFor('[data-testid=archive]');
        expect((await page.texts('[data-testid=change-summary]'))[0]).toBe('Texte inchangé depuis l’archivage');
        await page.close();
      });

      it('draws the dark theme when asked', async () => {
        await set(driver(), { openMode: 'always', theme: 'dark' });
        const page = await driver().open(editedPage());
        await page.waitFor('[data-testid=archive]');
        const bg = await page.inRoot(
          'sidebar',
          (root) => {
            const aside = root.querySelector('.sidebar');
            return aside ? getComputedStyle(aside).backgroundColor : '';
          },
          null,
        );
        expect(bg).toBe('rgb(22, 25, 29)');
        await page.screenshot(resolve(SHOTS, `${b.label}-dark.png`));
        await page.close();
      });

      it('opens by default only where the article was edited; `always` and `never` do what they say', async () => {
        await set(driver(), {});
        let page = await driver().open(seedPage());
        expect(await state(page)).toBe('tab'); // no edit: only the tab
        await page.close();
        page = await driver().open(editedPage());
        expect(await state(page)).toBe('open');
        await page.close();
        await set(driver(), { openMode: 'always' });
        page = await driver().open(seedPage());
        expect(await state(page)).toBe('open');
        await page.close();
        await set(driver(), { openMode: 'never' });
        page = await driver().open(editedPage());
        expect(await state(page)).toBe('tab');
        expect(await page.texts('.tab__count')).toEqual(['3']);
        await page.close();
      });

      it('options page: a choice made there is stored and the next article follows it', async () => {
        await set(driver(), {});
        const options = await driver().openExtension('/options.html');
        await options.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const checked = () => options.evaluate(() => (document.querySelector('input[name=openMode]:checked') as HTMLInputElement | null)?.value ?? null);
        expect(await checked()).toBe('edits'); // the default
        await options.screenshot(resolve(SHOTS, `${b.label}-options.png`));
        await options.evaluate(() => (document.querySelector('input[name=openMode][value=never]') as HTMLInputElement).click());
        await poll(() => options.evaluate(() => (document.querySelector('[data-testid=saved]')?.textContent ?? '') !== ''), 5_000, 'saved');
        expect(await checked()).toBe('never');
        await options.evaluate(() => {
          const select = document.querySelector('select[name=language]') as HTMLSelectElement;
          select.value = 'zh_TW';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await poll(() => options.evaluate(() => document.documentElement.lang === 'zh-Hant'), 5_000, 'the page in 繁體中文');
        expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe('RFI Lens 設定');
        await options.close();
        const page = await driver().open(editedPage());
        expect(await state(page)).toBe('tab');
        expect(await page.attrs('[data-testid=open]', 'aria-label')).toEqual(['開啟 RFI Lens']);
        await page.close();
      });

      it('remembers that the reader collapsed the panel, and that they opened it again', async () => {
        await set(driver(), { openMode: 'always' });
        let page = await driver().open(seedPage());
        expect(await state(page)).toBe('open');
        await page.click('[data-testid=collapse]');
        await page.waitFor('[data-testid=open]');
        await new Promise((r) => setTimeout(r, 300)); // the background stores it
        await page.close();
        page = await driver().open(seedPage());
        expect(await state(page)).toBe('tab');
        await page.click('[data-testid=open]');
        await page.waitFor('[data-testid=sidebar]');
        await new Promise((r) => setTimeout(r, 300));
        await page.close();
        page = await driver().open(seedPage());
        expect(await state(page)).toBe('open');
        await page.close();
      });
    },
    { storage: null },
  );
});
