// The Wayback lookup's browser seams in the background: the fetch it sends (lib/wayback/http.ts
// writes the options: GET, credentials 'omit', no referrer, Accept-Language *; here only a timeout
// is added) and the reading of a fetched capture with the content script's extractor on the
// browser's own parser: DOMParser in Firefox's background, Chrome's offscreen document otherwise.
import { browser } from 'wxt/browser';
import { readCapture, type CaptureReading, type FetchedCapture } from '@/lib/wayback/capture-page';
import type { CaptureReadRequest } from '@/lib/wayback/offscreen-message';
import type { FetchResponse } from '@/lib/wayback/http';
import type { WaybackCapture } from '@/lib/wayback/types';
import type { Article } from '@/lib/types';
import { closeOffscreen, openOffscreen } from './offscreen-doc';

/** A request that has not answered after this long counts as an outage. */
const TIMEOUT_MS = 30_000;

export function waybackFetch(url: string, init: RequestInit): Promise<FetchResponse> {
  // `cache: 'no-store'`: nothing of the lookup is kept in the browser's HTTP cache either.
  return fetch(url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
}

/** readCapture here (DOMParser) or in the offscreen document; `done()` closes what was opened. */
export function captureReader(): { read: (c: WaybackCapture, f: FetchedCapture, live: Article, pageUrl: string) => Promise<CaptureReading>; done: () => Promise<void> } {
  if (!import.meta.env.CHROME && typeof DOMParser !== 'undefined') {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    return { read: async (c, f, live, pageUrl) => readCapture(c, f, live, pageUrl, parse), done: async () => undefined };
  }
  let opened = false;
  return {
    async read(capture, fetched, live, pageUrl) {
      if (!opened) await openOffscreen('Read a Wayback Machine capture of an rfi.fr article with the same extractor as the page.');
      opened = true;
      const request: CaptureReadRequest = { rfiLensOffscreen: 1, waybackRead: { capture, fetched, live, pageUrl } };
      const reading = (await browser.runtime.sendMessage(request)) as CaptureReading | undefined;
      if (!reading) throw new Error('the offscreen document did not read the capture');
      return reading;
    },
    done: async () => {
      if (opened) await closeOffscreen();
    },
  };
}
