// The one message protocol between the content script and the background: message name →
// request and response types. Replies are serialisable `{ ok, value } | { ok, error }`; no Error
// object crosses contexts. Pure types and guards; lib/messaging.ts does the sending.
import type { TabSummary } from './diff/summary-line';
import type { Article, Parsed, Report } from './types';

export interface ProtocolMap {
  /** The live article of a tab → everything the sidebar shows. */
  inspect: {
    /** `version`: the `source` of the archived version the reader chose (default: the newest). */
    request: { pageUrl: string; live: Parsed<Article>; version?: string | null };
    response: Report;
  };
  /** The popup asks what the background knows about a tab (null: no article compared there). */
  summary: { request: { tabId: number }; response: TabSummary | null };
}

/** Who sent a message: the tab of a content script, null for extension pages (popup). */
export interface Sender {
  tabId: number | null;
}

/** What the browser says about a message's sender (runtime.MessageSender, the fields we read). */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string;
  /** The sending page or frame. */
  url?: string;
  tab?: { id?: number };
}

/** Is `url` an http(s) page on rfi.fr (not a look-alike such as rfi.fr.evil.example or evilrfi.fr)? */
function onRfi(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && /(^|\.)rfi\.fr$/.test(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * Is a message from `sender` one we answer? Only our own extension; `inspect` only from a tab on
 * rfi.fr (our content script), asking about an rfi.fr page; `summary` only from our own pages
 * (the popup, under `extensionOrigin`). Everything else is refused unanswered.
 */
export function senderAllowed(envelope: Envelope, sender: SenderInfo, ownId: string, extensionOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  if (envelope.name === 'inspect') {
    const request = envelope.request as Partial<RequestOf<'inspect'>> | null;
    return sender.tab?.id !== undefined && onRfi(sender.url) && typeof request === 'object' && request !== null && onRfi(request.pageUrl);
  }
  return sender.tab === undefined || Boolean(sender.url?.startsWith(extensionOrigin));
}

/** Events the background sends to a tab's content script (no reply): the jump shortcut. */
export interface TabEvent {
  rfiLens: 1;
  event: 'jump';
  direction: 'next' | 'previous';
}

export function isTabEvent(message: unknown): message is TabEvent {
  const m = message as Partial<TabEvent> | null;
  return typeof m === 'object' && m !== null && m.rfiLens === 1 && m.event === 'jump' && (m.direction === 'next' || m.direction === 'previous');
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

type Handler<K extends MessageName> = (request: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;

/** `inspect` must be answered; the others only by the context that owns them (the background). */
export type Handlers = { inspect: Handler<'inspect'> } & { [K in Exclude<MessageName, 'inspect'>]?: Handler<K> };

/** The handler registered under `name` itself: never one inherited from Object.prototype (`constructor`, `toString` …). */
function ownHandler(handlers: Handlers, name: string): ((r: unknown, s: Sender) => unknown) | null {
  if (!Object.prototype.hasOwnProperty.call(handlers, name)) return null;
  const handler: unknown = (handlers as Record<string, unknown>)[name];
  return typeof handler === 'function' ? (handler as (r: unknown, s: Sender) => unknown) : null;
}

/** Runs the handler for an envelope and wraps the outcome; never throws. */
export async function dispatch(handlers: Handlers, envelope: Envelope, sender: Sender = { tabId: null }): Promise<Reply<unknown>> {
  const handler = ownHandler(handlers, envelope.name);
  if (!handler) return { ok: false, error: `unknown message: ${String(envelope.name).slice(0, 80)}` };
  try {
    return { ok: true, value: await handler(envelope.request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
