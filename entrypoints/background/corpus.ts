// The background's sources of archived captures: the packaged corpus (its manifest and the few most
// recently read parts, read from the package on demand) and the reader's own store. One lookup
// gathers the candidates of both and assembles the small index buildReport needs (lib/corpus/
// sources.ts); nothing of the corpus or the store goes to the content script but the matched article.
import { browser } from 'wxt/browser';
import { BACKGROUND_CACHE, cachedPartSource } from '@/lib/corpus/cache';
import { bundledSource, indexFromSources, storeSource, type CandidateSource } from '@/lib/corpus/sources';
import { importedSources } from '@/lib/imports/source';
import type { CaptureStore } from '@/lib/store';
import { importsBackend, onImportsChanged, sweepImports } from '../options/imports';
import type { Article, CorpusIndex } from '@/lib/types';

let bundled: CandidateSource | null = null;
let imported: CandidateSource | null = null;
let swept: Promise<unknown> | null = null;

async function readPart(path: string): Promise<string> {
  // A file inside the extension package (chrome-extension:// or moz-extension://): no network.
  // Day slices and key buckets are named at build time, so WXT's PublicPath type cannot list them.
  const url = (browser.runtime.getURL as (p: string) => string)(`/${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`corpus part ${path} missing from the package (${response.status})`);
  return response.text();
}

/**
 * The captures a live page can match, from the bundled corpus and the store, as one CorpusIndex.
 * A store that fails is reported to `onStoreError` and the bundled corpus still answers; a bundled
 * corpus that fails is an error (the package is broken).
 */
export async function corpusFor(
  live: Article,
  pageUrl: string,
  store: () => Promise<CaptureStore>,
  onStoreError: (error: unknown) => void,
): Promise<CorpusIndex> {
  bundled ??= bundledSource(cachedPartSource(readPart, BACKGROUND_CACHE));
  let failed: unknown = null;
  const own: CandidateSource = { name: 'store', candidates: async (l, u) => storeSource(await store()).candidates(l, u) };
  // Imported archives (lib/imports): their own database, read like the bundled parts; an import a
  // closed options page left half-written is removed the first time (never read meanwhile).
  imported ??= importedSources(
    async () => {
      swept ??= sweepImports().catch(() => false);
      await swept;
      return importsBackend();
    },
    { subscribe: onImportsChanged },
  );
  const index = await indexFromSources([bundled, own, imported], live, pageUrl, (name, error) => {
    if (name === 'store' || name === 'imports') onStoreError(error);
    else failed = error;
  });
  if (failed) throw failed;
  return index;
}
