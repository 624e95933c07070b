// The article's `ui` question (settings, panel state, messages; Firefox: the gate sheet), asked by
// the loader at the same time as it asks for the article script, so the answer travels while the
// script is injected instead of after it (one round trip less before the first paint). The
// loader and the article script share the extension's isolated world, so the pending answer waits
// there for the article script; a page cannot see or set it. Without it (the loader did not ask),
// the article script asks itself.
import type { Reply } from '@/lib/protocol';
import { sendMessage } from '@/lib/messaging';
import { newGate } from '@/lib/overlay/host';
import { hostEdition, parseRfiPath } from '@/lib/rfi-url';
import type { UiSetup } from '@/lib/settings/ui-setup';

export interface SetupAsk {
  /** Firefox: the gate our hosts carry (lib/overlay/host.ts newGate); null elsewhere. */
  gate: string | null;
  answer: Promise<Reply<UiSetup>>;
}

const PENDING = Symbol.for('rfi-lens.setup');
type World = Record<symbol, SetupAsk | undefined>;

/** Asks the background for this page's setup (the edition from the URL, or a pre-2020 host's). */
export function askSetup(): SetupAsk {
  // Firefox runs nothing of ours once the extension is gone: our hosts are shown by a sheet the
  // background puts in the page, which Firefox takes away with the extension (host.ts newGate).
  const gate = import.meta.env.FIREFOX ? newGate() : null;
  const edition = parseRfiPath(location.href)?.edition ?? hostEdition(location.href);
  return { gate, answer: sendMessage('ui', { edition, languages: [...navigator.languages], ...(gate ? { gate } : {}) }) };
}

/** The loader: asks now and leaves the pending answer for the article script. */
export function askSetupAhead(): void {
  (globalThis as unknown as World)[PENDING] = askSetup();
}

/** The article script: the loader's pending question (once), or a new one. */
export function takeSetup(): SetupAsk {
  const world = globalThis as unknown as World;
  const ahead = world[PENDING];
  world[PENDING] = undefined;
  return ahead ?? askSetup();
}
