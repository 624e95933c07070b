// What an import stopped half way leaves behind (run.ts), swept on the next start. Apart from
// run.ts so that what only sweeps (the options page on load, the background) does not pull in the
// archive compiler.
import type { ImportsBackend } from './types';

/**
 * Removes every `writing` source whose import is no longer running (`running(id)` false: in the
 * browser, no page holds its lock; in the CLI, its process is gone). Returns the ids removed.
 */
export async function sweepAbandoned(backend: ImportsBackend, running: (id: string) => Promise<boolean>): Promise<string[]> {
  const removed: string[] = [];
  for (const r of await backend.list()) {
    if (r.state !== 'writing' || (await running(r.id))) continue;
    await backend.remove(r.id);
    removed.push(r.id);
  }
  return removed;
}
