// Chinese people rules of issue 11 §3, wave 4, seen where a reader sees them: the sidebar of a real
// browser lists Japanese names with no transliteration (茂木敏充 after a title, 北村滋 in a text
// about Japan) and a name before its bracketed term of office (梁志仁), on the seed article with
// one paragraph added since the capture.
import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../cli/render-page';
import { eachBrowser } from './support/browsers';
import type { Served } from './support/driver';
import { seedArticle, template } from './support/fixtures';

const ADDED = '日本外务大臣茂木敏充10日与来访的美方官员会谈，北村滋等人也出席；驻台办事处首任主任是梁志仁（2011年12月－2015年8月）。';

function pageWithPeople(): Served {
  const seed = seedArticle();
  const paragraphs = [...seed.paragraphs, { ...seed.paragraphs[seed.paragraphs.length - 1]!, text: ADDED }];
  return { url: seed.url, html: renderArticlePage(template(), { ...seed, paragraphs }) };
}

describe('Chinese people names in real browsers', () => {
  eachBrowser((_b, driver) => {
    it('the sidebar lists 茂木敏充, 北村滋 and 梁志仁 as people', async () => {
      const page = await driver().open(pageWithPeople());
      for (const name of ['茂木敏充', '北村滋', '梁志仁']) await page.waitFor(`[data-testid=entity][data-text=${name}]`);
      const types = await Promise.all(['茂木敏充', '北村滋', '梁志仁'].map(async (n) => (await page.attrs(`[data-testid=entity][data-text=${n}]`, 'data-type'))[0]));
      expect(types).toEqual(['PER', 'PER', 'PER']);
      // The page's own fonts are refused (no network in tests); only our errors count.
      expect(page.problems().errors.filter((e) => /RFI Lens|rfi-lens/i.test(e))).toEqual([]);
      await page.close();
    });
  });
});
