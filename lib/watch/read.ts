// One re-read of a watched article: the answer to a request for its own URL, classified as what it
// is, and only an article that was really read handed to the store. Pure: fetching, parsing and
// storing come in as functions (the background passes the browser's, tests pass their own).
import { parseRfiPath } from '../rfi-url';
import { urlKey } from '../match/url-key';
import type { Article, Parsed } from '../types';
import type { Outcome } from './state';

/** What a request gave: an answer (after redirects) or no answer at all. */
export type FetchResult =
  | { kind: 'answer'; status: number; finalUrl: string; body: string }
  | { kind: 'error'; message: string };

/** Where captures go (the store). */
export interface CaptureSink {
  /**
   * Stores `article` read at `readUrl` when its text differs from the last stored capture of the
   * same article: `first` (no capture before), `changed` (a new capture stored) or `same` (nothing
   * stored).
   */
  record(article: Article, capture: { source: 'watch' | 'feed'; capturedAt: number; readUrl: string }): Promise<'first' | 'changed' | 'same'>;
}

export interface ReadDeps {
  fetchPage(url: string): Promise<FetchResult>;
  /** The same extractor as the content script, on a Document parsed from `html` (null: not an article). */
  extract(html: string, url: string): Promise<Parsed<Article> | null>;
  sink: CaptureSink;
}

/** Statuses that say the server or the way to it is in trouble: read again after the backoff. */
function isOutageStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 403 || status === 408;
}

/** Does `finalUrl` (after redirects) still name the article of `url`? Same key, or same date and slug (section ↔ column path). */
export function sameArticleUrl(url: string, finalUrl: string): boolean {
  if (urlKey(url) === urlKey(finalUrl)) return true;
  const a = parseRfiPath(url);
  const b = parseRfiPath(finalUrl);
  return Boolean(a && b && a.slug && a.edition === b.edition && a.date === b.date && a.slug === b.slug);
}

/**
 * The outcome of a request when it settles the read by itself (outage, gone, redirect, other
 * status), or null when the answer is a page to read.
 */
export function classifyAnswer(url: string, result: FetchResult, at: number): Outcome | null {
  if (result.kind === 'error') return { kind: 'outage', at, status: null, detail: result.message };
  const { status, finalUrl } = result;
  if (status === 404 || status === 410) return { kind: 'gone', at, status, detail: null };
  if (isOutageStatus(status)) return { kind: 'outage', at, status, detail: null };
  if (status < 200 || status >= 300) return { kind: 'unreadable', at, status, detail: `HTTP ${status}` };
  if (!sameArticleUrl(url, finalUrl)) return { kind: 'redirected', at, status, detail: finalUrl };
  return null;
}

/** True when an extraction holds enough to be a capture: a title and at least one paragraph. */
export function isReadable(parsed: Parsed<Article> | null): parsed is Parsed<Article> {
  return parsed !== null && parsed.value.title.trim() !== '' && parsed.value.paragraphs.length > 0;
}

/** Reads `url` once and stores what it finds; never throws (a failure is an outcome). */
export async function readArticle(url: string, deps: ReadDeps, source: 'watch' | 'feed', now: () => number): Promise<Outcome> {
  const result = await deps.fetchPage(url).catch((e: unknown): FetchResult => ({ kind: 'error', message: String(e) }));
  const at = now();
  const settled = classifyAnswer(url, result, at);
  if (settled || result.kind !== 'answer') return settled ?? { kind: 'outage', at, status: null, detail: null };
  let parsed: Parsed<Article> | null;
  try {
    parsed = await deps.extract(result.body, result.finalUrl);
  } catch (error) {
    return { kind: 'unreadable', at, status: result.status, detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isReadable(parsed)) return { kind: 'unreadable', at, status: result.status, detail: parsed ? 'no article text on the page' : 'not an article page' };
  try {
    const stored = await deps.sink.record(parsed.value, { source, capturedAt: at, readUrl: result.finalUrl });
    return { kind: stored === 'first' ? 'captured' : stored === 'changed' ? 'edited' : 'unchanged', at, status: result.status, detail: null };
  } catch (error) {
    // The store refused (quota …): said, and read again on schedule; never a silent loss.
    return { kind: 'store-error', at, status: result.status, detail: `not stored: ${error instanceof Error ? error.message : String(error)}` };
  }
}
