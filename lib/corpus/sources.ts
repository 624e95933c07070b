// The corpus seam: every archive the engine reads is one *source* of candidate captures for a live
// page: the bundled corpus parts, the reader's own store, later the Wayback Machine and imported
// folders (issue 9). A source only gathers candidates (every version of any article the page could
// be); it never decides. The candidates of all sources become one small CorpusIndex, grouped into
// articles by lib/identity, and findMatch (lib/match/find-match.ts) alone decides the match.
import { articleDay, ymdOfDay } from '../identity/features';
import { groupCaptures } from '../identity/group';
import { urlKey } from '../match/url-key';
import { storeCandidates } from '../store/lookup';
import { featuresOf } from '../identity/known-features';
import type { CaptureStore } from '../store/types';
import type { ArchivedArticle, Article, CorpusIndex } from '../types';
import { capturesForPage, type PartSource } from './lookup';

export interface CandidateSource {
  /** A short name for errors and figures (`bundled`, `store`, …). */
  name: string;
  /** Captures that may be the page's article, with every version of their articles. */
  candidates(live: Article, pageUrl: string): Promise<ArchivedArticle[]>;
}

/** The bundled corpus: the parts one lookup needs (lib/corpus/lookup.ts). */
export function bundledSource(parts: PartSource): CandidateSource {
  return { name: 'bundled', candidates: (live, pageUrl) => capturesForPage(live, pageUrl, parts) };
}

/** The reader's store: its articles' identity records, then their captures (lib/store/lookup.ts). */
export function storeSource(store: CaptureStore): CandidateSource {
  return { name: 'store', candidates: (live, pageUrl) => storeCandidates(store, live, pageUrl) };
}

/** Capture-time order, then version id (as lib/archive/compile.ts sorts the whole index). */
function byCaptureTime(a: ArchivedArticle, b: ArchivedArticle): number {
  if (a.archivedAt !== b.archivedAt) return a.archivedAt - b.archivedAt;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

// A capture's URL key, once per capture object (a source's kept parts hand over the same objects
// again), and `YYYYMMDD` of a day number, once per day (at most DAYS kept): merging runs at every lookup.
const keys = new WeakMap<ArchivedArticle, string | null>();
function keyOf(a: ArchivedArticle): string | null {
  let key = keys.get(a);
  if (key === undefined) keys.set(a, (key = urlKey(a.url)));
  return key;
}
const DAYS = 10_000;
const ymds = new Map<number, string>();
function ymdOf(day: number): string {
  let ymd = ymds.get(day);
  if (ymd === undefined) {
    if (ymds.size >= DAYS) ymds.clear();
    ymds.set(day, (ymd = ymdOfDay(day)));
  }
  return ymd;
}

/** The same capture: the same URL, capture and display times, headline and texts (and content hash when both have one). */
function sameCapture(a: ArchivedArticle, b: ArchivedArticle): boolean {
  if (a.url !== b.url || a.archivedAt !== b.archivedAt || a.displayedAt !== b.displayedAt || a.title !== b.title || a.lead !== b.lead) return false;
  if (a.hash !== undefined && b.hash !== undefined && a.hash !== b.hash) return false;
  return a.paragraphs.length === b.paragraphs.length && a.paragraphs.every((p, i) => p.kind === b.paragraphs[i]!.kind && p.text === b.paragraphs[i]!.text);
}

/**
 * The candidates of every source, each once: a capture whose `source` an earlier one has, or that
 * an earlier source already holds (an imported archive overlapping the bundled corpus), is left
 * out, the first source's copy kept. Within one source every capture is kept, as its own index has it.
 */
function distinct(lists: ArchivedArticle[][]): ArchivedArticle[] {
  const seen = new Set<string>();
  const earlier = new Map<string, ArchivedArticle[]>();
  const out: ArchivedArticle[] = [];
  for (const list of lists) {
    const kept: ArchivedArticle[] = [];
    for (const a of list) {
      if (seen.has(a.source) || earlier.get(`${a.archivedAt} ${a.url}`)?.some((b) => sameCapture(a, b))) continue;
      seen.add(a.source);
      kept.push(a);
    }
    for (const a of kept) {
      const at = `${a.archivedAt} ${a.url}`;
      earlier.set(at, [...(earlier.get(at) ?? []), a]);
    }
    out.push(...kept);
  }
  return out;
}

/** Candidates of every source → one CorpusIndex, the articles grouped by identity across sources. */
export function mergeCandidates(lists: ArchivedArticle[][], builtAt: string): CorpusIndex {
  const articles = distinct(lists).sort(byCaptureTime);
  const features = articles.map(featuresOf);
  const known = new Map(articles.map((a) => [a.url, keyOf(a)]));
  const { groups, groupOf } = groupCaptures(articles, (url) => (known.has(url) ? known.get(url)! : urlKey(url)), features);
  const index: CorpusIndex = { version: 1, builtAt, articles, byUrl: {}, groups, groupOf, byDay: {} };
  articles.forEach((a, p) => {
    const key = keyOf(a);
    if (key !== null) (index.byUrl[key] ??= []).push(p);
    for (const read of a.readUrl ? [a.readUrl] : []) {
      const k = urlKey(read);
      if (k !== null && k !== key) (index.byUrl[k] ??= []).push(p);
    }
    const day = articleDay(features[p]!, a.archivedAt);
    if (day !== null) (index.byDay[ymdOf(day)] ??= []).push(p);
  });
  return index;
}

/**
 * The index one lookup needs, from every source. A source that fails is reported by `onError` and
 * left out: the others still answer (the bundled corpus works when the store cannot open).
 */
export async function indexFromSources(
  sources: CandidateSource[],
  live: Article,
  pageUrl: string,
  onError: (source: string, error: unknown) => void = () => undefined,
): Promise<CorpusIndex> {
  const lists = await Promise.all(
    sources.map((s) =>
      s.candidates(live, pageUrl).catch((error: unknown) => {
        onError(s.name, error);
        return [];
      }),
    ),
  );
  return mergeCandidates(lists, new Date(0).toISOString());
}
