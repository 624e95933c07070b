// What the sidebar shows about the reader's own archive for one page: plain data from the background.
import type { StoreUsage } from './types';

/** What happened to this visit's text. */
export type VisitOutcome =
  /** stored as a new capture */
  | 'stored'
  /** the same text as the last stored capture: nothing written */
  | 'unchanged'
  /** storing visits is switched off */
  | 'off'
  /** the page gave no text to store */
  | 'empty'
  /** not a first look at the page (another version chosen, a refresh of the panel) */
  | 'none'
  /** the store failed (see `error`) */
  | 'failed';

export interface OwnArchiveStatus {
  /** Storing visits is on (the setting). */
  visits: boolean;
  /** Show the first-time sentence: local only, nothing leaves the browser, how to turn it off. */
  firstNotice: boolean;
  visit: VisitOutcome;
  /** Captures the size cap removed to store this one (oldest of the reader's own first). */
  evicted: number;
  /** A store failure in words (quota reached …), shown to the reader; null when all went well. */
  error: string | null;
  /** The article's key in the store (what "forget this article" sends), null when it has none there. */
  articleKey: string | null;
  usage: StoreUsage | null;
}

/** What an import did. */
export interface ImportOutcome {
  stored: number;
  skipped: number;
  /** Captures of the reader's own the size cap removed to make room (oldest first). */
  evicted: number;
  /** Captures read from the zip. */
  read: number;
  /** `file: reason` for each file the zip reader refused, `url: reason` for each capture the store refused. */
  errors: string[];
}
