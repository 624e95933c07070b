// Imported sources as candidate sources of a lookup (lib/corpus/sources.ts): each `ready` source is
// read exactly as the bundled corpus is (bundledSource over cachedPartSource: its manifest, then
// only the day files and key buckets the page needs, the most recent kept), its parts coming from
// the imports backend instead of the package. The list of sources is read at every lookup (one
// small read), so a source imported or removed in another page counts at once.
import { cachedPartSource } from '../corpus/cache';
import { bundledSource, type CandidateSource } from '../corpus/sources';
import type { ImportsBackend } from './types';

/** Fewer parts kept per imported source than for the bundled corpus: there may be several. */
const CACHED_PER_SOURCE = 12;

export function importedSources(backend: () => Promise<ImportsBackend>): CandidateSource {
  const sources = new Map<string, CandidateSource>();
  return {
    name: 'imports',
    async candidates(live, pageUrl) {
      const store = await backend();
      const ready = (await store.list()).filter((r) => r.state === 'ready');
      const ids = new Set(ready.map((r) => r.id));
      for (const id of sources.keys()) if (!ids.has(id)) sources.delete(id); // removed: its cache goes
      const lists = await Promise.all(
        ready.map((r) => {
          let source = sources.get(r.id);
          if (!source) sources.set(r.id, (source = bundledSource(cachedPartSource((path) => store.readPart(r.id, path), CACHED_PER_SOURCE))));
          return source.candidates(live, pageUrl);
        }),
      );
      return lists.flat();
    },
  };
}
