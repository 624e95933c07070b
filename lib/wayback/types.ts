// The Wayback Machine lookup's vocabulary: CDX rows, captures with their provenance, verdicts and
// the lookup's outcome. Plain serialisable data, like lib/types.ts.
import type { ArchivedArticle, Warning } from '../types';

/** The public Wayback Machine; `--wayback-base` / a setting may name another server with the same API. */
export const WAYBACK_BASE = 'https://web.archive.org';

/** The optional host permission the browser part asks for, at the reader's first "look" (wxt.config.ts). */
export const WAYBACK_ORIGINS = ['https://web.archive.org/*'];

/** The CDX fields asked for (`fl=`), in this order: the plain-text output has no header row. */
export const CDX_FIELDS = ['timestamp', 'original', 'statuscode', 'digest', 'mimetype'] as const;
export type CdxField = (typeof CDX_FIELDS)[number];

/** One CDX line: `timestamp` is `yyyyMMddhhmmss` (UTC), `statuscode` may be `-` (revisit records). */
export type CdxRow = Record<CdxField, string>;

/** A capture as listed: the CDX row, its times and its two Wayback URLs. */
export interface WaybackCapture extends CdxRow {
  /** The timestamp as ISO 8601 (UTC). */
  capturedAt: string;
  /** The human Wayback page: `<base>/web/<timestamp>/<original>`. */
  waybackUrl: string;
  /** The original HTML, unrewritten: `<base>/web/<timestamp>id_/<original>`. */
  captureUrl: string;
  /** Later rows with the same digest (the same bytes), dropped as duplicates. */
  duplicates: number;
  /** Timestamp of the newest row with this digest (= `timestamp` when there is none). */
  lastSeen: string;
}

/**
 * Why a capture is not the article: an archived redirect (`redirect`, `home-page` when it leads to an
 * edition's home page), an archived error response (`error-page`), a page that is not an article or
 * has no text (`not-article`), another article (`other-article`: findMatch does not match it) or a
 * capture the service could not replay (`unavailable`).
 */
export type NotArticleReason = 'redirect' | 'home-page' | 'error-page' | 'not-article' | 'other-article' | 'unavailable';

export type CaptureVerdict =
  /** Fetched, extracted, and findMatch says it is the live article. */
  | { kind: 'article' }
  /**
   * `detail`: one English sentence; `target`: where a redirect leads, or the other article's URL, so
   * a UI can say it in the reader's language and link it without reading `detail`.
   */
  | { kind: 'not-article'; reason: NotArticleReason; detail: string; target: string | null }
  /** Listed but not fetched (the lookup stops at the first real capture). */
  | { kind: 'unchecked' };

export interface CaptureEntry extends WaybackCapture {
  verdict: CaptureVerdict;
}

/** Where a Wayback capture came from: what the store keeps beside the article. */
export interface WaybackProvenance {
  source: 'wayback';
  /** ISO capture time, from the CDX timestamp (of the response actually replayed). */
  capturedAt: string;
  timestamp: string;
  /** The URL that was captured (CDX `original`). */
  original: string;
  waybackUrl: string;
  captureUrl: string;
  /** The CDX digest (base-32 SHA-1 of the captured payload); `-` when the service replayed another capture than the one listed. */
  digest: string;
}

/** The capture compared with: its article (`source` = its Wayback page URL) and provenance. */
export interface ChosenCapture {
  article: ArchivedArticle;
  warnings: Warning[];
  provenance: WaybackProvenance;
}

/** One request the lookup sent (always GET, no body, see lib/wayback/http.ts for the headers). */
export interface SentRequest {
  method: 'GET';
  url: string;
  /** HTTP status, or null when no response came (network error). */
  status: number | null;
}

/** Why the lookup could not finish: the service is down, rate-limits, or answers nonsense. */
export interface LookupFailure {
  kind: 'outage' | 'rate-limited' | 'refused' | 'bad-response';
  /** HTTP status of the failing response, or null for a network error. */
  httpStatus: number | null;
  /** Rate limited: epoch ms before which no request may be sent (Retry-After, else a default). */
  retryAt: number | null;
  /** One English sentence for the reader. */
  message: string;
}

/**
 * The outcome: `found` (a real capture to compare with), `no-capture` (the service lists none),
 * `not-article` (captures exist but none checked is the article), `failed` (see `failure`).
 */
export interface WaybackLookup {
  status: 'found' | 'no-capture' | 'not-article' | 'failed';
  /** Every capture listed, newest first, duplicates by digest dropped, each with its verdict. */
  captures: CaptureEntry[];
  chosen: ChosenCapture | null;
  failure: LookupFailure | null;
  requests: SentRequest[];
  /** CDX lines that could not be read, rows for another URL, bounds reached. */
  warnings: string[];
}
