// The reader's store as the watch loop opens it: once per background start, on first use.
import { openStore, type CaptureStore } from '@/lib/store';

/** A getter that opens the store on first call and then returns the same one (a failed open is retried). */
export function lazyStore(): () => Promise<CaptureStore> {
  let opening: Promise<CaptureStore> | null = null;
  return () => {
    opening ??= openStore({ factory: indexedDB }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
}
