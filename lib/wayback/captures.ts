// CDX rows → the captures of one article: Wayback URLs, capture times, duplicates by digest dropped.
import { urlKey } from '../match/url-key';
import type { CdxRow, WaybackCapture } from './types';

const trimBase = (base: string) => base.replace(/\/+$/, '');

/** `20230302205700` → `2023-03-02T20:57:00.000Z` (CDX timestamps are UTC), or null. */
export function timestampToIso(timestamp: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const valid = date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return valid ? date.toISOString() : null;
}

/** The Wayback page a reader opens: `<base>/web/<timestamp>/<original>`. */
export function waybackPageUrl(base: string, timestamp: string, original: string): string {
  return `${trimBase(base)}/web/${timestamp}/${original}`;
}

/** The captured bytes as they were, without the Wayback toolbar or rewritten links: the `id_` form. */
export function captureUrl(base: string, timestamp: string, original: string): string {
  return `${trimBase(base)}/web/${timestamp}id_/${original}`;
}

/** Reads `…/web/<timestamp>[flags_]/<original>` (after a redirect, where the Wayback Machine landed). */
export function parseWaybackUrl(url: string): { timestamp: string; original: string } | null {
  const m = /\/web\/(\d{14})(?:[a-z]{2}_)?\/(.+)$/.exec(url);
  if (!m) return null;
  // fetch normalises `http://x` inside a path to `http:/x` on some servers: put the slash back.
  const original = m[2]!.replace(/^(https?):\/(?!\/)/, '$1://');
  return { timestamp: m[1]!, original };
}

export interface CaptureList {
  captures: WaybackCapture[];
  warnings: string[];
}

/**
 * The captures of the article whose URL keys are `keys` (page URL, canonical), newest first. Rows for another URL are
 * dropped with a warning; rows with a digest already seen are dropped as duplicates (the earliest
 * row of a digest is kept: when those bytes were first captured; `lastSeen` says when last).
 */
export function listCaptures(rows: CdxRow[], base: string, keys: ReadonlySet<string>): CaptureList {
  const warnings: string[] = [];
  const byDigest = new Map<string, WaybackCapture>();
  const kept: WaybackCapture[] = [];
  const seenRows = new Set<string>();
  const sorted = [...rows].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  for (const row of sorted) {
    if (!keys.has(urlKey(row.original) ?? '')) {
      warnings.push(`${row.timestamp} ${row.original}: another URL than the article's, left out`);
      continue;
    }
    const capturedAt = timestampToIso(row.timestamp);
    if (!capturedAt) {
      warnings.push(`${row.timestamp} ${row.original}: not a valid timestamp, left out`);
      continue;
    }
    const rowId = `${row.timestamp} ${row.original}`;
    if (seenRows.has(rowId)) continue; // the same row answered by two queries
    seenRows.add(rowId);
    const earlier = row.digest !== '-' ? byDigest.get(row.digest) : undefined;
    if (earlier) {
      earlier.duplicates += 1;
      earlier.lastSeen = row.timestamp;
      continue;
    }
    const capture: WaybackCapture = {
      ...row,
      capturedAt,
      waybackUrl: waybackPageUrl(base, row.timestamp, row.original),
      captureUrl: captureUrl(base, row.timestamp, row.original),
      duplicates: 0,
      lastSeen: row.timestamp,
    };
    if (row.digest !== '-') byDigest.set(row.digest, capture);
    kept.push(capture);
  }
  return { captures: kept.reverse(), warnings };
}
