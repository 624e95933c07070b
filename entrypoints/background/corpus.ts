// The background's copy of the compiled corpus: loaded from the package on first use, kept while
// the worker lives. Nothing of the corpus goes to the content script but the matched article.
import { browser } from 'wxt/browser';
import type { CorpusIndex } from '@/lib/types';

export const CORPUS_PATH = '/corpus/index.json';

let loading: Promise<CorpusIndex> | null = null;

async function load(): Promise<CorpusIndex> {
  // A file inside the extension package (chrome-extension:// or moz-extension://): no network.
  const url = browser.runtime.getURL(CORPUS_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`corpus index missing from the package (${response.status})`);
  const index = (await response.json()) as CorpusIndex;
  if (index.version !== 1) throw new Error(`corpus index version ${String(index.version)} not understood`);
  return index;
}

/** The corpus, loaded once; a failed load is retried on the next request. */
export function getCorpus(): Promise<CorpusIndex> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
