// The options page's imported archives (lib/imports): the page reads the chosen folder or zip,
// compiles it with the build's compiler and writes it into the imports database itself (the
// extension's pages and its background share that IndexedDB), holding a Web Lock named after the
// import while it runs. A page closed or a browser stopped mid-import releases the lock: the next
// page (or the background) finds the source still `writing` with no lock held and removes it.
import { unzipSync } from 'fflate';
import { openImportsBackend } from '@/lib/imports/idb';
import { runImport, sweepAbandoned } from '@/lib/imports/run';
import { newImportId, type ImportFile, type ImportProgress, type ImportsBackend, type ImportSummary } from '@/lib/imports/types';

/** Told after every import or removal, so the background reads the list of sources again. */
const CHANGES = 'rfi-lens-imports';
export function announceImportsChanged(): void {
  const channel = new BroadcastChannel(CHANGES);
  channel.postMessage('changed');
  channel.close();
}
export function onImportsChanged(changed: () => void): void {
  new BroadcastChannel(CHANGES).onmessage = () => changed();
}

export const importLockName = (id: string) => `rfi-lens-import:${id}`;

/** Whether a page or worker of the extension still runs the import `id` (holds its lock). */
export async function importRunning(id: string): Promise<boolean> {
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === importLockName(id));
}

let opened: Promise<ImportsBackend> | null = null;
export function importsBackend(): Promise<ImportsBackend> {
  opened ??= openImportsBackend(indexedDB).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

/** Removes imports left `writing` by a page that is gone; true when one was removed. */
export async function sweepImports(): Promise<boolean> {
  return (await sweepAbandoned(await importsBackend(), importRunning)).length > 0;
}

/** A folder chosen with `webkitdirectory`: each file's path inside the folder, the folder's name. */
export function folderFiles(files: File[]): { name: string; files: ImportFile[] } {
  const path = (f: File) => (f.webkitRelativePath || f.name).replace(/\\/g, '/');
  const top = path(files[0]!).split('/')[0] ?? '';
  const inside = files.every((f) => path(f).startsWith(`${top}/`));
  return {
    name: inside ? top : (files[0]?.name ?? ''),
    files: files.map((f) => ({ name: inside ? path(f).slice(top.length + 1) : path(f), read: async () => new Uint8Array(await f.arrayBuffer()) })),
  };
}

export async function zipFiles(file: File): Promise<{ name: string; files: ImportFile[] }> {
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

export async function importFiles(input: { name: string; files: ImportFile[] }, onProgress: ImportProgress): Promise<ImportSummary> {
  const backend = await importsBackend();
  const id = newImportId(Date.now());
  try {
    return await navigator.locks.request(importLockName(id), () => runImport(backend, input.files, { id, name: input.name, now: Date.now, onProgress, pause }));
  } finally {
    announceImportsChanged();
  }
}

export async function removeImport(id: string): Promise<void> {
  await (await importsBackend()).remove(id);
  announceImportsChanged();
}
