// Capture records (lib/archive/capture-record.ts) → the parts of lib/corpus/partition.ts, written
// one at a time, without a whole CorpusIndex: the records are ordered by capture time, grouped by
// identity (lib/identity/group.ts), and each filing day's three files are joined from the records'
// lines, handed to `write`, and their texts released before the next day. Byte for byte the output
// of partitionIndex(compileParsed(…)) (tests/lib/corpus/write-parts.test.ts). Pure: `write` does
// the storing (a package folder, a store folder, IndexedDB).
import type { CaptureRecord } from '../archive/capture-record';
import { groupKeyed } from '../identity/group';
import { joinDay, type SliceRef } from './day-file';
import { sketchesFile } from './sketch';
import { filterFile, FILTER_PATH } from './key-filter';
import { captureKeys } from '../identity/same-article';
import { filterEntries } from './partition';
import { bucketOf, bucketPath, CORPUS_VERSION, KEYS_PER_BUCKET, MANIFEST_PATH, sketchesPath, slicePath, textsPath, type CorpusManifest, type KeyBucket } from './partition';


export interface WrittenParts {
  manifest: CorpusManifest;
  /** Distinct URL keys. */
  urlKeys: number;
  /** Parts written: three per day, the buckets, the key filter, the manifest. */
  parts: number;
  /** `source: no-url-key …`, one per capture without a URL key, in capture order. */
  warnings: string[];
}

export type PartWriter = (path: string, text: string) => void | Promise<void>;

/** Capture order: capture time, then source name, then input order (a stable sort, as compile.ts's). */
function captureOrder(records: CaptureRecord[]): number[] {
  const order = records.map((_, i) => i);
  return order.sort((x, y) => {
    const a = records[x]!.version;
    const b = records[y]!.version;
    if (a.archivedAt !== b.archivedAt) return a.archivedAt - b.archivedAt;
    if (a.source !== b.source) return a.source < b.source ? -1 : 1;
    return x - y;
  });
}

/**
 * Writes every part of the records' corpus: the day files in day order, then the key buckets, then
 * the manifest (last: a reader that finds it finds everything). `total` is told the number of parts
 * before the first is written. The records' `texts` are emptied as their day is written.
 */
export async function writeParts(
  input: CaptureRecord[],
  builtAt: string,
  write: PartWriter,
  total?: (parts: number) => void,
): Promise<WrittenParts> {
  const records = captureOrder(input).map((i) => input[i]!);
  const warnings: string[] = [];
  const keys = new Map<string, number[]>();
  records.forEach((r, p) => {
    if (r.urlKey === null) {
      warnings.push(`${r.version.source}: no-url-key no match key for ${r.url}`);
      return;
    }
    const list = keys.get(r.urlKey);
    if (list) list.push(p);
    else keys.set(r.urlKey, [p]);
  });
  const { groups, groupOf } = groupKeyed(
    records,
    records.map((r) => r.features),
  );

  const refOf: SliceRef[] = new Array(records.length);
  const members = new Map<string, number[]>();
  records.forEach((r, p) => {
    const list = members.get(r.day) ?? [];
    refOf[p] = [r.day, list.length];
    list.push(p);
    members.set(r.day, list);
  });
  const days = [...members.keys()].sort();
  const keyBuckets = Math.max(1, Math.ceil(keys.size / KEYS_PER_BUCKET));
  const parts = 3 * days.length + keyBuckets + 2;
  total?.(parts);

  for (const day of days) {
    const positions = members.get(day)!;
    const local = new Map<number, number>();
    const dayGroups: SliceRef[][] = [];
    const dayGroupOf = positions.map((p) => {
      const g = groupOf[p]!;
      let at = local.get(g);
      if (at === undefined) {
        at = dayGroups.push(groups[g]!.map((q) => refOf[q]!)) - 1;
        local.set(g, at);
      }
      return at;
    });
    const { heads, texts, sketches } = joinDay(
      { day, groups: dayGroups, groupOf: dayGroupOf },
      positions.map((p) => records[p]!.head),
      positions.map((p) => records[p]!.texts),
      sketchesFile(positions.map((p) => records[p]!.features)),
    );
    for (const p of positions) records[p]!.texts = '';
    await write(slicePath(day), heads);
    await write(textsPath(day), texts);
    await write(sketchesPath(day), sketches);
  }

  const buckets: KeyBucket[] = Array.from({ length: keyBuckets }, () => ({}));
  // Through a record, as partitionIndex reads CorpusIndex.byUrl: the same key order in every bucket.
  for (const [key, positions] of Object.entries(Object.fromEntries(keys))) {
    buckets[bucketOf(key, keyBuckets)]![key] = positions.map((p) => refOf[p]!);
  }
  for (const [n, bucket] of buckets.entries()) await write(bucketPath(n), JSON.stringify(bucket));
  await write(FILTER_PATH, filterFile(filterEntries(keys.keys(), records.map((r) => ({ day: r.day, keys: captureKeys(r.features) }))), records.length));
  const manifest: CorpusManifest = { version: CORPUS_VERSION, builtAt, articles: records.length, groups: groups.length, days, keyBuckets };
  await write(MANIFEST_PATH, JSON.stringify(manifest));
  return { manifest, urlKeys: keys.size, parts, warnings };
}
