// Reads an archive corpus folder (seeds/, ../shared/corpus …) into the `{ name, text }` list that
// lib/archive/compile.ts takes. Node only (node:fs): the build (modules/corpus.ts), the CLI and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFile } from './compile';

/** Notes that sit beside archive files and are never archive files themselves. */
const NOT_ARCHIVE = new Set(['README.md', 'NOTES.md']);
const ARCHIVE_EXTENSION = /\.(txt|md)$/i;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** True when the text opens like an archive file: `<!--epoch-->` or Jekyll front matter. */
function looksLikeArchive(text: string): boolean {
  const first = text.replace(/^\ufeff/, '').trimStart();
  return first.startsWith('<!--') || first.startsWith('---');
}

/** 1-based line of a byte offset: the line feeds before it, plus one. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * The text of a file that should be an archive file, or why it cannot be one (`line: reason`).
 * Empty files, UTF-16 (byte-order mark), bytes that are not UTF-8 and files that do not open with
 * `<!--` or `---` are refused here; everything else is the parser's to judge.
 */
export function decodeArchiveBytes(bytes: Uint8Array): { text: string } | { line: number; reason: string } {
  if (bytes.length === 0) return { line: 1, reason: 'empty file' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, reason: 'UTF-16 text (byte-order mark); archive files are UTF-8' };
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { line: lineAt(bytes, at), reason: `not valid UTF-8 (byte 0x${hex} at offset ${at})` };
  }
  if (text.trim() === '') return { line: 1, reason: 'empty file' };
  if (!looksLikeArchive(text)) return { line: 1, reason: 'does not start with `<!--epoch ms-->` or `---` front matter' };
  return { text };
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

/** A file name on one line: control characters (a newline in a name) shown as `\u{…}`. */
function oneLine(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

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
