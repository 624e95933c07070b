// The background's view of the packaged corpus: the manifest and the few most recently read parts
// (day slices, URL-key buckets), read from the package on demand. One lookup assembles the small
// index buildReport needs; nothing of the corpus goes to the content script but the matched article.
import { browser } from 'wxt/browser';
import { cachedPartSource } from '@/lib/corpus/cache';
import { indexForPage } from '@/lib/corpus/lookup';
import type { Article, CorpusIndex } from '@/lib/types';

let source: ReturnType<typeof cachedPartSource> | null = null;

async function readPart(path: string): Promise<string> {
  // A file inside the extension package (chrome-extension:// or moz-extension://): no network.
  // Day slices and key buckets are named at build time, so WXT's PublicPath type cannot list them.
  const url = (browser.runtime.getURL as (p: string) => string)(`/${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`corpus part ${path} missing from the package (${response.status})`);
  return response.text();
}

/** The part of the corpus a live page can match, as a CorpusIndex; parts are cached, failed reads retried. */
export function corpusFor(live: Article, pageUrl: string): Promise<CorpusIndex> {
  source ??= cachedPartSource(readPart);
  return indexForPage(live, pageUrl, source);
}
