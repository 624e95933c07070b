// Reads an archive corpus folder (seeds/, ../shared/corpus …) into the `{ name, text }` list that
// lib/archive/compile.ts takes. Node only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFile } from '../lib/archive/compile';

/** Notes that sit beside archive files and are never archive files themselves. */
const NOT_ARCHIVE = new Set(['README.md', 'NOTES.md']);
const ARCHIVE_EXTENSION = /\.(txt|md)$/i;

/** True when the text opens like an archive file: `<!--epoch-->` or Jekyll front matter. */
function looksLikeArchive(text: string): boolean {
  const first = text.replace(/^\ufeff/, '').trimStart();
  return first.startsWith('<!--') || first.startsWith('---');
}

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && ARCHIVE_EXTENSION.test(entry.name) && !NOT_ARCHIVE.has(entry.name)) {
      found.push(path);
    }
  }
}

/**
 * Every archive file under `dir`, recursively: `.txt` / `.md` files whose first line starts with
 * `<!--` or `---`, README.md, NOTES.md and hidden files and folders skipped. Names are relative to
 * `dir` with `/` separators, sorted by code point so the order is the same on every machine.
 */
export function readCorpusDir(dir: string): CorpusFile[] {
  const paths: string[] = [];
  walk(dir, paths);
  const files: CorpusFile[] = [];
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    if (!looksLikeArchive(text)) continue;
    files.push({ name: relative(dir, path).split(sep).join('/'), text });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One message for a failed compile: a count line, then every `file:line: reason`, indented. */
export function formatCorpusErrors(dir: string, errors: string[]): string {
  const head = `${errors.length} file${errors.length === 1 ? '' : 's'} in ${dir} cannot be read as archive files:`;
  return [head, ...errors.map((e) => `  ${e}`)].join('\n');
}
