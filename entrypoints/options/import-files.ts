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

/**
 * A folder chosen with `webkitdirectory`: each file's path inside the folder, the folder's name.
 * Takes the Files: `files` is emptied, and each reader lets go of its File once read, so no File
 * outlives its reading (Chromium keeps one IPC handle per File and, after a 100,000-file import,
 * closed them all at once when the page closed, stalling every extension message for seconds:
 * issue 9). compileImport reads each file once; a second read is an error, never silent.
 */
export function folderFiles(files: File[]): ChosenFiles {
  const path = (f: File) => (f.webkitRelativePath || f.name).replace(/\\/g, '/');
  const top = path(files[0]!).split('/')[0] ?? '';
  const inside = files.every((f) => path(f).startsWith(`${top}/`));
  const name = inside ? top : (files[0]?.name ?? '');
  const chosen = files.splice(0).map((f) => readOnce(inside ? path(f).slice(top.length + 1) : path(f), f));
  return { name, files: chosen };
}

/** An ImportFile that holds its File only until it is read. */
function readOnce(name: string, file: File): ImportFile {
  let held: File | null = file;
  return {
    name,
    read: async () => {
      if (!held) throw new Error(`${name}: already read (a picked file is read once)`);
      const f = held;
      held = null;
      return new Uint8Array(await f.arrayBuffer());
    },
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
