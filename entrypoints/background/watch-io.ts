// The watch loop's two browser seams: the request for an article's own rfi.fr URL (no cookies, no
// cache, no referrer) and the parse → extract step, with the content script's extractor on the
// browser's own parser: DOMParser in Firefox's background page, an offscreen document in Chrome
// (its service worker has none).
import { browser } from 'wxt/browser';
import { extractArticle } from '@/lib/page/extract';
import type { Article, Parsed } from '@/lib/types';
import type { ExtractRequest } from '@/lib/watch/offscreen-message';
import type { FetchResult } from '@/lib/watch/read';
import { closeOffscreen, openOffscreen } from './offscreen-doc';

const TIMEOUT_MS = 30_000;

/** Only https://*.rfi.fr/ is ever asked. */
function isRfiUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && /(^|\.)rfi\.fr$/i.test(u.hostname);
  } catch {
    return false;
  }
}

export async function fetchPage(url: string): Promise<FetchResult> {
  if (!isRfiUrl(url)) return { kind: 'error', message: `refused: not an https rfi.fr URL: ${url}` };
  try {
    const response = await fetch(url, {
      credentials: 'omit', // no cookies sent or stored: the read is anonymous
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const finalUrl = response.url || url;
    if (!isRfiUrl(finalUrl)) return { kind: 'answer', status: response.status, finalUrl, body: '' };
    return { kind: 'answer', status: response.status, finalUrl, body: response.ok ? await response.text() : '' };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

async function extractOffscreen(html: string, url: string): Promise<Parsed<Article> | null> {
  await openOffscreen('Read a watched rfi.fr article with the same extractor as the page.');
  try {
    const request: ExtractRequest = { rfiLensOffscreen: 1, html, url };
    return ((await browser.runtime.sendMessage(request)) as Parsed<Article> | null | undefined) ?? null;
  } finally {
    await closeOffscreen();
  }
}

/** The content script's extractor on `html` as a Document. */
export async function extractHtml(html: string, url: string): Promise<Parsed<Article> | null> {
  // Chrome's build leaves the extractor out of the worker (it runs in the offscreen document).
  if (!import.meta.env.CHROME && typeof DOMParser !== 'undefined') return extractArticle(new DOMParser().parseFromString(html, 'text/html'), url);
  return extractOffscreen(html, url);
}
