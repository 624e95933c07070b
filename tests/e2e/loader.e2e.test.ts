// The loader (entrypoints/rfi.content/index.ts) and the article script the background injects on
// its request (entrypoints/background/inject.ts), in every build: a pre-2020 edition host's
// article gets the panel, speaking its edition; a page at an article-shaped URL whose document is
// not an article gets nothing; the article script's panel is there on a normal article. Team
// fixtures only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { eachBrowser } from './support/browsers';

const page = (name: string) => readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages', `${name}.html`), 'utf8');

eachBrowser((_b, driver) => {
  it('a pre-2020 edition host (cn.rfi.fr/中国/2019…) gets the panel, with the article read from the page', async () => {
    const opened = await driver().open({ url: 'http://cn.rfi.fr/中国/20190310-两会期间北京空气质量改善', html: page('cn-pre2020') });
    await opened.waitFor('[data-testid=sidebar]');
    expect((await opened.texts('[data-testid=sidebar]')).join(' ')).toContain('两会期间北京空气质量改善');
    expect(opened.problems().errors.filter((e) => /RFI Lens|rfi-lens/i.test(e))).toEqual([]);
    await opened.close();
  });

  it('a document that is not an article at an article-shaped URL: nothing is added', async () => {
    const url = 'https://www.rfi.fr/cn/中国/20251130-不是文章的页面';
    const opened = await driver().open({ url, html: '<!DOCTYPE html><html lang="zh-Hans"><head><meta property="og:type" content="website"><title>404</title></head><body><h1>找不到页面</h1></body></html>' });
    await new Promise((r) => setTimeout(r, 1500)); // the loader runs at document_idle
    expect(await opened.hasHost()).toBe(false);
    expect(await opened.evaluate(() => document.body.childElementCount)).toBe(1);
    await opened.close();
  });
});
