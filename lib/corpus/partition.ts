// The compiled corpus cut into parts the background reads one lookup at a time: a small manifest,
// three text files per filing day (heads, texts and sketches of its captures, lib/corpus/day-file.ts),
// and URL-key buckets (key → the refs of the captures with that key, oldest first). Pure: index in,
// plain data and strings out.
// Format 4 added the sketches files; format 3 (imports made before, kept in a reader's IndexedDB)
// has none and is still read (lib/corpus/cache.ts, lookup.ts).
import { identityFeatures, type IdentityFeatures } from '../identity/features';
import type { CorpusIndex } from '../types';
import { captureKeys, type CaptureKeys } from '../identity/same-article';
import { encodeDay, type DayParts, type SliceRef } from './day-file';
import { dayKeyEntry, FILTER_PATH, filterFile, urlEntry } from './key-filter';

export type { SliceRef } from './day-file';

export const MANIFEST_PATH = 'corpus/manifest.json';
/** Captures that are in no filing day (no URL date, display time or capture time: none so far). */
export const UNDATED = 'undated';
export const slicePath = (day: string): string => `corpus/days/${day}.txt`;
export const textsPath = (day: string): string => `corpus/texts/${day}.txt`;
export const bucketPath = (bucket: number): string => `corpus/keys/${bucket}.json`;
export const sketchesPath = (day: string): string => `corpus/sketches/${day}.txt`;

/** The format written; READ_VERSIONS are those a lookup reads. */
export const CORPUS_VERSION = 4;
export const READ_VERSIONS: readonly number[] = [3, 4];

export interface CorpusManifest {
  /** 3: no sketches files; 4: sketches files (lib/corpus/sketch.ts). */
  version: 3 | 4;
  builtAt: string;
  articles: number;
  groups: number;
  /** Days that have a day file (`YYYYMMDD`, and UNDATED when some capture has no day), sorted. */
  days: string[];
  /** Number of URL-key buckets (see bucketOf). */
  keyBuckets: number;
}

/** URL key → the captures with that key, in capture-time order. */
export type KeyBucket = Record<string, SliceRef[]>;

export interface Partitions {
  manifest: CorpusManifest;
  /** The heads, texts and sketches files of each day, in `manifest.days` order. */
  dayFiles: ({ day: string } & DayParts)[];
  /** The key filter file (lib/corpus/key-filter.ts). */
  filter: string;
  buckets: KeyBucket[];
}

/** FNV-1a over the UTF-16 code units of the key, modulo the bucket count. */
export function bucketOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/**
 * About this many URL keys per bucket: one bucket file stays about 10 KB (format 3 had 512 a
 * bucket; the count is in the manifest, so either reads the same way).
 */
export const KEYS_PER_BUCKET = 128;

/** The key filter's entries (lib/corpus/key-filter.ts): the URL keys, and the captures' slug and headline keys by filing day. */
export function* filterEntries(urlKeys: Iterable<string>, captures: Iterable<{ day: string; keys: CaptureKeys }>): Generator<string> {
  for (const key of urlKeys) yield urlEntry(key);
  for (const { day, keys } of captures) {
    if (day === UNDATED) continue;
    if (keys.slugKey !== 0) yield dayKeyEntry('s', day, keys.slugKey);
    if (keys.titleKey !== 0) yield dayKeyEntry('t', day, keys.titleKey);
  }
}

/** `features[p]`: identityFeatures of `index.articles[p]` when the caller has them (computed otherwise). */
export function partitionIndex(index: CorpusIndex, features?: IdentityFeatures[]): Partitions {
  const refOf: SliceRef[] = new Array(index.articles.length);
  const members = new Map<string, number[]>();
  const file = (day: string, p: number) => {
    const list = members.get(day) ?? [];
    refOf[p] = [day, list.length];
    list.push(p);
    members.set(day, list);
  };
  for (const [day, positions] of Object.entries(index.byDay)) for (const p of positions) if (!refOf[p]) file(day, p);
  index.articles.forEach((_, p) => {
    if (!refOf[p]) file(UNDATED, p);
  });

  const groupOfPosition = (p: number): number[] => index.groups[index.groupOf[p] ?? -1] ?? [p];
  const days = [...members.keys()].sort();
  const known: IdentityFeatures[] = new Array(index.articles.length);
  const dayFiles = days.map((day) => {
    const positions = members.get(day)!;
    const local = new Map<number, number>();
    const groups: SliceRef[][] = [];
    const groupOf = positions.map((p) => {
      const g = index.groupOf[p] ?? -1 - p;
      let at = local.get(g);
      if (at === undefined) {
        at = groups.push(groupOfPosition(p).map((q) => refOf[q]!)) - 1;
        local.set(g, at);
      }
      return at;
    });
    const articles = positions.map((p) => index.articles[p]!);
    return { day, ...encodeDay({ day, groups, groupOf }, articles, (a, n) => (known[positions[n]!] = features?.[positions[n]!] ?? identityFeatures(a))) };
  });
  const dayKeys = index.articles.map((_, p) => ({ day: refOf[p]![0], keys: captureKeys(known[p]!) }));
  const filter = filterFile(filterEntries(Object.keys(index.byUrl), dayKeys), index.articles.length);

  const keyed = Object.keys(index.byUrl).length;
  const keyBuckets = Math.max(1, Math.ceil(keyed / KEYS_PER_BUCKET));
  const buckets: KeyBucket[] = Array.from({ length: keyBuckets }, () => ({}));
  for (const [key, positions] of Object.entries(index.byUrl)) {
    buckets[bucketOf(key, keyBuckets)]![key] = positions.map((p) => refOf[p]!);
  }
  const manifest: CorpusManifest = {
    version: CORPUS_VERSION,
    builtAt: index.builtAt,
    articles: index.articles.length,
    groups: index.groups.length,
    days,
    keyBuckets,
  };
  return { manifest, dayFiles, buckets, filter };
}

/** The parts as files, path → text: what the build writes into the package (modules/corpus.ts) and the CLI keeps in memory. */
export function partFiles({ manifest, dayFiles, buckets, filter }: Partitions): Map<string, string> {
  const files = new Map<string, string>([[MANIFEST_PATH, JSON.stringify(manifest)]]);
  for (const { day, heads, texts, sketches } of dayFiles) files.set(slicePath(day), heads).set(textsPath(day), texts).set(sketchesPath(day), sketches);
  buckets.forEach((bucket, n) => files.set(bucketPath(n), JSON.stringify(bucket)));
  files.set(FILTER_PATH, filter);
  return files;
}
