// Entities in real browsers (Chromium MV3, Firefox ESR MV2 and MV3): a click in the sidebar
// highlights every mention on the live page with CSS.highlights (the page's DOM is not touched),
// a second click moves to the next mention, collapsing removes the marks, and a name corrected
// since the capture shows as added / removed in words.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../cli/render-page';
import { eachBrowser, SHOTS } from './support/browsers';
import { poll, type Served, type SidebarPage } from './support/driver';
import { seedArticle, seedPage, template } from './support/fixtures';



/** The seed as the live page, with one name respelled since the capture (博雷利 → 博雷尔). */
function renamedPage(): Served {
  const seed = seedArticle();
  const paragraphs = seed.paragraphs.map((b) => ({ ...b, text: b.text.replaceAll('博雷利', '博雷尔') }));
  return { url: seed.url, html: renderArticlePage(template(), { ...seed, paragraphs }) };
}

/** What the page shows of our marks, read in the page's own world. */
interface Marks {
  all: number;
  current: number;
  currentText: string;
  currentOnScreen: boolean;
  /** The page's text outside the sidebar, to prove it is unchanged. */
  text: string;
  elements: number;
}

function readMarks(): Marks {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const all = reg?.get('rfi-lens-mention');
  const current = reg?.get('rfi-lens-mention-current');
  const range = current ? [...current][0] : undefined;
  const rect = range?.getBoundingClientRect();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('script, style')) text += n.nodeValue; // our hosts hold no light-DOM text (closed roots)
  return {
    all: all?.size ?? 0,
    current: current?.size ?? 0,
    currentText: range?.toString() ?? '',
    currentOnScreen: !!rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight,
    text,
    elements: document.body.getElementsByTagName('*').length,
  };
}

const marks = (page: SidebarPage): Promise<Marks> => page.evaluate(readMarks);

describe('entities in real browsers', () => {
  eachBrowser((b, driver) => {
    it('a click highlights every mention and scrolls to it; again moves on; collapsing removes the marks', async () => {
      const page = await driver().open(seedPage());
      await page.waitFor('[data-testid=entity][data-text=布林肯]');
      const before = await marks(page);
      expect(before.all).toBe(0);
      const count = Number((await page.texts('[data-testid=entity][data-text=布林肯] .entity__count'))[0]);
      expect(count).toBeGreaterThanOrEqual(10);

      await page.click('[data-testid=entity][data-text=布林肯]');
      await poll(async () => (await marks(page)).all > 0, 5000, 'highlights');
      const first = await marks(page);
      expect(first.all).toBeGreaterThanOrEqual(count);
      expect(first.current).toBe(1);
      expect(['布林肯', 'Blinken']).toContain(first.currentText);
      expect(first.currentOnScreen).toBe(true);
      // The page's DOM and text are exactly as before: highlights are painted, not inserted.
      expect(first.text).toBe(before.text);
      expect(first.elements).toBe(before.elements);
      expect((await page.texts('[data-testid=entity-where]'))[0]).toBe(` 1 of ${first.all}`);
      await page.screenshot(resolve(SHOTS, `${b.label}-entity-highlight.png`));

      await page.click('[data-testid=entity][data-text=布林肯]');
      await poll(async () => (await page.texts('[data-testid=entity-where]'))[0] === ` 2 of ${first.all}`, 5000, 'second mention');
      const second = await marks(page);
      expect(second.all).toBe(first.all);
      expect(second.currentOnScreen).toBe(true);

      // Another entity replaces the marks.
      await page.click('[data-testid=entity][data-text=拉夫罗夫]');
      await poll(async () => (await marks(page)).currentText === '拉夫罗夫', 5000, 'other entity');
      expect((await marks(page)).all).toBeLessThan(first.all);

      await page.click('[data-testid=collapse]');
      await page.waitFor('[data-testid=open]');
      await poll(async () => (await marks(page)).all === 0, 5000, 'highlights removed');
      const after = await marks(page);
      expect(after.current).toBe(0);
      expect(after.text).toBe(before.text);
      expect(after.elements).toBe(before.elements);
      await page.close();
    });

    it('marks a name respelled since the capture as added and the old spelling as removed', async () => {
      const page = await driver().open(renamedPage());
      await page.waitFor('[data-testid=entity-changes]');
      const changeOf = async (text: string) => (await page.attrs(`[data-testid=entity][data-text="${text}"]`, 'data-change'))[0];
      expect(await changeOf('约瑟夫‧博雷尔')).toBe('added');
      expect(await changeOf('约瑟夫‧博雷利')).toBe('removed');
      expect(await changeOf('布林肯')).toBe('same');
      const labels = await page.texts('[data-testid=entity-change]');
      expect(labels).toEqual(expect.arrayContaining([' (added)', ' (removed)']));
      expect((await page.texts('[data-testid=entity-changes]'))[0]).toMatch(/added/);
      // The removed name is not on the live page: clicking it says so and marks nothing.
      await page.click('[data-testid=entity][data-text="约瑟夫‧博雷利"]');
      await page.waitFor('[data-testid=entity-where]');
      expect((await page.texts('[data-testid=entity-where]'))[0]).toBe(' not on the live page');
      expect((await marks(page)).all).toBe(0);
      await page.click('[data-testid=entity][data-text="约瑟夫‧博雷尔"]');
      await poll(async () => (await marks(page)).all > 0, 5000, 'highlights of the new spelling');
      expect((await marks(page)).currentText).toContain('博雷尔');
      await page.screenshot(resolve(SHOTS, `${b.label}-entity-renamed.png`));
      await page.close();
    });
  });
});
