// The one message protocol between the content script and the background: message name →
// request and response types. Replies are serialisable `{ ok, value } | { ok, error }`; no Error
// object crosses contexts. Pure types and guards; lib/messaging.ts does the sending.
import type { TabSummary } from './diff/summary-line';
import type { UiSetup } from './settings/ui-setup';
import type { PanelState } from './settings/settings';
import type { Article, Parsed, Report } from './types';

export interface ProtocolMap {
  /** The live article of a tab → everything the sidebar shows. */
  inspect: {
    /** `version`: the `source` of the archived version the reader chose (default: the newest). */
    request: { pageUrl: string; live: Parsed<Article>; version?: string | null };
    /** The report without the live article: the asker has it (withoutLive / withLive). */
    response: Comparison;
  };
  /**
   * What the content script needs to paint the panel: the reader's settings, the language for this
   * edition and that language's messages. `languages`: the page's navigator.languages.
   */
  ui: { request: { edition: string | null; languages: readonly string[] }; response: UiSetup };
  /** The reader collapsed/opened or resized the panel: remembered for the next pages. */
  panel: { request: Partial<PanelState>; response: PanelState };
  /** The popup asks what the background knows about a tab (null: no article compared there). */
  summary: { request: { tabId: number }; response: TabSummary | null };
}

/** A report as it crosses contexts: everything but the live article the content script sent. */
export type Comparison = Omit<Report, 'live' | 'liveWarnings'>;

export function withoutLive({ live: _live, liveWarnings: _warnings, ...comparison }: Report): Comparison {
  return comparison;
}

export function withLive(comparison: Comparison, live: Parsed<Article>): Report {
  return { ...comparison, live: live.value, liveWarnings: live.warnings };
}

/** Who sent a message: the tab of a content script, null for extension pages (popup). */
export interface Sender {
  tabId: number | null;
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

/** Runs the handler for an envelope and wraps the outcome; never throws. */
export async function dispatch(handlers: Handlers, envelope: Envelope, sender: Sender = { tabId: null }): Promise<Reply<unknown>> {
  const handler = handlers[envelope.name] as ((r: unknown, s: Sender) => unknown) | undefined;
  if (!handler) return { ok: false, error: `unknown message: ${String(envelope.name)}` };
  try {
    return { ok: true, value: await handler(envelope.request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
