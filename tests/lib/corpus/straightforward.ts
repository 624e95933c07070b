// The straightforward lookup the fast one must equal: every part read and decoded afresh (nothing
// kept), every capture of the days findMatch searches scored by bestByIdentity on its whole features
// (no pruning by keys or containment), the sources' candidates merged as lib/corpus/sources.ts
// merges them. Then the pages: made from captures (own URL, an edited paragraph, a renamed URL, a
// miss on the same day), and what a lookup is judged on (the match, its versions, the offers).
import { identityFeatures, headFeatures } from '../../../lib/identity/features';
import { assembleIndex, type PartSource } from '../../../lib/corpus/lookup';
import { DayFile, DayTexts, type SliceRef } from '../../../lib/corpus/day-file';
import { offerRefs } from '../../../lib/corpus/offer-refs';
import { bucketOf, bucketPath, MANIFEST_PATH, slicePath, textsPath, type CorpusManifest, type KeyBucket } from '../../../lib/corpus/partition';
import { indexFromSources, mergeCandidates, type CandidateSource } from '../../../lib/corpus/sources';
import { bestByIdentity, candidateDays, findMatch, liveFeatures, urlTries } from '../../../lib/match/find-match';
import { possibleEarlier } from '../../../lib/match/possible-earlier';
import { urlKey } from '../../../lib/match/url-key';
import type { ArchivedArticle, Article, CorpusIndex } from '../../../lib/types';
import { outcome } from './packaged';
import { FILTER_PATH } from '../../../lib/corpus/key-filter';

/** Parts by path, read and decoded at every call. */
export function uncached(read: (path: string) => Promise<string>): PartSource {
  return {
    manifest: async () => JSON.parse(await read(MANIFEST_PATH)) as CorpusManifest,
    slice: async (day) => new DayFile(await read(slicePath(day))),
    texts: async (day) => new DayTexts(await read(textsPath(day))),
    bucket: async (n) => JSON.parse(await read(bucketPath(n))) as KeyBucket,
  };
}

/**
 * The parts of a format-3 corpus (an import made before format 4, kept in a reader's IndexedDB) from
 * a format-4 reader: the same heads, texts and buckets (format 4 added the sketches files and the
 * key filter, and cut the buckets smaller: their count is in the manifest), no sketches, no filter,
 * version 3.
 */
export function asFormat3(read: (path: string) => Promise<string>): (path: string) => Promise<string> {
  return async (path) => {
    if (path.startsWith('corpus/sketches/') || path === FILTER_PATH) throw new Error(`format 3 has no ${path}`);
    const text = await read(path);
    return path === MANIFEST_PATH ? JSON.stringify({ ...(JSON.parse(text) as CorpusManifest), version: 3 }) : text;
  };
}

/** One source's candidates, the straightforward way. */
export async function plainCandidates(live: Article, pageUrl: string, parts: PartSource): Promise<ArchivedArticle[]> {
  const manifest = await parts.manifest();
  let refs: SliceRef[] = [];
  for (const [, url] of urlTries(live, pageUrl)) {
    const key = urlKey(url);
    const found = key === null ? undefined : (await parts.bucket(bucketOf(key, manifest.keyBuckets)))[key];
    if (found && found.length > 0) {
      refs = found;
      break;
    }
  }
  if (refs.length === 0) {
    const candidates = [];
    for (const day of candidateDays(live, pageUrl).filter((d) => manifest.days.includes(d))) {
      const [file, texts] = await Promise.all([parts.slice(day), parts.texts(day)]);
      for (let i = 0; i < file.size; i++) {
        const article = texts.article(i);
        candidates.push({ ref: [day, i] as SliceRef, head: headFeatures(article), full: () => identityFeatures(article) });
      }
    }
    const best = bestByIdentity(liveFeatures(live, pageUrl), candidates);
    refs = best ? [best.ref] : await offerRefs(live, pageUrl, manifest, parts);
  }
  return (await assembleIndex(refs, parts, manifest.builtAt)).articles;
}

export async function plainIndex(live: Article, pageUrl: string, sources: PartSource[]): Promise<CorpusIndex> {
  return mergeCandidates(await Promise.all(sources.map((s) => plainCandidates(live, pageUrl, s))), new Date(0).toISOString());
}

/** What a lookup is judged on: the match with its versions, and the possible earlier versions. */
export function verdict(live: Article, pageUrl: string, index: CorpusIndex) {
  return { match: outcome(findMatch(live, pageUrl, index), index), offers: possibleEarlier(live, pageUrl, index) };
}

/** A capture as a live page would give it. */
function asLive(a: ArchivedArticle): Article {
  const { archivedAt: _a, displayedAt: _d, rawTitle: _r, source: _s, origin: _o, readUrl: _u, hash: _h, wayback: _w, ...rest } = a;
  return { ...rest, published: a.displayedAt };
}

/** Pages made from `captures`: as captured, edited, renamed (identity), rewritten, under its URL only, and a different article of the same day. */
export function pagesFrom(captures: ArchivedArticle[]): { kind: string; live: Article; url: string }[] {
  return captures.flatMap((a, n) => {
    const live = asLive(a);
    const edited = { ...live, paragraphs: live.paragraphs.map((p, i) => (i === 0 ? { ...p, text: `${p.text}（更新）` } : p)) };
    const renamed = a.url.replace(/\/(\d{8})-[^/]*$/, (_, d: string) => `/${d}-renamed-${n}`);
    const other = captures[(n + 1) % captures.length]!;
    return [
      { kind: 'own URL', live, url: a.url },
      { kind: 'edited', live: edited, url: a.url },
      { kind: 'renamed', live: { ...edited, url: renamed }, url: renamed },
      // The page's own URL, nothing else the same: only the URL key can find it.
      { kind: 'URL only', live: { ...live, title: `${other.title}?`, lead: null, published: null, paragraphs: [{ kind: 'p' as const, text: '完全不同的一篇文章，没有任何相同的句子。' }] }, url: a.url },
      { kind: 'miss', live: { ...live, url: renamed, title: `${other.title}?`, lead: null, paragraphs: [{ kind: 'p' as const, text: '完全不同的一篇文章，没有任何相同的句子。' }] }, url: renamed },
      // A new headline and URL, no display time: only the text can tell (containment).
      { kind: 'rewritten', live: { ...edited, url: renamed, title: `${other.title}。`, published: null }, url: renamed },
      // The dateline and about half the opening kept, the rest another story's: an offer, not a match.
      { kind: 'half kept', live: { ...live, url: renamed, title: `${other.title}。`, published: null, paragraphs: live.paragraphs.map((p, i) => (i % 2 && other.paragraphs[i] ? other.paragraphs[i]! : p)) }, url: renamed },
      { kind: 'opening kept', live: { ...live, url: renamed, title: `${other.title}。`, published: null, paragraphs: live.paragraphs.slice(0, 1) }, url: renamed },
    ];
  });
}

/** One source set to compare: its name, the sources as the background uses them, and the same parts read plainly. */
export type SourceSet = [name: string, fast: CandidateSource[], plain: PartSource[]];

/**
 * Every page through every set, cold and then warm (caches kept): the pages whose verdict differs
 * from the straightforward lookup's, and how many verdicts had a match and offers.
 */
export async function compareLookups(sets: SourceSet[], pages: { kind: string; live: Article; url: string }[]): Promise<{ differ: string[]; matched: number; offered: number }> {
  const differ: string[] = [];
  let matched = 0;
  let offered = 0;
  const expected = new Map<string, ReturnType<typeof verdict>>();
  for (const pass of ['cold', 'warm']) {
    for (const [n, { kind, live, url }] of pages.entries()) {
      for (const [name, fast, plain] of sets) {
        const id = `${n} ${name}`;
        if (!expected.has(id)) expected.set(id, verdict(live, url, await plainIndex(live, url, plain)));
        const want = expected.get(id)!;
        const got = verdict(live, url, await indexFromSources(fast, live, url, (_, e) => { throw e; }));
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${pass} ${name} ${kind} ${url}`);
        if (want.match) matched++;
        if (want.offers.length > 0) offered++;
      }
    }
  }
  return { differ, matched, offered };
}
