// The whole store as a .zip of archive files (fflate) and back. Each capture is one file in the
// seed format (readable by the build, `seeds/` and any archive tool); `rfi-lens-captures.json`
// beside them keeps what the format cannot carry (provenance, the store's article key, live-page
// fields such as the modified time and content id), so an import loses nothing. Files without a
// manifest entry (a zip made by hand) are read with the archive parser the caller passes.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ArchivedArticle } from '../types';
import { archiveFileName, archiveFileOf } from './archive-file';
import { makeCapture } from './capture';
import type { AddResult, Capture, CaptureStore, StoredCapture } from './types';

export const MANIFEST_NAME = 'rfi-lens-captures.json';

interface ManifestEntry {
  file: string;
  articleKey: string;
  capture: Capture;
}

interface Manifest {
  format: 'rfi-lens-captures/1';
  exportedAt: string;
  captures: ManifestEntry[];
}

/** Reads one archive file (lib/archive/parse-file.ts parseArchiveFile, in Node or a page with cheerio). */
export type ParseArchiveFile = (text: string, name: string) => { ok: true; value: ArchivedArticle } | { ok: false; line: number; reason: string };

/** Captures (oldest first, as store.all() gives them) → zip bytes. */
export function exportZip(captures: StoredCapture[], exportedAt: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const entries: ManifestEntry[] = [];
  for (const c of captures) {
    let file = archiveFileName(c.article);
    for (let k = 2; file in files; k++) file = file.replace(/(_\d+)?\.txt$/, `_${k}.txt`);
    files[file] = strToU8(archiveFileOf(c.article));
    const { id: _id, urlKeys: _u, day: _d, bytes: _b, articleKey, ...capture } = c;
    entries.push({ file, articleKey, capture });
  }
  const manifest: Manifest = { format: 'rfi-lens-captures/1', exportedAt: new Date(exportedAt).toISOString(), captures: entries };
  files[MANIFEST_NAME] = strToU8(JSON.stringify(manifest));
  return zipSync(files, { level: 6 });
}

export interface ImportedZip {
  captures: { capture: Capture; articleKey?: string }[];
  /** `file: reason` for every file that could not be read (the rest are imported). */
  errors: string[];
}

/** Zip bytes → captures. Manifest entries are taken whole; other archive files parsed (source `import`). */
export async function readZip(bytes: Uint8Array, parse?: ParseArchiveFile, importedAt = Date.now()): Promise<ImportedZip> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    return { captures: [], errors: [`zip: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const errors: string[] = [];
  const captures: ImportedZip['captures'] = [];
  const known = new Set<string>();
  const manifestBytes = files[MANIFEST_NAME];
  if (manifestBytes) {
    try {
      const manifest = JSON.parse(strFromU8(manifestBytes)) as Manifest;
      if (manifest.format !== 'rfi-lens-captures/1') throw new Error(`format ${String(manifest.format)} not understood`);
      for (const e of manifest.captures) {
        known.add(e.file);
        captures.push({ capture: e.capture, articleKey: e.articleKey });
      }
    } catch (error) {
      errors.push(`${MANIFEST_NAME}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const [name, data] of Object.entries(files)) {
    if (name === MANIFEST_NAME || known.has(name) || name.endsWith('/') || !/\.(txt|md)$/.test(name)) continue;
    if (!parse) {
      errors.push(`${name}: not in ${MANIFEST_NAME}, and no archive parser here`);
      continue;
    }
    const parsed = parse(strFromU8(data), name);
    if (!parsed.ok) {
      errors.push(`${name}:${parsed.line}: ${parsed.reason}`);
      continue;
    }
    try {
      const capture = await makeCapture(parsed.value, { source: 'import', capturedAt: parsed.value.archivedAt || importedAt, readUrl: parsed.value.url });
      captures.push({ capture });
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  captures.sort((a, b) => a.capture.capturedAt - b.capture.capturedAt);
  return { captures, errors };
}

/** Adds imported captures to the store, oldest first; a capture the store already holds is skipped. */
export async function importCaptures(store: CaptureStore, imported: ImportedZip['captures']): Promise<{ stored: number; skipped: number; evicted: AddResult['evicted'] }> {
  let stored = 0;
  let skipped = 0;
  const evicted: AddResult['evicted'] = [];
  for (const { capture, articleKey } of imported) {
    if (await store.byVersion(capture.article.source)) {
      skipped++;
      continue;
    }
    const r = await store.addCapture(capture, articleKey ? { articleKey } : {});
    if (r.status === 'stored') stored++;
    else skipped++;
    evicted.push(...r.evicted);
  }
  return { stored, skipped, evicted };
}
