// The watch loop's CaptureSink over the reader's store: a fetched article becomes a capture with
// its provenance (source `watch` or `feed`, time, the URL it was read at) and is stored only when
// its hash differs from the last stored capture of the article (any source: a visit counts).
import { makeCapture, type CaptureStore, type EvictedCapture } from '../store';
import type { CaptureSink } from './read';

/** `onEvicted` hears about captures the store's size cap removed to make room. */
export function storeSink(store: () => Promise<CaptureStore>, onEvicted: (evicted: EvictedCapture[]) => void = () => undefined): CaptureSink {
  return {
    async record(article, { source, capturedAt, readUrl }) {
      const s = await store();
      const capture = await makeCapture(article, { source, capturedAt, readUrl });
      const before = (await s.latestForUrl(article.url)) ?? (await s.latestForUrl(readUrl));
      const result = await s.addCapture(capture, before ? { articleKey: before.articleKey } : {});
      if (result.evicted.length > 0) onEvicted(result.evicted);
      if (result.status === 'unchanged') return 'same';
      return before ? 'changed' : 'first';
    },
  };
}
