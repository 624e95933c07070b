// The reader's own archive: what one stored capture is and what the store answers. Plain,
// serialisable data (it crosses into IndexedDB and the message protocol).
import type { ArticleIdentity } from './identity';
import type { ArchivedArticle, CaptureSource } from '../types';

export type { CaptureSource } from '../types';

export const CAPTURE_SOURCES: readonly CaptureSource[] = ['bundled', 'visit', 'watch', 'feed', 'wayback', 'import'];

/** The reader's own captures: what "forget my visits" and the size cap's eviction may delete. */
export const OWN_SOURCES: readonly CaptureSource[] = ['visit', 'watch', 'feed'];

/** One capture of an article with its provenance. Build it with makeCapture (lib/store/capture.ts). */
export interface Capture {
  source: CaptureSource;
  /** Epoch ms when the text was read (also `article.archivedAt`). */
  capturedAt: number;
  /** The URL the text was read at (the tab's or the fetched URL; the canonical is `article.url`). */
  readUrl: string;
  /** SHA-256 hex of the normalised text (captureHash): equal hashes = the same text. */
  hash: string;
  /**
   * The article as the engine reads it. `article.source` is the capture's version id
   * (`visit/1733580000000-1a2b3c4d`), unique in the store and what the version picker sends back.
   */
  article: ArchivedArticle;
}

/** A capture as the store holds it. */
export interface StoredCapture extends Capture {
  /** The store's key (auto-increment). */
  id: number;
  /**
   * Which article the capture belongs to: by default the URL key of the canonical URL (else of
   * `readUrl`); the caller may pass the key of a capture the match found (same article, new URL).
   */
  articleKey: string;
  /** URL keys of `readUrl` and `article.url` (lookup by URL). */
  urlKeys: string[];
  /** Filing day `YYYYMMDD` (URL date, else display day, else capture day), as the bundled corpus files it. */
  day: string;
  /** Size in bytes (UTF-8 of its JSON, with its share of its article's identity record): what the size cap counts. */
  bytes: number;
}

/** What a lookup reads of the store (lib/store/lookup.ts), through the context's cache (lookup-cache.ts). */
export interface StoreLookup {
  /** Article records holding this URL key. */
  articlesForUrl(key: string): Promise<ArticleIdentity[]>;
  /** Article records with a capture filed on one of these days (each once). */
  articlesOnDays(days: string[]): Promise<ArticleIdentity[]>;
  /** Every capture of an article, newest first (a fresh array; the captures are shared: read only). */
  captures(articleKey: string): Promise<StoredCapture[]>;
}

/** A capture removed by the size cap, reported to the reader. */
export interface EvictedCapture {
  id: number;
  source: CaptureSource;
  capturedAt: number;
  title: string;
  readUrl: string;
  bytes: number;
}

export interface AddResult {
  /** `unchanged`: the hash equals the last stored capture of the same article; nothing written. */
  status: 'stored' | 'unchanged';
  /** The capture stored, or the last stored one it equals. */
  capture: StoredCapture;
  /** Captures the size cap removed to make room (oldest own captures first); usually empty. */
  evicted: EvictedCapture[];
}

export interface StoreUsage {
  captures: number;
  bytes: number;
  /** The size cap in bytes. */
  cap: number;
}

export interface AddOptions {
  /** The article the capture belongs to (StoredCapture.articleKey), when the caller knows better than the URL. */
  articleKey?: string;
}

/** The operations of the store (lib/store/store.ts). Every method rejects with StoreError on failure. */
export interface CaptureStore {
  /** Stores a capture unless its hash equals the last stored capture of the same article. */
  addCapture(capture: Capture, options?: AddOptions): Promise<AddResult>;
  /** The newest capture of an article (by articleKey), or null. */
  latest(articleKey: string): Promise<StoredCapture | null>;
  /** The newest capture read at or canonical to this URL (any form: urlKey), or null. */
  latestForUrl(url: string): Promise<StoredCapture | null>;
  /** Every capture of an article, newest first. */
  captures(articleKey: string): Promise<StoredCapture[]>;
  /** Every capture whose readUrl or canonical URL has this URL's key, newest first. */
  capturesForUrl(url: string): Promise<StoredCapture[]>;
  /** Every capture filed under these days (`YYYYMMDD`). */
  capturesOnDays(days: string[]): Promise<StoredCapture[]>;
  /** What one lookup reads: the articles' identity records and their captures (lib/store/lookup.ts), cached while the store does not change. */
  lookup(): Promise<StoreLookup>;
  /** Captures by store id (missing ids left out). */
  byIds(ids: number[]): Promise<StoredCapture[]>;
  /** One capture by its version id (`article.source`), or null. */
  byVersion(version: string): Promise<StoredCapture | null>;
  /** Every capture, oldest first. */
  all(): Promise<StoredCapture[]>;
  /** Every capture's id, oldest first (the streamed export reads them in batches with byIds). */
  ids(): Promise<number[]>;
  /** Deletes every capture of these sources (default: the reader's own); returns how many. */
  forgetAll(sources?: readonly CaptureSource[]): Promise<number>;
  /** Deletes an article's captures of these sources (default: the reader's own); returns how many. */
  forgetArticle(articleKey: string, sources?: readonly CaptureSource[]): Promise<number>;
  usage(): Promise<StoreUsage>;
  /** Changes the size cap; evicts at once when over it. */
  setCap(bytes: number): Promise<EvictedCapture[]>;
  close(): void;
}

/** Default size cap: 200 MB. */
export const DEFAULT_CAP_BYTES = 200 * 1024 * 1024;

/** A store failure the reader is told about (quota reached, database blocked or broken). */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: 'quota' | 'failed',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** An extraction with no text: never stored. */
export class EmptyCaptureError extends Error {
  constructor(message = 'The page gave no article text to store.') {
    super(message);
    this.name = 'EmptyCaptureError';
  }
}
