// The two ways of compiling a corpus into parts, side by side for the tests: the whole index cut by
// partitionIndex (the reference) and capture records written one day at a time by writeParts.
import { outcomeOf, type CaptureRecord } from '../../../lib/archive/capture-record';
import { compileParsed, type CorpusFile } from '../../../lib/archive/compile';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { partFiles, partitionIndex, type CorpusManifest } from '../../../lib/corpus/partition';
import { writeParts } from '../../../lib/corpus/write-parts';
import { urlKey as realUrlKey } from '../../../lib/match/url-key';

type UrlKey = (url: string) => string | null;

export function oldParts(files: CorpusFile[], urlKey: UrlKey = realUrlKey) {
  const { index, errors, warnings, features } = compileParsed(
    files,
    files.map((f) => parseArchiveFile(f.text, f.name)),
    { builtAt: 'T', urlKey },
  );
  return { parts: partFiles(partitionIndex(index, features)), errors, warnings };
}

export async function newParts(files: CorpusFile[], urlKey: UrlKey = realUrlKey) {
  const records: CaptureRecord[] = [];
  const errors: string[] = [];
  const parseWarnings: string[] = [];
  for (const f of files) {
    const outcome = outcomeOf(parseArchiveFile(f.text, f.name), f.name, urlKey);
    if (!outcome.ok) errors.push(outcome.error);
    else {
      records.push(outcome.record);
      parseWarnings.push(...outcome.warnings);
    }
  }
  const parts = new Map<string, string>();
  const order: string[] = [];
  let told = -1;
  const written = await writeParts(records, 'T', (path, text) => {
    parts.set(path, text);
    order.push(path);
  }, (n) => (told = n));
  if (told !== order.length) throw new Error(`told ${told} parts, wrote ${order.length}`);
  const manifest: CorpusManifest = written.manifest;
  return { parts, errors, warnings: [...parseWarnings, ...written.warnings], manifest, records, order };
}
