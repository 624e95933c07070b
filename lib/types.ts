// The shared vocabulary of RFI Lens. Every value here is plain, serialisable data: it crosses the
// content-script ↔ background boundary and is printed by `rfi-lens inspect --json`.

import type { Warning } from './warnings';
export type { MissingField, Parsed, Warning, WarningCode } from './warnings';

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
  /**
   * Live pages only: set when the page is a live blog (lib/page/live-blog.ts), whose new entries
   * are growth, not edits. Absent or null: an ordinary article.
   */
  liveBlog?: LiveBlog | null;
}

/** What marks a page as a live blog, and where its entries start (lib/page/live-blog.ts). */
export interface LiveBlog {
  /** Why it is one: JSON-LD `LiveBlogPosting`, a `/live/` path, a live title or the live-blog markup. */
  signals: ('json-ld' | 'path' | 'title' | 'markup')[];
  /** Index in `paragraphs` of the first block of each entry, in page order (empty: entries not found). */
  entryStarts: number[];
}

/**
 * Where a capture came from: the bundled corpus, the reader's visit, a watched article re-read, a
 * followed edition's feed, the Wayback Machine, an imported file or zip (lib/store).
 */
export type CaptureSource = 'bundled' | 'visit' | 'watch' | 'feed' | 'wayback' | 'import';

/** An archived capture: the article plus what the archive file says about the capture itself. */
export interface ArchivedArticle extends Article {
  /** Line 1 epoch milliseconds (the feed item's pubDate, used as the capture time). */
  archivedAt: number;
  /** The body's `<div>DD/MM/YYYY - HH:MM</div>` display line as ISO (Paris time converted), or null. */
  displayedAt: string | null;
  /** The raw line-2 title, suffixes included. */
  rawTitle: string;
  /** Where it came from: file name relative to the corpus folder; a stored capture's version id (lib/store). */
  source: string;
  /** Provenance of a capture from the reader's store; absent on bundled captures. */
  origin?: CaptureSource;
  /** The URL a stored capture was read at (absent: `url`). */
  readUrl?: string;
  /** SHA-256 hex of the normalised text (lib/store/capture.ts), when known. */
  hash?: string;
  /** A Wayback Machine capture: where a reader sees it and what the CDX index says of it (issue 9). */
  wayback?: WaybackRef;
}

/** A Wayback capture's provenance kept on the article: its human page, CDX digest and timestamp. */
export interface WaybackRef {
  /** `https://web.archive.org/web/<timestamp>/<original>`: the page a reader opens. */
  waybackUrl: string;
  /** CDX digest of the captured payload (`-` when the service replayed another capture). */
  digest: string;
  /** `yyyyMMddhhmmss` UTC. */
  timestamp: string;
  /** The URL that was captured. */
  original: string;
}

/** The compiled corpus the extension ships (and the CLI builds on the fly). */
export interface CorpusIndex {
  version: 1;
  /** ISO time of the build. */
  builtAt: string;
  articles: ArchivedArticle[];
  /** Normalised URL key → indexes into `articles`. */
  byUrl: Record<string, number[]>;
  /** The articles as identities: each group lists the indexes of one article's versions, oldest first. */
  groups: number[][];
  /** Index into `articles` → index into `groups`. */
  groupOf: number[];
  /** Filing day (`YYYYMMDD`: URL date, else display day, else capture day) → indexes into `articles`. */
  byDay: Record<string, number[]>;
}

/** One stored capture of the matched article, as the version list shows it. */
export interface MatchVersion {
  /** Identifies the version in requests: the capture's `source`. */
  source: string;
  archivedAt: number;
  displayedAt: string | null;
  title: string;
  url: string;
  /** Which source holds the capture (absent: the bundled archive). */
  origin?: CaptureSource;
  /** Where the reader can see the capture itself (a Wayback Machine page), when there is one. */
  link?: string;
}

export type MatchMethod = 'url' | 'canonical' | 'identity';

export interface Match {
  url: string;
  archivedAt: number;
  title: string;
  method: MatchMethod;
  /** 0..1; 1 for an exact normalised URL. */
  confidence: number;
  /** Index into `CorpusIndex.articles` of the version compared with. */
  index: number;
  /** Every stored version of the article, oldest first; the compared one has `source` = `archived.source`. */
  versions: MatchVersion[];
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

/** An entity as the report gives it (lib/entities/compare.ts): every field set, nothing to guess. */
export interface ReportEntity extends Entity {
  /** Named in the live article. False: only in the archived copy (removed or renamed since the capture). */
  inLive: boolean;
  /** Named in the archived copy. False when only live (added since) or when there is no copy. */
  inArchive: boolean;
  /** Where the live article names it (empty when only archived): what the page highlights. */
  mentions: EntityMention[];
}

/**
 * One mention in the live article: `segment` indexes `articleSegments(live)` (title, lead when
 * present, then each paragraph, blank ones skipped); `start`/`end` are UTF-16 offsets in it.
 */
export interface EntityMention {
  segment: number;
  start: number;
  end: number;
}

/**
 * `appended`: on a live blog, a paragraph of an entry posted since the capture (growth, not an edit).
 * `moved`: the paragraph stands elsewhere in the live text than in the archived one (its text the
 * same after normalisation, or edited as well: then it carries `spans`).
 */
export type ParagraphStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved' | 'appended';

/**
 * One run of a text diff, archived → live. The `equal` and `delete` runs rebuild the archived text,
 * the `equal` and `insert` runs the live one. Character runs for CJK text, whole words for Latin.
 */
export interface TextSpan {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

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
  /** `changed` (and edited `moved`) entries: the diff archived → live. */
  spans?: TextSpan[];
  /** True when the text was rewritten as a whole: `spans` is then one deletion and one insertion (old → new). */
  rewritten?: boolean;
}

export interface FieldChange {
  field: 'title' | 'lead' | 'authors' | 'published' | 'modified' | 'section' | 'image' | 'url';
  live: string | null;
  archived: string | null;
  differs: boolean;
  /** Title and lead when they differ: the diff archived → live (see ParagraphChange.spans). */
  spans?: TextSpan[];
  /** Title and lead: rewritten as a whole (old → new rather than spans). */
  rewritten?: boolean;
}

/** The kinds of change the reader is told about, in this order (Changes.kinds). */
export type ChangeKind = 'headline' | 'lead' | 'authors' | 'image' | 'dates' | 'paragraphs';

/**
 * Why an edit counts as silent: the text changed but the page's modified time does not say so
 * (`missing`, `equals-published`, `before-capture`) and the page holds no correction note.
 */
export interface SilentEdit {
  reason: 'missing' | 'equals-published' | 'before-capture';
}

export interface Changes {
  /**
   * `moved` is present only when some paragraph moved, `appended` only when a live blog grew (older
   * readers see the four counts).
   */
  summary: { unchanged: number; changed: number; added: number; removed: number; moved?: number; appended?: number };
  paragraphs: ParagraphChange[];
  fields: FieldChange[];
  /** The kinds that changed, in ChangeKind order. */
  kinds: ChangeKind[];
  /** Set when the text changed silently (see SilentEdit); null otherwise. */
  silentEdit: SilentEdit | null;
  /**
   * Flip-flop guard (lib/diff/flip-flop.ts): the live text is again the text of a version captured
   * before the one compared; that version (the newest such). Null otherwise.
   */
  sameAsEarlier: MatchVersion | null;
  /** Live blog: entries posted since the capture (growth, not edits); null for an ordinary article. */
  liveBlog: { newEntries: number } | null;
}

/**
 * A capture below the match cut-off that may be an earlier version of the live article (rewritten
 * under a new URL and headline): offered to the reader, never compared with (lib/match/possible-earlier.ts).
 */
export interface PossibleEarlier {
  url: string;
  title: string;
  archivedAt: number;
  /** The capture's `source`. */
  source: string;
  /** 0..1: share of the opening text the two have in common (see possible-earlier.ts). */
  similarity: number;
}

/** What the engine says about one live article: the sidebar's and `inspect --json`'s content. */
export interface Report {
  live: Article;
  liveWarnings: Warning[];
  match: Match | null;
  archived: ArchivedArticle | null;
  entities: ReportEntity[];
  /** Null when there is no archived copy to compare with. */
  changes: Changes | null;
  /** With no match only: captures that may be earlier versions, best first (else empty). */
  possibleEarlier: PossibleEarlier[];
}
