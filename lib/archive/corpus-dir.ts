// Reads an archive corpus folder (seeds/, ../shared/corpus …) into the `{ name, text }` list that
// lib/archive/compile.ts takes. Node only (node:fs): the build (modules/corpus.ts), the CLI and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFile } from './compile';
import { decodeArchiveBytes, isArchivePath, oneLineName as oneLine } from './decode';

export { decodeArchiveBytes } from './decode';

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && isArchivePath(entry.name)) {
      found.push(path);
    }
  }
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Every archive file under `dir` (as readCorpusDir finds them), unread: name and path, sorted by name. */
export function listCorpusDir(dir: string): { name: string; path: string }[] {
  const paths: string[] = [];
  walk(dir, paths);
  return paths.map((path) => ({ name: relative(dir, path).split(sep).join('/'), path })).sort(byName);
}

/**
 * Every archive file under `dir`, recursively: `.txt` / `.md` files, README.md, NOTES.md and
 * hidden files and folders skipped. Names are relative to `dir` with `/` separators, sorted by code
 * point so the order is the same on every machine. A `.txt` / `.md` file that cannot be an archive
 * file (empty, UTF-16, not UTF-8, not opening with `<!--` or `---`) is not listed; when `rejected`
 * is given, it gets one `name:line: reason` per such file (seeds/ fails the build on them, an
 * external folder lists them in its summary).
 */
export function readCorpusDir(dir: string, rejected?: string[]): CorpusFile[] {
  const paths: string[] = [];
  walk(dir, paths);
  const files: CorpusFile[] = [];
  const refused: { name: string; message: string }[] = [];
  for (const path of paths) {
    const name = relative(dir, path).split(sep).join('/');
    const read = decodeArchiveBytes(readFileSync(path));
    if ('text' in read) files.push({ name, text: read.text });
    else refused.push({ name, message: `${oneLine(name)}:${read.line}: ${read.reason}` });
  }
  rejected?.push(...refused.sort(byName).map((r) => r.message));
  return files.sort(byName);
}

/** One message for a failed compile: a count line, then every `file:line: reason`, indented. */
export function formatCorpusErrors(dir: string, errors: string[]): string {
  const head = `${errors.length} file${errors.length === 1 ? '' : 's'} in ${dir} cannot be read as archive files:`;
  return [head, ...errors.map((e) => `  ${e}`)].join('\n');
}
