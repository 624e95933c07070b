// A chosen folder or zip → the compiled parts of one imported source, by the build's own steps:
// the same file filter and decoding (lib/archive/decode.ts), parser (parse-file.ts), compiler
// (compile.ts: identity grouping, days, URL keys) and partitions (lib/corpus/partition.ts). The
// captures are tagged as imported (`origin: 'import'`, a `source` unique to this import) so they
// sit beside the bundled ones without clashing. Files are read one at a time (a folder's files are
// read lazily), and `pause` lets a page draw its progress bar between chunks.
import { compileParsed } from '../archive/compile';
import { decodeArchiveBytes, isArchivePath, oneLineName } from '../archive/decode';
import { parseArchiveFile, type ArchiveParseResult } from '../archive/parse-file';
import { bucketPath, MANIFEST_PATH, partitionIndex, slicePath, textsPath } from '../corpus/partition';
import { urlKey } from '../match/url-key';
import { importedSourceName, type ImportFile, type ImportProgress } from './types';

export interface CompiledImport {
  /** `[path, text]` of every part, the manifest last. */
  parts: [string, string][];
  files: number;
  articles: number;
  versions: number;
  /** Every rejected file, `file:line: reason`, sorted. */
  errors: string[];
}

export interface CompileImportOptions {
  id: string;
  onProgress?: ImportProgress;
  /** Awaited every `chunk` files (a page yields to draw; Node passes nothing). */
  pause?: () => Promise<void>;
  chunk?: number;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function compileImport(input: ImportFile[], options: CompileImportOptions): Promise<CompiledImport> {
  const chunk = options.chunk ?? 250;
  const files = input.filter((f) => isArchivePath(f.name)).sort(byName);
  const read: { name: string }[] = [];
  const results: ArchiveParseResult[] = [];
  const rejected: { message: string }[] = [];
  for (const [n, file] of files.entries()) {
    if (n % chunk === 0) {
      options.onProgress?.('read', n, files.length);
      await options.pause?.();
    }
    const decoded = decodeArchiveBytes(await file.read());
    if (!('text' in decoded)) {
      rejected.push({ message: `${oneLineName(file.name)}:${decoded.line}: ${decoded.reason}` });
      continue;
    }
    const result = parseArchiveFile(decoded.text, file.name);
    if (result.ok) {
      result.value.source = importedSourceName(options.id, file.name);
      result.value.origin = 'import';
      result.warnings = []; // warnings name the file; an import reports rejections only
    }
    read.push({ name: oneLineName(file.name) });
    results.push(result);
  }
  options.onProgress?.('read', files.length, files.length);
  options.onProgress?.('compile', 0, 1);
  await options.pause?.();
  const { index, errors, features } = compileParsed(read, results, { builtAt: new Date(0).toISOString(), urlKey });
  const { manifest, dayFiles, buckets } = partitionIndex(index, features);
  options.onProgress?.('compile', 1, 1);
  const parts: [string, string][] = [];
  for (const { day, heads, texts } of dayFiles) parts.push([slicePath(day), heads], [textsPath(day), texts]);
  buckets.forEach((bucket, n) => parts.push([bucketPath(n), JSON.stringify(bucket)]));
  parts.push([MANIFEST_PATH, JSON.stringify(manifest)]);
  return {
    parts,
    files: files.length,
    articles: index.groups.length,
    versions: index.articles.length,
    errors: [...rejected.map((r) => r.message), ...errors].sort(),
  };
}
