// The built extension in real browsers: Chromium (MV3) and Firefox ESR (MV2 and MV3).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachBrowser, SHOTS } from './support/browsers';
import { poll } from './support/driver';
import { EDITS, editedPage, homePage, seedArticle, seedPage, unarchivedPage } from './support/fixtures';

describe('sidebar in real browsers', () => {
  eachBrowser((b, driver) => {
    it('shows the seed article: metadata, entities, archived text, nothing changed', async () => {
      const seed = seedArticle();
      const page = await driver().open(seedPage());
      await page.waitFor('[data-testid=archive]');
      expect(await page.visible('[data-testid=sidebar]')).toBe(true);
      // Side by side: the article's headline and text end left of the panel, not under it (the
      // room is reserved in an effect after the first paint: wait for it, then measure).
      await poll(() => page.evaluate(() => document.getElementById('rfi-lens-side-by-side') !== null), 5_000, 'the side-by-side room');
      const right = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('article h1, .t-content__body p'), (e) => e.getBoundingClientRect().right)));
      const panelLeft = await page.evaluate(() => innerWidth - 400);
      expect(right).toBeLessThanOrEqual(panelLeft + 1);
      expect(await page.texts('[data-testid=title]')).toEqual([seed.title]);
      expect((await page.texts('[data-testid=meta-authors-live]'))[0]).toContain('肖曼');
      expect((await page.texts('[data-testid=meta-published-live]'))[0]).toBe('Mar 2, 2023, 21:57 (Paris time)');
      const people = await page.attrs('[data-testid=entity][data-type=PER]', 'data-text');
      expect(people).toEqual(expect.arrayContaining(['布林肯', '拉夫罗夫']));
      const statuses = await page.attrs('[data-testid=paragraph]', 'data-status');
      expect(statuses.length).toBe(seed.paragraphs.length);
      expect(new Set(statuses)).toEqual(new Set(['unchanged']));
      const archivedText = (await page.texts('[data-testid=archived-text]')).join('\n');
      expect(archivedText).toContain('斯托尔滕贝格');
      expect(await page.texts('[data-testid=change-summary]')).toEqual(['No change to the text since the capture']);
      await page.screenshot(resolve(SHOTS, `${b.label}-seed.png`));
      await page.close();
    });

    it('marks exactly the edited, removed and added paragraphs', async () => {
      const seed = seedArticle();
      const page = await driver().open(editedPage());
      await page.waitFor('[data-testid=archive]');
      const statuses = await page.attrs('[data-testid=paragraph]', 'data-status');
      const count = (s: string) => statuses.filter((x) => x === s).length;
      expect({ changed: count('changed'), added: count('added'), removed: count('removed') }).toEqual({ changed: 1, added: 1, removed: 1 });
      expect(count('unchanged')).toBe(seed.paragraphs.length - 2);
      const texts = await page.texts('[data-testid=paragraph]');
      expect(texts[statuses.indexOf('added')]).toContain(EDITS.addedText);
      expect(texts[statuses.indexOf('removed')]).toContain(seed.paragraphs[EDITS.removed]!.text.slice(0, 20));
      expect(texts[statuses.indexOf('changed')]).toContain('15分钟');
      expect((await page.texts('[data-testid=change-summary]'))[0]).toBe('1 paragraph edited · 1 added · 1 removed');
      await page.screenshot(resolve(SHOTS, `${b.label}-edited.png`));
      await page.inRoot('sidebar', (root) => root.querySelector('[data-status=changed]')?.scrollIntoView({ block: 'start' }), null);
      expect(await page.visible('[data-status=changed]')).toBe(true);
      await page.screenshot(resolve(SHOTS, `${b.label}-edited-changes.png`));
      await page.close();
    });

    it('collapses to a tab and reopens', async () => {
      const page = await driver().open(seedPage());
      await page.waitFor('[data-testid=collapse]');
      await page.click('[data-testid=collapse]');
      await page.waitFor('[data-testid=open]');
      expect(await page.texts('[data-testid=sidebar]')).toEqual([]);
      expect(await page.visible('[data-testid=open]')).toBe(true);
      // The room beside the article is given back (in an effect after the tab paints: wait for it).
      const reserved = () => page.evaluate(() => document.getElementById('rfi-lens-side-by-side') !== null);
      await poll(async () => !(await reserved()), 5_000, 'the side-by-side room to be given back');
      await page.click('[data-testid=open]');
      await page.waitFor('[data-testid=sidebar]');
      expect(await page.visible('[data-testid=sidebar]')).toBe(true);
      await poll(reserved, 5_000, 'the side-by-side room to be reserved again');
      await page.close();
    });

    it('says plainly when the article has no archived copy', async () => {
      const unarchived = unarchivedPage();
      const page = await driver().open(unarchived);
      await page.waitFor('[data-testid=no-archive]');
      expect((await page.texts('[data-testid=title]'))[0]).toBe(unarchived.title);
      expect((await page.attrs('[data-testid=entity]', 'data-text')).length).toBeGreaterThan(0);
      await page.close();
    });

    it('leaves a page that is not an article untouched, by URL and by content', async () => {
      const home = homePage();
      // The home page at its own URL (the URL says "not an article") and at an article-shaped URL
      // (only the document can tell): neither gets any element added.
      for (const url of [home.url, 'https://www.rfi.fr/cn/中国/20251130-看起来像文章的地址']) {
        const page = await driver().open({ url, html: home.html });
        const before = await page.evaluate(() => document.body.childElementCount);
        await new Promise((r) => setTimeout(r, 1500)); // the content script runs at document_idle
        expect(await page.hasHost()).toBe(false);
        expect(await page.evaluate(() => document.body.childElementCount)).toBe(before);
        await page.close();
      }
    });
  });
});
