// A chosen folder or zip → the parts of one imported source, by the build's own steps: the same
// file filter and decoding (lib/archive/decode.ts), parser (parse-file.ts), capture records
// (capture-record.ts) and partitions written one day at a time (lib/corpus/write-parts.ts: identity
// grouping, days, URL keys). The captures are tagged as imported (`origin: 'import'`, a `source`
// unique to this import) so they sit beside the bundled ones without clashing. Files are read one
// at a time (a folder's files are read lazily) and reduced to their records at once; `pause` lets a
// page draw its progress bar between chunks. The CLI passes `record` to do the reading on every core.
import { outcomeOfBytes, type CaptureRecord, type FileOutcome } from '../archive/capture-record';
import { isArchivePath } from '../archive/decode';
import { writeParts, type PartWriter } from '../corpus/write-parts';
import { urlKey } from '../match/url-key';
import type { ImportFile, ImportProgress } from './types';

export interface CompiledImport {
  /** Parts written. */
  parts: number;
  files: number;
  articles: number;
  versions: number;
  /** Every rejected file, `file:line: reason`, sorted. */
  errors: string[];
}

/** Reads and records the (sorted, archive) files, in order; tells `onProgress` how many are done. */
export type RecordImportFiles = (files: ImportFile[], id: string, onProgress: (done: number, total: number) => void) => Promise<FileOutcome[]>;

export interface CompileImportOptions {
  id: string;
  /** Stores the parts as they are made: day files, buckets, the manifest last. */
  write: PartWriter;
  onProgress?: ImportProgress;
  /** Awaited every `chunk` files (a page yields to draw; Node passes nothing). */
  pause?: () => Promise<void>;
  chunk?: number;
  /** How the files are read and recorded (default: here, one at a time). */
  record?: RecordImportFiles;
  /** Told how many parts there will be, once grouped, before the first is written. */
  onParts?: (parts: number) => void;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The default RecordImportFiles: on this thread, pausing every `chunk` files. */
function recordHere(chunk: number, pause?: () => Promise<void>): RecordImportFiles {
  return async (files, id, onProgress) => {
    const outcomes: FileOutcome[] = [];
    for (const [n, file] of files.entries()) {
      if (n % chunk === 0) {
        onProgress(n, files.length);
        await pause?.();
      }
      outcomes.push(outcomeOfBytes(await file.read(), file.name, urlKey, id));
    }
    return outcomes;
  };
}

export async function compileImport(input: ImportFile[], options: CompileImportOptions): Promise<CompiledImport> {
  const files = input.filter((f) => isArchivePath(f.name)).sort(byName);
  const record = options.record ?? recordHere(options.chunk ?? 250, options.pause);
  const outcomes = await record(files, options.id, (done, total) => options.onProgress?.('read', done, total));
  const records: CaptureRecord[] = [];
  const rejected: string[] = [];
  const errors: string[] = [];
  for (const o of outcomes) {
    if (o.ok) records.push(o.record);
    else (o.rejected ? rejected : errors).push(o.error);
  }
  outcomes.length = 0;
  options.onProgress?.('read', files.length, files.length);
  options.onProgress?.('compile', 0, 1);
  await options.pause?.();
  const written = await writeParts(records, new Date(0).toISOString(), options.write, (parts) => {
    options.onProgress?.('compile', 1, 1);
    options.onParts?.(parts);
  });
  return {
    parts: written.parts,
    files: files.length,
    articles: written.manifest.groups,
    versions: written.manifest.articles,
    errors: [...rejected, ...errors].sort(),
  };
}
