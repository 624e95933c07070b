import { browser } from 'wxt/browser';
import { extractArticle } from '@/lib/page/extract';
import { isExtractRequest } from '@/lib/watch/offscreen-message';
import { readCapture } from '@/lib/wayback/capture-page';
import { isCaptureReadRequest } from '@/lib/wayback/offscreen-message';

// The offscreen document (Chrome only): parses a page the background fetched with the browser's
// DOMParser and answers with the content script's extraction of it. main.ts (loaded by index.html)
// calls this; nothing here runs at import time.
export default function startOffscreen(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    // A Wayback capture the worker fetched (entrypoints/background/wayback-io.ts): read it here.
    if (isCaptureReadRequest(message)) {
      const { capture, fetched, live, pageUrl } = message.waybackRead;
      return Promise.resolve(readCapture(capture, fetched, live, pageUrl, (html) => new DOMParser().parseFromString(html, 'text/html')));
    }
    if (!isExtractRequest(message)) return undefined;
    const doc = new DOMParser().parseFromString(message.html, 'text/html');
    return Promise.resolve(extractArticle(doc, message.url));
  });
}
