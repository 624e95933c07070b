// Imported sources as candidate sources of a lookup (lib/corpus/sources.ts): each `ready` source is
// read exactly as the bundled corpus is (bundledSource over cachedPartSource: its manifest, then
// only the day files and key buckets the page needs, the most recent kept), its parts coming from
// the imports backend instead of the package. The list of sources is kept between lookups when the
// caller can say when it changes (`subscribe`: the background hears the options page), for at most
// LIST_TTL_MS as a safety net; without `subscribe` it is read at every lookup.
import { BACKGROUND_CACHE, cachedPartSource } from '../corpus/cache';
import { bundledSource, type CandidateSource } from '../corpus/sources';
import type { ImportRecord, ImportsBackend } from './types';

export const LIST_TTL_MS = 30_000;

export interface ImportedSourcesOptions {
  /** Registers a callback run whenever a source is imported or removed elsewhere. */
  subscribe?: (changed: () => void) => void;
  now?: () => number;
}

export function importedSources(backend: () => Promise<ImportsBackend>, options: ImportedSourcesOptions = {}): CandidateSource {
  const now = options.now ?? Date.now;
  const sources = new Map<string, CandidateSource>();
  let list: { at: number; ready: Promise<ImportRecord[]> } | null = null;
  options.subscribe?.(() => (list = null));
  const readyList = async (store: ImportsBackend) => {
    if (!options.subscribe || !list || now() - list.at > LIST_TTL_MS) {
      const ready = store.list().then((all) => all.filter((r) => r.state === 'ready'));
      list = { at: now(), ready };
      ready.catch(() => (list = null));
    }
    return list.ready;
  };
  return {
    name: 'imports',
    async candidates(live, pageUrl) {
      const store = await backend();
      const ready = await readyList(store);
      const ids = new Set(ready.map((r) => r.id));
      for (const id of sources.keys()) if (!ids.has(id)) sources.delete(id); // removed: its cache goes
      const lists = await Promise.all(
        ready.map((r) => {
          let source = sources.get(r.id);
          if (!source) sources.set(r.id, (source = bundledSource(cachedPartSource((path) => store.readPart(r.id, path), BACKGROUND_CACHE))));
          return source.candidates(live, pageUrl);
        }),
      );
      return lists.flat();
    },
  };
}
