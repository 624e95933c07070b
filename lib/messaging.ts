// Seam: the only lib/ file (with storage) that touches `browser`. Sends and answers the typed
// messages of lib/protocol.ts.
import { browser } from 'wxt/browser';
import {
  dispatch,
  isEnvelope,
  type Envelope,
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
  const listener = (message: unknown): Promise<Reply<unknown>> | undefined =>
    isEnvelope(message) ? dispatch(handlers, message) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
