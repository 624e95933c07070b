// What a reader of RFI Lens reports it could not read: warning codes, warnings and parse results.
// Plain, serialisable data (lib/types.ts re-exports them as the shared vocabulary).
import type { Article } from './types';

/** A live-page field extraction found nothing for (lib/page/extract.ts): its warning is `missing-<field>`. */
export type MissingField = 'url' | 'title' | 'lead' | 'published' | 'modified' | 'authors' | 'image' | 'section' | 'language' | 'edition' | 'content-id';

/** Every warning code a reader of RFI Lens can give: a new one is added here, so consumers can switch on them. */
export type WarningCode =
  // live page (lib/page/extract.ts, jsonld.ts; lib/limits.ts)
  | `missing-${MissingField}`
  | 'no-body'
  | 'empty-body'
  | 'bad-json-ld'
  | 'bad-datalayer'
  | 'too-large'
  // archive file (lib/archive/parse-file.ts)
  | 'bad-header'
  | 'no-date'
  | 'no-image'
  | 'no-paragraphs'
  | 'no-author'
  | 'no-lead'
  | 'replacement-char'
  | 'no-edition'
  // feed (lib/feed/rss.ts)
  | 'not-a-feed'
  | 'item-without-link';

/** A problem met while reading a page or an archive file. Parsers return these; they never throw. */
export interface Warning {
  /** Machine code, e.g. `missing-title`, `bad-header`, `no-body`. */
  code: WarningCode;
  /** The Article field concerned, when there is one. */
  field?: keyof Article | 'header' | 'body';
  /** The selector or rule that found nothing, when there is one. */
  selector?: string;
  /** Human sentence. */
  message: string;
}

/** The result of a parser: the value plus what could not be read. */
export interface Parsed<T> {
  value: T;
  warnings: Warning[];
}
