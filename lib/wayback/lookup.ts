// The Wayback Machine lookup with the capture read here: readCapture on `parseHtml` (linkedom in
// Node, DOMParser in a page), unless the caller hands the reading elsewhere (`read`). The loop
// itself is lookup-core.ts, which a bundle without the extractor (Chrome's worker) imports alone.
import type { Article } from '../types';
import { readCapture } from './capture-page';
import { lookupWaybackCore, type CoreOptions } from './lookup-core';
import type { WaybackLookup } from './types';

export interface LookupOptions extends Omit<CoreOptions, 'read'> {
  /** Parses HTML into a Document (DOMParser in a browser, linkedom in Node). */
  parseHtml?: (html: string) => Document;
  /** Reads one fetched capture elsewhere (Chrome's MV3 worker: its offscreen document). */
  read?: CoreOptions['read'];
}

export function lookupWayback(live: Article, pageUrl: string, options: LookupOptions): Promise<WaybackLookup> {
  const { parseHtml } = options;
  const read: CoreOptions['read'] =
    options.read ??
    (async (capture, fetched, l, u) => {
      if (!parseHtml) throw new Error('lookupWayback needs parseHtml or read');
      return readCapture(capture, fetched, l, u, parseHtml);
    });
  return lookupWaybackCore(live, pageUrl, { ...options, read });
}
