// The shared vocabulary of RFI Lens. Every value here is plain, serialisable data: it crosses the
// content-script ↔ background boundary and is printed by `rfi-lens inspect --json`.

/** A problem met while reading a page or an archive file. Parsers return these; they never throw. */
export interface Warning {
  /** Machine code, e.g. `missing-title`, `bad-header`, `no-body`. */
  code: string;
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

/** One block of article text, in reading order. */
export interface Block {
  /** `p` for prose, `h` for an inner heading (h2/h3), `quote` for a blockquote, `li` for list items. */
  kind: 'p' | 'h' | 'quote' | 'li';
  /** Whitespace-normalised text as a reader sees it (no markup). */
  text: string;
}

/**
 * One article, live or archived. Both sides become this type, and matching, diff and entities work
 * only on it. Absent values are `null` / empty arrays, never `undefined`.
 */
export interface Article {
  /** Absolute URL as found (canonical link for a live page, line-2 URL for an archive file). */
  url: string;
  /** Headline without the ` - <column>` suffix or the wire suffix. */
  title: string;
  /** The column named by a ` - <column>` title suffix or a `/专栏检索/<column>/` path, if any. */
  column: string | null;
  /** The lead (chapo), or null when the article has none (wire copy). */
  lead: string | null;
  /** Body blocks without the lead, promo, ad, share or author residue. */
  paragraphs: Block[];
  authors: string[];
  /** ISO 8601 with offset (`2023-03-02T20:57:00.000Z`), or null. */
  published: string | null;
  modified: string | null;
  /** Section (政治, 中国, contenu …) from metadata or the URL path. */
  section: string | null;
  /** Edition code from the URL (`cn`, `fr`, `en` …), or the page language when the URL has none. */
  edition: string | null;
  /** BCP 47 language (`zh-Hans`, `fr`, `en`). */
  language: string | null;
  /** Lead image URL. */
  image: string | null;
  /** RFI's content id (`WBMZ146377-RFI-CN-20251130`): live pages only. */
  contentId: string | null;
}

/** An archived capture: the article plus what the archive file says about the capture itself. */
export interface ArchivedArticle extends Article {
  /** Line 1 epoch milliseconds (the feed item's pubDate, used as the capture time). */
  archivedAt: number;
  /** The body's `<div>DD/MM/YYYY - HH:MM</div>` display line as ISO (Paris time converted), or null. */
  displayedAt: string | null;
  /** The raw line-2 title, suffixes included. */
  rawTitle: string;
  /** Where it came from: file name relative to the corpus folder. */
  source: string;
}

/** The compiled corpus the extension ships (and the CLI builds on the fly). */
export interface CorpusIndex {
  version: 1;
  /** ISO time of the build. */
  builtAt: string;
  articles: ArchivedArticle[];
  /** Normalised URL key → indexes into `articles`. */
  byUrl: Record<string, number[]>;
}

export type MatchMethod = 'url' | 'canonical' | 'identity';

export interface Match {
  url: string;
  archivedAt: number;
  title: string;
  method: MatchMethod;
  /** 0..1; 1 for an exact normalised URL. */
  confidence: number;
  /** Index into `CorpusIndex.articles`. */
  index: number;
}

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'DATE' | 'MISC';

export interface Entity {
  /** Canonical surface form. */
  text: string;
  type: EntityType;
  /** Mentions over all forms. */
  count: number;
  /** Other surface forms seen for the same referent. */
  aliases: string[];
}

export type ParagraphStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface ParagraphChange {
  status: ParagraphStatus;
  /** Live text (null when removed). */
  live: string | null;
  /** Archived text (null when added). */
  archived: string | null;
  /** Position in the live paragraph list (null when removed). */
  liveIndex: number | null;
  /** Position in the archived paragraph list (null when added). */
  archivedIndex: number | null;
}

export interface FieldChange {
  field: 'title' | 'lead' | 'authors' | 'published' | 'modified' | 'section' | 'image' | 'url';
  live: string | null;
  archived: string | null;
  differs: boolean;
}

export interface Changes {
  summary: { unchanged: number; changed: number; added: number; removed: number };
  paragraphs: ParagraphChange[];
  fields: FieldChange[];
}

/** What the engine says about one live article: the sidebar's and `inspect --json`'s content. */
export interface Report {
  live: Article;
  liveWarnings: Warning[];
  match: Match | null;
  archived: ArchivedArticle | null;
  entities: Entity[];
  /** Null when there is no archived copy to compare with. */
  changes: Changes | null;
}
