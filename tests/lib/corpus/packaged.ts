// The corpus parts as the package holds them, read back through the cache (for the partition suites).
import { cachedPartSource } from '../../../lib/corpus/cache';
import type { PartSource } from '../../../lib/corpus/lookup';
import { partFiles, type Partitions } from '../../../lib/corpus/partition';
import type { CorpusIndex, Match } from '../../../lib/types';

/** The parts as the package holds them: JSON text by path, read back through the cache. */
export function packaged(parts: Partitions): PartSource & { reads: string[]; cachedParts(): number } {
  const files = partFiles(parts);
  const reads: string[] = [];
  const source = cachedPartSource(async (path) => {
    reads.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`missing part ${path}`);
    return text;
  });
  return Object.assign(source, { reads });
}

/** What a lookup is judged on. */
export const outcome = (m: Match | null, index: CorpusIndex) =>
  m && { source: index.articles[m.index]!.source, method: m.method, confidence: m.confidence, versions: m.versions.map((v) => v.source) };
