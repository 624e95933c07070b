// What identifies an article beyond its URL: the URL's date and slug, the folded headline, the
// body's display time and the start of its text. Computed from an Article (live or archived).
import { parseRfiPath } from '../rfi-url';
import { parisParts } from '../text';
import type { Article, ArchivedArticle } from '../types';
import { foldForIdentity, shingles } from './text-similarity';

/** Characters of folded text kept for the text comparison (lead and first paragraphs). */
export const TEXT_SPAN = 600;

export interface IdentityFeatures {
  /** Days since 1970-01-01 of the URL's `YYYYMMDD` prefix, or null for a date-less URL. */
  urlDay: number | null;
  /** Paris calendar day of the display time (archived) or of the published time (live). */
  shownDay: number | null;
  /** The display / published instant, ISO, or null. */
  shownAt: string | null;
  /** The feed time (archive line 1) of a capture; null for a live page. */
  feedAt: number | null;
  /** Folded slug without the date prefix and without a trailing `-1` / `-2` re-use suffix. */
  slug: string;
  /** Folded headline (column and wire suffixes already removed by the parsers). */
  title: string;
  /** Folded opening text: lead and paragraphs, at most TEXT_SPAN characters. */
  text: string;
  /** Shingles of `text`: distinct hashes, ascending (lib/identity/text-similarity.ts). */
  shingles: Uint32Array;
}

const DAY_MS = 86_400_000;

/** `20201024` → days since the epoch, or null. */
export function dayOfYmd(ymd: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(ymd);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** From 1980 on Paris is UTC+1 or UTC+2, so its calendar day is the same for a whole UTC hour. */
const WHOLE_HOUR_OFFSETS_FROM = Date.UTC(1980, 0, 1);
const HOUR_MS = 3_600_000;
/** UTC hour → Paris day, so that Intl runs once per hour seen (bounded: cleared when full). */
const dayOfHour = new Map<number, number>();

/** The Paris calendar day of an instant, as days since the epoch. */
export function parisDay(instant: string | number): number | null {
  const t = new Date(instant).getTime();
  if (Number.isNaN(t)) return null;
  const hour = Math.floor(t / HOUR_MS);
  const known = t >= WHOLE_HOUR_OFFSETS_FROM ? dayOfHour.get(hour) : undefined;
  if (known !== undefined) return known;
  const p = parisParts(t);
  const day = Math.floor(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / DAY_MS);
  if (t >= WHOLE_HOUR_OFFSETS_FROM) {
    if (dayOfHour.size >= 200_000) dayOfHour.clear();
    dayOfHour.set(hour, day);
  }
  return day;
}

/** Days since the epoch → `YYYYMMDD`. */
export function ymdOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

/** Folded text of an article: lead then paragraphs, cut at TEXT_SPAN characters. */
export function openingText(article: Pick<Article, 'lead' | 'paragraphs'>): string {
  let out = foldForIdentity(article.lead ?? '');
  for (const block of article.paragraphs) {
    if (out.length >= TEXT_SPAN) break;
    out += foldForIdentity(block.text);
  }
  return out.slice(0, TEXT_SPAN);
}

/** The features known without the text: what a lookup reads for every candidate. */
export type HeadFeatures = Omit<IdentityFeatures, 'text' | 'shingles'>;

/** What headFeatures reads: a live article (published) or a capture (displayedAt, archivedAt). */
export type ArticleHead = Pick<Article, 'url' | 'title'> &
  ({ published: string | null } | Pick<ArchivedArticle, 'displayedAt' | 'archivedAt'>);

export function headFeatures(article: ArticleHead): HeadFeatures {
  const path = parseRfiPath(article.url);
  const shownAt = 'displayedAt' in article ? article.displayedAt : article.published;
  return {
    urlDay: path?.date ? dayOfYmd(path.date) : null,
    shownDay: shownAt ? parisDay(shownAt) : null,
    shownAt,
    feedAt: 'archivedAt' in article ? article.archivedAt : null,
    slug: foldForIdentity((path?.slug ?? '').replace(/-\d{1,2}$/, '')),
    title: foldForIdentity(article.title),
  };
}

/** Head features plus the opening text of the same article: identityFeatures without recomputing the head. */
export function withText(head: HeadFeatures, article: Pick<Article, 'lead' | 'paragraphs'>): IdentityFeatures {
  const text = openingText(article);
  return { ...head, text, shingles: shingles(text) };
}

export function identityFeatures(article: Article | ArchivedArticle): IdentityFeatures {
  return withText(headFeatures(article), article);
}

/** The day an article is filed under: its URL date, else its display day, else its capture day. */
export function articleDay(f: IdentityFeatures, archivedAt?: number): number | null {
  return f.urlDay ?? f.shownDay ?? (archivedAt !== undefined ? parisDay(archivedAt) : null);
}
