// What the watch tests do inside the extension, in either browser: read the stored watch state,
// and make time pass. Time passing is simulated the only way a test can: the stored state is
// moved as the clock would have moved it, then the loop's alarm is set to fire now, through the
// extension's own storage and alarms APIs (from an extension page: no backdoor in the extension).

type G = typeof globalThis & { chrome: any; browser?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs a function in an extension page of the browser under test. */
export interface ExtensionRunner {
  inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}

/** The stored watch state (the `watch` key of chrome.storage.local). */
export function storedState(b: ExtensionRunner): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return b.inWorker(async () => (await ((globalThis as G).browser ?? (globalThis as G).chrome).storage.local.get('watch')).watch ?? null, null);
}

/**
 * As if time had passed: the clock jumps to the next due read (every due time moves back by the
 * same amount, so their order stays), or only the watches whose URL contains `only` become due,
 * or (`feeds`) only the followed feeds; the limiter is free; then the loop's alarm fires.
 */
export async function timePasses(b: ExtensionRunner, only: string | null = null, feeds = false): Promise<void> {
  await b.inWorker(async ([filter, withFeeds]) => {
    const c = ((globalThis as G).browser ?? (globalThis as G).chrome);
    const { watch } = await c.storage.local.get('watch');
    const now = Date.now();
    const entries = (Object.values(watch.entries) as { url: string; dueAt: number | null }[]).filter((e) => e.dueAt !== null);
    if (filter !== null) {
      for (const e of entries) if (decodeURI(e.url).includes(filter)) e.dueAt = now - 1000;
    } else if (entries.length > 0 && !withFeeds) {
      const jump = Math.max(0, Math.min(...entries.map((e) => e.dueAt!)) - now + 1000);
      for (const e of entries) e.dueAt! -= jump;
    }
    if (withFeeds) for (const f of Object.values(watch.follows) as { lastReadAt: number | null }[]) if (f.lastReadAt !== null) f.lastReadAt = now - 11 * 60_000;
    watch.limiter = { lastRequestAt: null, failures: 0, blockedUntil: null };
    await c.storage.local.set({ watch });
    await c.alarms.create('rfi-lens-watch', { when: Date.now() });
  }, [only, feeds] as const);
}

/**
 * The watch suites read the panel's and popup's English: the reader's language is set to English,
 * the other settings stay at their defaults (the panel opens by itself only where edits are found).
 */
export async function inEnglish(b: ExtensionRunner): Promise<void> {
  const settings = { openMode: 'edits', sideBySide: true, language: 'en', theme: 'auto' };
  await b.inWorker(async (s) => void (await ((globalThis as G).browser ?? (globalThis as G).chrome).storage.local.set({ settings: s })), settings);
}
