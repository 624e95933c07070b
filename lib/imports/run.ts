// One import from start to end, the same in the browser and the CLI: the source is recorded as
// `writing`, its parts are stored in batches, and only then is it marked `ready` in one write.
// Lookups read `ready` sources only, so an import stopped half way (a closed page, a restarted
// browser, a killed process) is never read; sweepAbandoned removes what it left. A failure removes
// the source before the error goes up: nothing half-imported stays.
import { compileImport, type CompiledImport, type RecordImportFiles } from './compile';
import { MAX_KEPT_ERRORS, type ImportFile, type ImportProgress, type ImportRecord, type ImportsBackend, type ImportSummary } from './types';

export interface RunImportOptions {
  id: string;
  name: string;
  now: () => number;
  onProgress?: ImportProgress;
  pause?: () => Promise<void>;
  /** Characters of parts per write (one transaction in IndexedDB). */
  batchChars?: number;
  /** How the files are read and recorded (lib/imports/compile.ts; the CLI uses every core). */
  record?: RecordImportFiles;
}

const BATCH_CHARS = 4 * 1024 * 1024;

export async function runImport(backend: ImportsBackend, files: ImportFile[], options: RunImportOptions): Promise<ImportSummary> {
  const record: ImportRecord = {
    id: options.id,
    name: options.name,
    importedAt: options.now(),
    state: 'writing',
    files: 0,
    articles: 0,
    versions: 0,
    rejected: 0,
    errors: [],
    chars: 0,
  };
  await backend.putRecord(record);
  try {
    // The parts are stored in batches as the compiler makes them, one day at a time.
    const batchChars = options.batchChars ?? BATCH_CHARS;
    let batch: [string, string][] = [];
    let size = 0;
    let written = 0;
    let total = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await backend.putParts(options.id, batch);
      written += batch.length;
      options.onProgress?.('write', written, total);
      batch = [];
      size = 0;
      await options.pause?.();
    };
    const compiled: CompiledImport = await compileImport(files, {
      id: options.id,
      onProgress: options.onProgress,
      onParts: (parts) => {
        total = parts;
        options.onProgress?.('write', 0, total);
      },
      pause: options.pause,
      record: options.record,
      write: async (path, text) => {
        batch.push([path, text]);
        size += text.length;
        record.chars += text.length;
        if (size >= batchChars) await flush();
      },
    });
    await flush();
    Object.assign(record, {
      state: 'ready',
      files: compiled.files,
      articles: compiled.articles,
      versions: compiled.versions,
      rejected: compiled.errors.length,
      errors: compiled.errors.slice(0, MAX_KEPT_ERRORS),
    });
    await backend.putRecord(record);
    return { id: record.id, name: record.name, files: record.files, articles: record.articles, versions: record.versions, rejected: record.rejected, errors: compiled.errors };
  } catch (error) {
    await backend.remove(options.id).catch(() => undefined);
    throw error;
  }
}

// Kept apart (sweep.ts) so a page that only sweeps does not load the compiler; named here as before.
export { sweepAbandoned } from './sweep';
