// The options page's import of a chosen folder or zip (imports.ts says how an import runs), loaded
// on the reader's choice (index.tsx): the unzipper and the archive compiler it pulls in stay out of
// the page's first load.
import { unzipSync } from 'fflate';
import { runImport } from '@/lib/imports/run';
import { newImportId, type ImportFile, type ImportProgress, type ImportSummary } from '@/lib/imports/types';
import { announceImportsChanged, importLockName, importsBackend } from './imports';

/** A chosen folder or zip: its name and its files. */
export interface ChosenFiles {
  name: string;
  files: ImportFile[];
}

/** A folder chosen with `webkitdirectory`: each file's path inside the folder, the folder's name. */
export function folderFiles(files: File[]): ChosenFiles {
  const path = (f: File) => (f.webkitRelativePath || f.name).replace(/\\/g, '/');
  const top = path(files[0]!).split('/')[0] ?? '';
  const inside = files.every((f) => path(f).startsWith(`${top}/`));
  return {
    name: inside ? top : (files[0]?.name ?? ''),
    files: files.map((f) => ({ name: inside ? path(f).slice(top.length + 1) : path(f), read: async () => new Uint8Array(await f.arrayBuffer()) })),
  };
}

export async function zipFiles(file: File): Promise<ChosenFiles> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    throw new Error(`${file.name}: not a readable zip (${error instanceof Error ? error.message : String(error)})`);
  }
  const files = Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, bytes]) => ({ name, read: () => bytes }));
  return { name: file.name, files };
}

/** Lets the page draw (the progress bar) between chunks of work. */
const pause = () => new Promise<void>((done) => setTimeout(done, 0));

export async function importFiles(input: ChosenFiles, onProgress: ImportProgress): Promise<ImportSummary> {
  const backend = await importsBackend();
  const id = newImportId(Date.now());
  try {
    return await navigator.locks.request(importLockName(id), () => runImport(backend, input.files, { id, name: input.name, now: Date.now, onProgress, pause }));
  } finally {
    announceImportsChanged();
  }
}
