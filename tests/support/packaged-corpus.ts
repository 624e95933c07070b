// A compiled corpus as the package holds it (its parts as text by path), read back through the
// background's cache: what lookups over the bundled corpus read in tests.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileCorpus } from '../../lib/archive/compile';
import { cachedPartSource } from '../../lib/corpus/cache';
import type { PartSource } from '../../lib/corpus/lookup';
import { partFiles, partitionIndex, type Partitions } from '../../lib/corpus/partition';
import { urlKey } from '../../lib/match/url-key';
import type { CorpusIndex } from '../../lib/types';
import { REPO_ROOT } from './shared';

export function packagedParts(parts: Partitions): PartSource {
  const files = partFiles(parts);
  return cachedPartSource(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`missing part ${path}`);
    return text;
  });
}

/** The repository's seeds/ compiled: the corpus every build ships by default. */
export function seedCorpus(): { index: CorpusIndex; parts: PartSource } {
  const dir = resolve(REPO_ROOT, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));
  const { index } = compileCorpus(files, { builtAt: 'T', urlKey });
  return { index, parts: packagedParts(partitionIndex(index)) };
}
