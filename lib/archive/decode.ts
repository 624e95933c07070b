// Which files of a folder or zip are archive files, and their bytes → text or `line: reason`.
// Shared by the build and the CLI (lib/archive/corpus-dir.ts) and the options page's import
// (lib/imports/), so every path refuses the same files for the same reasons. Pure.

/** Notes that sit beside archive files and are never archive files themselves. */
const NOT_ARCHIVE = new Set(['README.md', 'NOTES.md']);
const ARCHIVE_EXTENSION = /\.(txt|md)$/i;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * True for a path (relative, `/`-separated) the build reads as an archive file: a `.txt` / `.md`
 * file, not README.md or NOTES.md, with no hidden file or folder on its path.
 */
export function isArchivePath(path: string): boolean {
  const parts = path.split('/').filter((p) => p !== '');
  const name = parts[parts.length - 1] ?? '';
  if (parts.some((p) => p.startsWith('.'))) return false;
  return ARCHIVE_EXTENSION.test(name) && !NOT_ARCHIVE.has(name);
}

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

/** A file name on one line: control characters (a newline in a name) shown as `\u{…}`. */
export function oneLineName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
