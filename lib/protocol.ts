// The one message protocol between the content script and the background: message name →
// request and response types. Replies are serialisable `{ ok, value } | { ok, error }`; no Error
// object crosses contexts. Pure types and guards; lib/messaging.ts does the sending.
import type { SummaryPart } from './diff/summary-line';
import type { TargetKind } from './diff/targets';
import type { OwnArchiveStatus } from './store/status';
import type { UiSetup } from './settings/ui-setup';
import type { PanelState } from './settings/settings';
import type { Article, Parsed, Report } from './types';
import type { ArticleRef } from './watch/state';
import type { WatchItem, WatchList } from './watch/view';
import type { WaybackOutcome } from './wayback/outcome';

export interface ProtocolMap {
  /** The live article of a tab → everything the sidebar shows. */
  inspect: {
    /** `version`: the `source` of the archived version the reader chose (default: the newest). */
    request: { pageUrl: string; live: Parsed<Article>; version?: string | null };
    /** The report without the live article (the asker has it: withoutLive / withLive); `own`: the
     *  reader's store and this visit (absent where no store answers, e.g. the CLI). */
    response: Comparison & { own?: OwnArchiveStatus };
  };
  /** Own archive: turn storing visits on or off; answers the new status. */
  visitsSet: { request: { on: boolean }; response: OwnArchiveStatus };
  /** Own archive: forget the reader's visits, of one article (`articleKey`) or all (null). */
  visitsForget: { request: { articleKey: string | null }; response: { removed: number; own: OwnArchiveStatus } };
  /** Own archive: a file for the reader to save (the compared capture, or the edit report). */
  exportFile: { request: { report: Report; pageUrl: string; kind: ExportKind }; response: ExportedFile };
  /**
   * What the content script needs to paint the panel: the reader's settings, the language for this
   * edition and that language's messages. `languages`: the page's navigator.languages. `gate`
   * (Firefox): put the sheet that shows our hosts in the sender's page first (lib/overlay/host.ts).
   */
  ui: { request: { edition: string | null; languages: readonly string[]; gate?: string }; response: UiSetup };
  /**
   * The content script's loader found an article-shaped document: inject the article script into
   * the sender's top frame (entrypoints/rfi-article). Answers whether it was injected.
   */
  load: { request: Record<string, never>; response: boolean };
  /** The reader collapsed/opened or resized the panel: remembered for the next pages. */
  panel: { request: Partial<PanelState>; response: PanelState };
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
  /**
   * The Wayback Machine (issue 9): list this article's captures and store the newest (or `prefer`:
   * a listed timestamp) that is the article. `asked`: the reader clicked, so the permission may be
   * asked now; false (setting `always`) never asks. The sidebar then compares through `inspect`.
   */
  waybackLookup: { request: { pageUrl: string; live: Parsed<Article>; prefer?: string | null; asked: boolean }; response: WaybackOutcome };
  /**
   * Our permission window: the reader's answer to "allow web.archive.org?" for the article open in
   * `tabId` (the window was opened for it); the background tells that tab (WaybackTabEvent).
   */
  waybackAnswer: { request: { granted: boolean; tabId: number }; response: null };
}

/** What the popup shows for a tab: kept by the background per tab, in memory only. */
export interface TabSummary {
  title: string;
  /** The edition of the article (it picks the popup's default language). */
  edition: string | null;
  /** What changed (summaryParts), or null when the article is not in the archive. */
  parts: SummaryPart[] | null;
  count: number;
  archivedAt: number | null;
  silentEdit: boolean;
  /** The first changes, in reading order: kind and a short excerpt of the live (or archived) text. */
  items: { kind: TargetKind; text: string }[];
}

/** A change to show on the page (sidebar buttons, the jump shortcut): an index (lib/diff/targets.ts) or a step from the current one. */
export type JumpTarget = number | 'next' | 'previous';

/** What finding an entity on the page gave (page → sidebar): the current mention, of how many. */
export interface FindResult {
  index: number;
  total: number;
}

/** What "Export" writes: the compared capture as an archive file, or the edit report. */
export type ExportKind = 'capture' | 'report-md' | 'report-json';

export interface ExportedFile {
  fileName: string;
  mime: string;
  text: string;
}

/** A report as it crosses contexts: everything but the live article the content script sent. */
export type Comparison = Omit<Report, 'live' | 'liveWarnings'>;

export function withoutLive<R extends Report>({ live: _live, liveWarnings: _warnings, ...comparison }: R): Omit<R, 'live' | 'liveWarnings'> {
  return comparison;
}

export function withLive<C extends Comparison>(comparison: C, live: Parsed<Article>): C & Report {
  return { ...comparison, live: live.value, liveWarnings: live.warnings };
}

/** Who sent a message: the tab of a content script, null for extension pages (popup). */
export interface Sender {
  tabId: number | null;
  /** The sending page's URL, when the browser gives it. */
  url?: string | null;
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

/** Messages the content script sends besides `inspect` (every other one comes from our own pages only). */
const FROM_TABS: Partial<Record<MessageName, true>> = { load: true, ui: true, panel: true, visitsSet: true, visitsForget: true, exportFile: true, watchStatus: true, watchSet: true, waybackLookup: true };

/**
 * Is a message from `sender` one we answer? Only our own extension; `inspect` only from a tab on
 * rfi.fr (our content script), asking about an rfi.fr page; the sidebar's controls (FROM_TABS) from
 * an rfi.fr tab or our pages; the rest only from our own pages (the popup, under `extensionOrigin`). Everything else is refused unanswered.
 */
export function senderAllowed(envelope: Envelope, sender: SenderInfo, ownId: string, extensionOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  if (envelope.name === 'inspect') {
    const request = envelope.request as Partial<RequestOf<'inspect'>> | null;
    return sender.tab?.id !== undefined && onRfi(sender.url) && typeof request === 'object' && request !== null && onRfi(request.pageUrl);
  }
  const fromOwnPage = sender.tab === undefined || Boolean(sender.url?.startsWith(extensionOrigin));
  // The sidebar's own-archive and watch controls: our content script on an rfi.fr tab, or our pages.
  return fromOwnPage || (Object.hasOwn(FROM_TABS, envelope.name) && sender.tab?.id !== undefined && onRfi(sender.url));
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

/** The background tells a tab the reader's answer in the Wayback permission window (no reply). */
export interface WaybackTabEvent {
  rfiLens: 1;
  event: 'wayback-permission';
  granted: boolean;
}

export function isWaybackTabEvent(message: unknown): message is WaybackTabEvent {
  const m = message as Partial<WaybackTabEvent> | null;
  return typeof m === 'object' && m !== null && m.rfiLens === 1 && m.event === 'wayback-permission' && typeof m.granted === 'boolean';
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
