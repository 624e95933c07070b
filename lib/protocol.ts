// The one message protocol between the content script and the background: message name →
// request and response types. Replies are serialisable `{ ok, value } | { ok, error }`; no Error
// object crosses contexts. Pure types and guards; lib/messaging.ts does the sending.
import type { TabSummary } from './diff/summary-line';
import type { OwnArchiveStatus } from './store/status';
import type { Article, Parsed, Report } from './types';
import type { ArticleRef } from './watch/state';
import type { WatchItem, WatchList } from './watch/view';

export interface ProtocolMap {
  /** The live article of a tab → everything the sidebar shows. */
  inspect: {
    /** `version`: the `source` of the archived version the reader chose (default: the newest). */
    request: { pageUrl: string; live: Parsed<Article>; version?: string | null };
    /** `own`: the reader's store and this visit (absent where no store answers, e.g. the CLI). */
    response: Report & { own?: OwnArchiveStatus };
  };
  /** Own archive: turn storing visits on or off; answers the new status. */
  visitsSet: { request: { on: boolean }; response: OwnArchiveStatus };
  /** Own archive: forget the reader's visits, of one article (`articleKey`) or all (null). */
  visitsForget: { request: { articleKey: string | null }; response: { removed: number; own: OwnArchiveStatus } };
  /** Own archive: a file for the reader to save (the compared capture, or the edit report). */
  exportFile: { request: { report: Report; pageUrl: string; kind: ExportKind }; response: ExportedFile };
  /** The popup asks what the background knows about a tab (null: no article compared there). */
  summary: { request: { tabId: number }; response: TabSummary | null };
  /** Watch: is this article watched (null: no)? `seen` marks its edits as seen by the reader. */
  watchStatus: { request: { url: string; seen?: boolean }; response: WatchItem | null };
  /** Watch: start (`article`) or stop watching an article; answers its new status. */
  watchSet: { request: { article: ArticleRef; on: boolean }; response: WatchItem | null };
  /** Watch: everything the popup lists (watched articles, followed editions, their edits). */
  watchList: { request: Record<string, never>; response: WatchList };
  /** Follow an edition (`cn`, `tw`, `fr`, `en` …) or stop following it. */
  followSet: { request: { edition: string; on: boolean }; response: WatchList };
  /** Turn the "edited since you read it" notification on or off (the popup asks the permission first). */
  notifySet: { request: { on: boolean }; response: WatchList };
}

/** What "Export" writes: the compared capture as an archive file, or the edit report. */
export type ExportKind = 'capture' | 'report-md' | 'report-json';

export interface ExportedFile {
  fileName: string;
  mime: string;
  text: string;
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
