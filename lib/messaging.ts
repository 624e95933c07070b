// Seam: the only lib/ file (with storage) that touches `browser`. Sends and answers the typed
// messages of lib/protocol.ts.
import { browser } from 'wxt/browser';
import { packageMessages } from './i18n/package-messages';
import {
  dispatch,
  isEnvelope,
  isTabEvent,
  isWaybackTabEvent,
  type WaybackTabEvent,
  senderAllowed,
  type SenderInfo,
  type Envelope,
  type TabEvent,
  type Handlers,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

/** Asks the background; resolves to a Reply and never rejects. */
export async function sendMessage<K extends MessageName>(
  name: K,
  request: RequestOf<K>,
): Promise<Reply<ResponseOf<K>>> {
  const envelope: Envelope<K> = { rfiLens: 1, name, request };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
    return reply ?? { ok: false, error: 'the background did not answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the background's handlers; returns the function that removes them. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender?: SenderInfo): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    // Unknown senders (another extension, a page that is not rfi.fr, a forged name) get no answer.
    if (!senderAllowed(message, sender ?? {}, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return dispatch(handlers, message, { tabId: sender?.tab?.id ?? null, url: sender?.url ?? null });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends an event to a tab's content script (background only); a tab without one is ignored. */
export async function sendTabEvent(tabId: number, event: Omit<TabEvent, 'rfiLens'>): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { rfiLens: 1, ...event });
  } catch {
    // No content script in that tab (not an article, or not an rfi.fr page).
  }
}

/** Listens for the background's events in a content script; returns the function that stops it. */
export function onTabEvents(handler: (event: TabEvent) => void): () => void {
  const listener = (message: unknown): undefined => {
    if (isTabEvent(message)) handler(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Tells a tab's content script the reader's answer to the Wayback permission (background only). */
export async function sendWaybackEvent(tabId: number, granted: boolean): Promise<void> {
  const event: WaybackTabEvent = { rfiLens: 1, event: 'wayback-permission', granted };
  try {
    await browser.tabs.sendMessage(tabId, event);
  } catch {
    // The tab was closed or left the article meanwhile.
  }
}

/** Listens for the Wayback permission answer in a content script; returns the function that stops it. */
export function onWaybackEvents(handler: (event: WaybackTabEvent) => void): () => void {
  const listener = (message: unknown): undefined => {
    if (isWaybackTabEvent(message)) handler(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * This context's reader of the package's own messages.json (lib/i18n/package-messages.ts: one read
 * per locale, from a chrome-extension:// or moz-extension:// URL, never the network).
 */
export function extensionMessages(): ReturnType<typeof packageMessages> {
  return packageMessages(browser.runtime.getURL as (p: string) => string, (url) => fetch(url));
}
