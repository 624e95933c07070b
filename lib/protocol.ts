// The one message protocol between the content script and the background: message name →
// request and response types. Replies are serialisable `{ ok, value } | { ok, error }`; no Error
// object crosses contexts. Pure types and guards; lib/messaging.ts does the sending.
import type { Article, Parsed, Report } from './types';

export interface ProtocolMap {
  /** The live article of a tab → everything the sidebar shows. */
  inspect: { request: { pageUrl: string; live: Parsed<Article> }; response: Report };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The envelope on the wire; `rfiLens` keeps our messages apart from anyone else's. */
export interface Envelope<K extends MessageName = MessageName> {
  rfiLens: 1;
  name: K;
  request: RequestOf<K>;
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { rfiLens?: unknown }).rfiLens === 1 &&
    typeof (message as { name?: unknown }).name === 'string'
  );
}

export type Handlers = {
  [K in MessageName]: (request: RequestOf<K>) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Runs the handler for an envelope and wraps the outcome; never throws. */
export async function dispatch(handlers: Handlers, envelope: Envelope): Promise<Reply<unknown>> {
  const handler = handlers[envelope.name] as ((r: unknown) => unknown) | undefined;
  if (!handler) return { ok: false, error: `unknown message: ${String(envelope.name)}` };
  try {
    return { ok: true, value: await handler(envelope.request) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
