// The options page's imported archives (lib/imports): the page reads the chosen folder or zip,
// compiles it with the build's compiler and writes it into the imports database itself (the
// extension's pages and its background share that IndexedDB), holding a Web Lock named after the
// import while it runs. A page closed or a browser stopped mid-import releases the lock: the next
// page (or the background) finds the source still `writing` with no lock held and removes it.
// What reads and compiles a chosen folder or zip (fflate, the archive parser) is in
// import-files.ts, loaded on the reader's choice, not with the page.
import { openImportsBackend } from '@/lib/imports/idb';
import { sweepAbandoned } from '@/lib/imports/sweep';
import type { ImportsBackend } from '@/lib/imports/types';

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

export async function removeImport(id: string): Promise<void> {
  await (await importsBackend()).remove(id);
  announceImportsChanged();
}
