// A capture from an extracted article: its provenance, its version id and the SHA-256 of its
// normalised text. Two extractions with the same hash are the same text for the reader: white
// space, width, quote and dash styles and empty or ad-label paragraphs do not change the hash;
// any letter, digit or word does.
import { comparisonKey, isNoiseKey } from '../diff/normalize';
import type { ArchivedArticle, Article } from '../types';
import { EmptyCaptureError, type Capture, type CaptureSource } from './types';

/** The text the hash covers: title, lead and every paragraph as comparison keys, one per line, noise left out. */
export function normalisedText(article: Pick<Article, 'title' | 'lead' | 'paragraphs'>): string {
  return [article.title, article.lead ?? '', ...article.paragraphs.map((p) => p.text)]
    .map(comparisonKey)
    .filter((key) => !isNoiseKey(key))
    .join('\n');
}

/** SHA-256 hex of normalisedText (Web Crypto: the same in Node 20, workers and pages). */
export async function captureHash(article: Pick<Article, 'title' | 'lead' | 'paragraphs'>): Promise<string> {
  const bytes = new TextEncoder().encode(normalisedText(article));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The version id of a capture: `visit/1733580000000-1a2b3c4d` (source, capture time, hash prefix). */
export function captureId(source: CaptureSource, capturedAt: number, hash: string): string {
  return `${source}/${capturedAt}-${hash.slice(0, 8)}`;
}

/** True when the article has text worth storing: some paragraph or lead beyond the title. */
export function hasText(article: Pick<Article, 'lead' | 'paragraphs'>): boolean {
  return [article.lead ?? '', ...article.paragraphs.map((p) => p.text)].some((t) => !isNoiseKey(comparisonKey(t)));
}

export interface CaptureInfo {
  source: CaptureSource;
  capturedAt: number;
  readUrl: string;
}

/**
 * An extracted (live or fetched) article → a capture. Rejects with EmptyCaptureError when it has
 * no text (a failed extraction is never stored). An ArchivedArticle keeps its own archive fields
 * (an imported file keeps its feed time and raw title); `source` becomes the version id.
 */
export async function makeCapture(article: Article | ArchivedArticle, info: CaptureInfo): Promise<Capture> {
  if (!article.title.trim() || !hasText(article)) throw new EmptyCaptureError();
  const hash = await captureHash(article);
  const provenance = { source: captureId(info.source, info.capturedAt, hash), origin: info.source, readUrl: info.readUrl, hash };
  const archived: ArchivedArticle =
    'archivedAt' in article
      ? { ...article, ...provenance }
      : {
          ...article,
          archivedAt: info.capturedAt,
          displayedAt: article.published,
          rawTitle: article.column ? `${article.title} - ${article.column}` : article.title,
          ...provenance,
        };
  return { source: info.source, capturedAt: info.capturedAt, readUrl: info.readUrl, hash, article: archived };
}
