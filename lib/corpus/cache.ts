// A PartSource over any text reader, keeping the manifest and the most recently used day files and
// buckets: memory stays bounded however large the corpus is.
import { DayFile, DayTexts } from './day-file';
import type { PartSource } from './lookup';
import { bucketPath, MANIFEST_PATH, slicePath, textsPath, type CorpusManifest, type KeyBucket } from './partition';

/** Reads one part of the package (`corpus/…`) as text. */
export type ReadPart = (path: string) => Promise<string>;

/** At most this many day files and buckets are kept: a lookup needs about three to eight. */
export const CACHED_PARTS = 24;

class Lru<T> {
  private map = new Map<string, Promise<T>>();
  constructor(private capacity: number) {}
  get(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.map.get(key);
    if (value) this.map.delete(key);
    else value = load().catch((error: unknown) => {
      this.map.delete(key); // a failed read is retried next time
      throw error;
    });
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
    return value;
  }
  get size(): number {
    return this.map.size;
  }
}

export function cachedPartSource(read: ReadPart, capacity = CACHED_PARTS): PartSource & { cachedParts(): number } {
  const parts = new Lru<DayFile | DayTexts | KeyBucket>(capacity);
  let manifest: Promise<CorpusManifest> | null = null;
  return {
    manifest() {
      manifest ??= read(MANIFEST_PATH).then((text) => {
        const m = JSON.parse(text) as CorpusManifest;
        if (m.version !== 3) throw new Error(`corpus manifest version ${String(m.version)} not understood`);
        return m;
      }).catch((error: unknown) => {
        manifest = null;
        throw error;
      });
      return manifest;
    },
    slice: (day) => parts.get(slicePath(day), async () => new DayFile(await read(slicePath(day)))) as Promise<DayFile>,
    texts: (day) => parts.get(textsPath(day), async () => new DayTexts(await read(textsPath(day)))) as Promise<DayTexts>,
    bucket: (n) => parts.get(bucketPath(n), async () => JSON.parse(await read(bucketPath(n))) as KeyBucket) as Promise<KeyBucket>,
    cachedParts: () => parts.size,
  };
}
