// The article script (entrypoints/rfi-article) goes into a tab only when its loader asks: the
// manifest's content script is a few hundred bytes (entrypoints/rfi.content/index.ts), so a page
// at an article-shaped URL that is not an article never compiles the panel's 80 KB.
import { browser } from 'wxt/browser';
import { isArticleUrl } from '@/lib/page/detect';

const ARTICLE_SCRIPT = '/rfi-article.js';

/** Injects the article script into the top frame of the sender's tab when its URL is an rfi.fr article's. */
export async function injectArticleScript(tabId: number | null, url: string | null | undefined): Promise<boolean> {
  if (tabId === null || !url || !isArticleUrl(url)) return false;
  // MV3 (Chrome, Firefox): the scripting permission; Firefox MV2: tabs.executeScript with the host permission.
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ARTICLE_SCRIPT], ...(import.meta.env.CHROME ? { injectImmediately: true } : {}) });
  } else {
    await browser.tabs.executeScript(tabId, { file: ARTICLE_SCRIPT, frameId: 0, runAt: 'document_idle' });
  }
  return true;
}
