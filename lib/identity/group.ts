// Captures → articles. Every capture gets one article id; the captures of one article are its
// versions, ordered in time. Candidate pairs come from cheap keys (URL key, slug, headline, feed or
// display time, shared text sketch values on the same or next day), so the work grows with the
// corpus, not with its square; every candidate pair is then judged by sameArticleRule.
import type { ArchivedArticle } from '../types';
import { articleDay, identityFeatures, type IdentityFeatures } from './features';
import { evidence, sameArticleRule } from './same-article';

/** Sketch values per capture: the k smallest opening-text shingle hashes. */
const SKETCH_SIZE = 12;
/** A bucket larger than this is boilerplate shared by many items (datelines), not evidence. */
const MAX_BUCKET = 400;

export interface Grouping {
  /** Each group: indexes into the input, oldest version first. */
  groups: number[][];
  /** Input index → index into `groups`. */
  groupOf: number[];
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function sketch(f: IdentityFeatures): number[] {
  return Array.from(f.shingles.subarray(0, SKETCH_SIZE)); // already ascending
}

/** What version order reads of a capture (compareVersionKeys): kept apart so a compiler can drop the texts. */
export interface VersionKey {
  archivedAt: number;
  displayedAt: string | null;
  /** An AFP wire item (`/contenu/`). */
  wire: boolean;
  /** Characters of the paragraphs (lead left out). */
  textLength: number;
  source: string;
}

export function versionKey(a: ArchivedArticle): VersionKey {
  return {
    archivedAt: a.archivedAt,
    displayedAt: a.displayedAt,
    wire: a.section === 'contenu',
    textLength: a.paragraphs.reduce((n, p) => n + p.text.length, 0),
    source: a.source,
  };
}

/** Version order: feed time, then display time, then the shorter text first (first takes are shorter), then source. */
export function compareVersionKeys(a: VersionKey, b: VersionKey): number {
  if (a.archivedAt !== b.archivedAt) return a.archivedAt - b.archivedAt;
  const da = a.displayedAt ?? '';
  const db = b.displayedAt ?? '';
  if (da !== db) return da < db ? -1 : 1;
  // RFI re-files AFP wire copy (`/contenu/`) under a section, never the other way round.
  const wa = a.wire ? 0 : 1;
  const wb = b.wire ? 0 : 1;
  if (wa !== wb) return wa - wb;
  if (a.textLength !== b.textLength) return a.textLength - b.textLength;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

export function compareVersions(a: ArchivedArticle, b: ArchivedArticle): number {
  return compareVersionKeys(versionKey(a), versionKey(b));
}

export function groupCaptures(
  articles: ArchivedArticle[],
  urlKey: (url: string) => string | null,
  features: IdentityFeatures[] = articles.map(identityFeatures),
): Grouping {
  const keys = articles.map(versionKey);
  return groupKeyed(
    articles.map((a, i) => ({ urlKey: urlKey(a.url), version: keys[i]! })),
    features,
  );
}

/** A capture as grouping reads it: its URL key (null: none), version order key and (beside it) identity features. */
export interface GroupItem {
  urlKey: string | null;
  version: VersionKey;
}

/** groupCaptures on captures reduced to what grouping reads (lib/archive/capture-record.ts). */
export function groupKeyed(articles: GroupItem[], features: IdentityFeatures[]): Grouping {
  const uf = new UnionFind(articles.length);
  const days = articles.map((a, i) => articleDay(features[i]!, a.version.archivedAt));
  const buckets = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  };
  articles.forEach((a, i) => {
    const f = features[i]!;
    const key = a.urlKey;
    if (key) put(`u:${key}`, i);
    const d = days[i];
    if (d === null || d === undefined) return;
    // Keyed by day, and again by the next day, so that a pair a day apart shares a bucket.
    for (const day of [d, d + 1]) {
      if (f.slug) put(`s:${day}:${f.slug}`, i);
      if (f.title) put(`t:${day}:${f.title}`, i);
      for (const v of sketch(f)) put(`x:${day}:${v}`, i);
    }
    if (f.shownAt) put(`d:${f.shownAt}`, i);
    put(`f:${a.version.archivedAt}`, i);
  });

  const judged = new Set<number>();
  const n = articles.length;
  for (const [key, list] of buckets) {
    if (list.length < 2) continue;
    const exact = key.startsWith('u:');
    if (!exact && list.length > MAX_BUCKET) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (i === j) continue;
        if (exact) {
          uf.union(i, j);
          continue;
        }
        const pair = i < j ? i * n + j : j * n + i;
        if (judged.has(pair)) continue;
        judged.add(pair);
        if (uf.find(i) === uf.find(j)) continue;
        if (sameArticleRule(evidence(features[i]!, features[j]!))) uf.union(i, j);
      }
    }
  }

  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  const order = (a: number, b: number) => compareVersionKeys(articles[a]!.version, articles[b]!.version);
  const groups = [...byRoot.values()].map((g) => g.sort(order));
  groups.sort((a, b) => order(a[0]!, b[0]!));
  const groupOf = new Array<number>(n).fill(0);
  groups.forEach((g, gi) => g.forEach((i) => (groupOf[i] = gi)));
  return { groups, groupOf };
}
