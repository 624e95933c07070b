// A PartSource over any text reader, keeping the manifest and the most recently used day files and
// buckets: memory stays bounded however large the corpus is. Two bounds, whichever is reached first:
// a number of parts, and the characters of the parts' text (what their decoded forms and the
// features lookups derive from them grow with). The background keeps enough of each source that a
// reader's lookups on nearby days read and decode nothing twice (BACKGROUND_CACHE).
import { DayFile, DayTexts, type SliceRef } from './day-file';
import type { PartSource } from './lookup';
import { bucketPath, MANIFEST_PATH, READ_VERSIONS, sketchesPath, slicePath, textsPath, type CorpusManifest, type KeyBucket } from './partition';
import { DaySketches } from './sketch';
import { FILTER_PATH, KeyFilter } from './key-filter';

/** Reads one part of the package (`corpus/…`) as text. */
export type ReadPart = (path: string) => Promise<string>;

/** At most this many day files and buckets are kept by default: a lookup needs about three to eight. */
export const CACHED_PARTS = 24;

export interface CacheBounds {
  /** Most parts kept. */
  parts: number;
  /** Most characters of part text kept (the newest part is kept whatever its size). */
  chars: number;
}

/**
 * What the background keeps of each source (bundled, each import): parts of about 600 days' heads
 * or 60 days' texts of a dense corpus, at most 4 M characters (about 8 MB of strings, as much again
 * in decoded captures and their features).
 */
export const BACKGROUND_CACHE: CacheBounds = { parts: 640, chars: 4_000_000 };

class Lru<T> {
  private map = new Map<string, { value: Promise<T>; chars: number }>();
  private chars = 0;
  constructor(private bounds: CacheBounds) {}
  get(key: string, load: () => Promise<{ value: T; chars: number }>): Promise<T> {
    let entry = this.map.get(key);
    if (entry) {
      this.map.delete(key);
      this.map.set(key, entry);
      return entry.value;
    }
    const loaded = load();
    const made: { value: Promise<T>; chars: number } = { value: loaded.then((l) => l.value), chars: 0 };
    this.map.set(key, (entry = made));
    loaded.then(
      ({ chars }) => {
        if (this.map.get(key) !== made) return; // evicted meanwhile
        made.chars = chars;
        this.chars += chars;
        this.evict();
      },
      () => {
        if (this.map.get(key) === made) this.map.delete(key); // a failed read is retried next time
      },
    );
    this.evict();
    return made.value;
  }
  private evict(): void {
    while (this.map.size > 1 && (this.map.size > this.bounds.parts || this.chars > this.bounds.chars)) {
      const [oldest, entry] = this.map.entries().next().value!;
      this.map.delete(oldest);
      this.chars -= entry.chars;
    }
  }
  get size(): number {
    return this.map.size;
  }
}

/**
 * bucket[key] read from a bucket's JSON text (JSON.stringify of a KeyBucket: `{"key":[["day",i],…],…}`)
 * without parsing the rest: the key as JSON, right after `{` or `,` (so never inside another key, where
 * a quote is escaped), then its list, which ends at the first `]]` (days hold no bracket).
 */
export function refsIn(s: string, key: string): SliceRef[] | undefined {
  const needle = `${JSON.stringify(key)}:`;
  for (let at = s.indexOf(needle); at >= 0; at = s.indexOf(needle, at + 1)) {
    if (at === 0 || (s[at - 1] !== '{' && s[at - 1] !== ',')) continue;
    const start = at + needle.length;
    if (s.startsWith('[]', start)) return [];
    const end = s.indexOf(']]', start);
    if (end < 0) break;
    return JSON.parse(s.slice(start, end + 2)) as SliceRef[];
  }
  return undefined;
}

/** `bounds`: a number of parts (any size), or both bounds. */
export function cachedPartSource(read: ReadPart, bounds: number | CacheBounds = CACHED_PARTS): PartSource & { cachedParts(): number } {
  type Part = DayFile | DayTexts | DaySketches | KeyBucket | { text: string };
  const parts = new Lru<Part>(typeof bounds === 'number' ? { parts: bounds, chars: Infinity } : bounds);
  let manifest: Promise<CorpusManifest> | null = null;
  // Kept beside the manifest, outside the bounds: a few bytes per capture of the source.
  let filter: Promise<KeyFilter> | null = null;
  const part = <T extends Part>(path: string, decode: (text: string) => T, as = path) =>
    parts.get(as, async () => {
      const text = await read(path);
      return { value: decode(text), chars: text.length };
    }) as Promise<T>;
  return {
    manifest() {
      manifest ??= read(MANIFEST_PATH).then((text) => {
        const m = JSON.parse(text) as CorpusManifest;
        if (!READ_VERSIONS.includes(m.version)) throw new Error(`corpus manifest version ${String(m.version)} not understood`);
        return m;
      }).catch((error: unknown) => {
        manifest = null;
        throw error;
      });
      return manifest;
    },
    filter() {
      filter ??= read(FILTER_PATH).then((text) => new KeyFilter(text)).catch((error: unknown) => {
        filter = null;
        throw error;
      });
      return filter;
    },
    slice: (day) => part(slicePath(day), (text) => new DayFile(text)),
    texts: (day) => part(textsPath(day), (text) => new DayTexts(text)),
    sketches: (day) => part(sketchesPath(day), (text) => new DaySketches(text)),
    bucket: (n) => part(bucketPath(n), (text) => JSON.parse(text) as KeyBucket),
    // A lookup asks a bucket for one or two keys: the text is kept and searched, never parsed whole.
    keyRefs: async (n, key) => refsIn((await part(bucketPath(n), (text) => ({ text }), `${bucketPath(n)}#text`)).text, key),
    cachedParts: () => parts.size,
  };
}
