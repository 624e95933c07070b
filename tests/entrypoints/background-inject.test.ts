// The background's side of the loader (entrypoints/background/inject.ts) in WXT's fake browser:
// the article script goes into the top frame of the asking tab when its URL is an rfi.fr
// article's, and nowhere else (a home page, a listing, a page off rfi.fr, no tab).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectArticleScript } from '../../entrypoints/background/inject';

const ARTICLE = 'https://www.rfi.fr/cn/中国/20230302-测试';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('background: the article script injected on the loader’s request', () => {
  it('injects it into the top frame of an article’s tab (MV3: scripting.executeScript)', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(injectArticleScript(7, ARTICLE)).resolves.toBe(true);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, frameIds: [0] }, files: ['/rfi-article.js'] });
  });

  it('injects nothing for a page that is not an article, a page off rfi.fr, or a sender without a tab', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    for (const url of ['https://www.rfi.fr/cn/', 'https://www.rfi.fr/cn/政治/', 'https://example.com/cn/中国/20230302-测试', null]) {
      await expect(injectArticleScript(7, url)).resolves.toBe(false);
    }
    await expect(injectArticleScript(null, ARTICLE)).resolves.toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });

  it('uses tabs.executeScript where there is no scripting API (Firefox MV2)', async () => {
    vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue(undefined as never);
    const inject = vi.spyOn(fakeBrowser.tabs, 'executeScript').mockResolvedValue([]);
    await expect(injectArticleScript(3, ARTICLE)).resolves.toBe(true);
    expect(inject).toHaveBeenCalledWith(3, expect.objectContaining({ file: '/rfi-article.js', frameId: 0 }));
  });

  it('lets a refused injection (the tab moved off rfi.fr meanwhile) reach the caller as an error, for dispatch to answer', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(injectArticleScript(7, ARTICLE)).rejects.toThrow('Cannot access');
  });
});
