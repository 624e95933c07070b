// The corpus parts held in memory (the command line), read through the same cachedPartSource the
// background reads the package with: the CLI and the extension look a page up the same way.
import { cachedPartSource } from './cache';
import type { PartSource } from './lookup';
import { partFiles, type Partitions } from './partition';

export function memoryPartSource(parts: Partitions): PartSource {
  const files = partFiles(parts);
  return cachedPartSource(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`corpus part ${path} missing`);
    return text;
  }, files.size);
}
