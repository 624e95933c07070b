// One parsed capture reduced to what the partitions need (lib/corpus/write-parts.ts): its version
// order key, URL key, identity features, filing day, and its two lines of the day files already
// encoded. The parsed article (blocks, and strings that may still point into the file's text) is
// dropped as soon as its record exists, so a compile holds flat lines, not object trees. Pure.
import { headLine, textsLine } from '../corpus/day-file';
import { UNDATED } from '../corpus/partition';
import { articleDay, identityFeatures, ymdOfDay, type IdentityFeatures } from '../identity/features';
import { versionKey, type GroupItem } from '../identity/group';
import type { ArchivedArticle } from '../types';
import { importedSourceName } from '../imports/types';
import { decodeArchiveBytes, oneLineName } from './decode';
import { parseArchiveFile, type ArchiveParseResult } from './parse-file';

export interface CaptureRecord extends GroupItem {
  /** The capture's URL when it has no URL key (for the warning that says so), else empty. */
  url: string;
  features: IdentityFeatures;
  /** Filing day, `YYYYMMDD` (URL date, else display day, else capture day), or UNDATED. */
  day: string;
  /** Its line in the day's heads file. */
  head: string;
  /** Its line in the day's texts file; emptied once the day is written. */
  texts: string;
}

/**
 * A copy of `s` that shares no memory with it. A parsed article's strings can be slices of its
 * file's text (V8 keeps the whole file alive for a slice of it); a record keeps copies only.
 */
const own = <T extends string | null>(s: T): T => (s === null || s === '' ? s : (JSON.parse(JSON.stringify(s)) as T));

export function captureRecord(article: ArchivedArticle, urlKey: (url: string) => string | null): CaptureRecord {
  const f = identityFeatures(article);
  const features: IdentityFeatures = { ...f, shownAt: own(f.shownAt), slug: own(f.slug), title: own(f.title), text: own(f.text) };
  const day = articleDay(features, article.archivedAt);
  const key = urlKey(article.url);
  const version = versionKey(article);
  return {
    urlKey: own(key),
    version: { ...version, displayedAt: own(version.displayedAt), source: own(version.source) },
    // Only the warning for a capture without a URL key reads it.
    url: key === null ? own(article.url) : '',
    features,
    day: day === null ? UNDATED : ymdOfDay(day),
    head: headLine(features),
    texts: textsLine(article),
  };
}

/** What became of one file: a record, or why it is no archive file (`rejected`: refused before parsing). */
export type FileOutcome =
  | { ok: true; record: CaptureRecord; warnings: string[] }
  | { ok: false; error: string; rejected: boolean };

/** A parse result → its outcome; `retag` changes the capture before it is recorded (an import's source). */
export function outcomeOf(
  result: ArchiveParseResult,
  name: string,
  urlKey: (url: string) => string | null,
  retag?: (article: ArchivedArticle) => void,
): FileOutcome {
  if (!result.ok) return { ok: false, error: `${name}:${result.line}: ${result.reason}`, rejected: false };
  retag?.(result.value);
  return { ok: true, record: captureRecord(result.value, urlKey), warnings: result.warnings.map((w) => `${name}: ${w.code} ${w.message}`) };
}

/**
 * A file's bytes → its outcome: decoded (lib/archive/decode.ts: refused files are `rejected`, their
 * name on one line), parsed, recorded. With `importId` the capture is tagged as imported (its
 * `source` unique to the import, `origin: 'import'`) and its errors name the file on one line.
 */
export function outcomeOfBytes(
  bytes: Uint8Array,
  name: string,
  urlKey: (url: string) => string | null,
  importId?: string,
): FileOutcome {
  const decoded = decodeArchiveBytes(bytes);
  if (!('text' in decoded)) return { ok: false, error: `${oneLineName(name)}:${decoded.line}: ${decoded.reason}`, rejected: true };
  const result = parseArchiveFile(decoded.text, name);
  if (importId === undefined) return outcomeOf(result, name, urlKey);
  return outcomeOf(result, oneLineName(name), urlKey, (a) => {
    a.source = importedSourceName(importId, name);
    a.origin = 'import';
  });
}
