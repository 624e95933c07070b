// One lookup against a partitioned corpus: read only the parts a live page can match and assemble
// the captures that decide it into a small CorpusIndex, so that buildReport runs the same code in the
// background as on the command line over a whole corpus, with the same answer.
// - The page's URL keys (page URL, then canonical) are looked up in their buckets; the first key the
//   corpus holds brings in every capture with that key and their articles' other versions.
// - Otherwise the heads of the days findMatch searches are read and every capture scored with the
//   same bestByIdentity findMatch decides with; where headline, slug and days leave the text to
//   decide (the page's own day), the day's sketches (format 4) or texts (format 3) rule out the
//   captures holding too little of the page's opening; texts are read only for the captures left.
//   The best one brings in its article. No candidate: an empty index, so no match.
import { dayOfYmd, ymdOfDay } from '../identity/features';
import { featuresOf } from '../identity/known-features';
import { MIN_CONTAINED, ruleMayHoldByKeys } from '../identity/same-article';
import { bestByIdentity, urlTries } from '../match/find-match';
import { urlKey } from '../match/url-key';
import type { ArchivedArticle, Article, CorpusIndex } from '../types';
import type { DayFile, DayTexts, SliceRef } from './day-file';
import { articleAt, headOf, livePage, type LivePage } from './decoded';
import { dayShingles } from './day-shingles';
import { offerRefs } from './offer-refs';
import { bucketOf, type CorpusManifest, type KeyBucket } from './partition';
import type { DaySketches } from './sketch';
import { dayKeyEntry, urlEntry, type KeyFilter } from './key-filter';

/** Where the parts come from (the package in the background, files in Node). */
export interface PartSource {
  manifest(): Promise<CorpusManifest>;
  slice(day: string): Promise<DayFile>;
  texts(day: string): Promise<DayTexts>;
  /** The day's sketches (format 4 only: ask only when manifest.version is 4). */
  sketches?(day: string): Promise<DaySketches>;
  /** The key filter (format 4 only), read once. */
  filter?(): Promise<KeyFilter>;
  bucket(n: number): Promise<KeyBucket>;
  /** bucket(n)[key], when the source can answer without decoding the whole bucket. */
  keyRefs?(n: number, key: string): Promise<SliceRef[] | undefined>;
}

/** The captures holding the page's URL key, or else its canonical key (what findMatch tries first). */
async function urlRefs(live: Article, pageUrl: string, manifest: CorpusManifest, source: PartSource): Promise<SliceRef[]> {
  const filter = await filterOf(manifest, source);
  for (const [, url] of urlTries(live, pageUrl)) {
    const key = urlKey(url);
    if (key === null || (filter && !filter.has(urlEntry(key)))) continue;
    const n = bucketOf(key, manifest.keyBuckets);
    const refs = source.keyRefs ? await source.keyRefs(n, key) : (await source.bucket(n))[key];
    if (refs && refs.length > 0) return refs;
  }
  return [];
}

/** The source's key filter when its format has one (4), else null: every part is read as before. */
function filterOf(manifest: CorpusManifest, source: PartSource): Promise<KeyFilter | null> {
  return manifest.version >= 4 && source.filter ? source.filter() : Promise.resolve(null);
}

/**
 * Whether a capture filed on `day` may be joined to the page by a same-article rule, as far as the
 * day and the key filter tell: its day (the filing day: URL day, else shown day) must be the page's
 * own, or a day apart with the page's slug or headline key (ruleMayHoldByKeys).
 */
function dayMayHold(day: string, page: LivePage, filter: KeyFilter | null): boolean {
  const own = page.keys.urlDay ?? page.keys.shownDay;
  const d = dayOfYmd(day);
  if (own === null || d === null || Math.abs(d - own) > 1) return false;
  if (d === own || !filter) return true;
  const { slugKey, titleKey } = page.keys;
  return (slugKey !== 0 && filter.has(dayKeyEntry('s', day, slugKey))) || (titleKey !== 0 && filter.has(dayKeyEntry('t', day, titleKey)));
}

const daySets = new WeakMap<CorpusManifest, Set<string>>();
function daysOf(manifest: CorpusManifest): Set<string> {
  let days = daySets.get(manifest);
  if (!days) daySets.set(manifest, (days = new Set(manifest.days)));
  return days;
}

/**
 * Format 4: the captures of `file` a same-article rule may join to the page, in order. The keys
 * decide most; those only the text can tell (the same day, neither slug nor headline keys equal,
 * not the same time) are weighed by their sketch (lib/corpus/sketch.ts), read only then: an upper
 * bound of their containment under MIN_CONTAINED rules them out, as the exact count would.
 */
async function openBySketch(file: DayFile, page: LivePage, sketches: (day: string) => Promise<DaySketches>): Promise<number[]> {
  const open: { i: number; text: boolean }[] = [];
  for (let i = 0; i < file.size; i++) {
    let text = false;
    if (ruleMayHoldByKeys(page.keys, file.features(i).keys, () => ((text = true), 1))) open.push({ i, text });
  }
  if (!open.some((o) => o.text)) return open.map((o) => o.i);
  const day = await sketches(file.day);
  const shingles = page.features.shingles;
  return open.filter((o) => !o.text || day.containmentBound(shingles, o.i, file.features(o.i).shingles) >= MIN_CONTAINED).map((o) => o.i);
}

/** Format 3 (no sketches): the same captures, the page's containment in the own day's captures counted from their texts. */
async function openByTexts(file: DayFile, page: LivePage, textsOf: (day: string) => Promise<DayTexts>): Promise<number[]> {
  const own = page.keys.urlDay ?? page.keys.shownDay;
  // Where only the text can tell, the page's containment in every capture of that day is counted at
  // once (lib/corpus/day-shingles.ts); under MIN_CONTAINED no rule of sameArticleRule can hold.
  let contained: Float64Array | null = null;
  let texts: DayTexts | null = null;
  const open: number[] = [];
  let i = 0;
  const bound = () => (contained ??= dayShingles(texts!, file.size).containments(page.features.shingles))[i]!;
  for (i = 0; i < file.size; i++) {
    const { keys: other } = file.features(i);
    if ((other.urlDay ?? other.shownDay) === own) texts ??= await textsOf(file.day);
    if (ruleMayHoldByKeys(page.keys, other, bound)) open.push(i);
  }
  return open;
}

/** The best identity candidate over the days findMatch searches, in its order (first best wins). */
async function identityRef(live: Article, pageUrl: string, manifest: CorpusManifest, source: PartSource): Promise<SliceRef[]> {
  const page = livePage(live, pageUrl);
  const filter = await filterOf(manifest, source);
  const days = page.days.filter((d) => daysOf(manifest).has(d) && dayMayHold(d, page, filter));
  const read = new Map<string, Promise<DayTexts>>();
  const textsOf = (day: string) => read.get(day) ?? read.set(day, source.texts(day)).get(day)!;
  const sketches = manifest.version >= 4 && source.sketches ? source.sketches.bind(source) : null;
  // Format 3: the texts of the page's own day are all but sure to be needed: read alongside the heads.
  const own = page.keys.urlDay ?? page.keys.shownDay;
  if (!sketches && own !== null && days.includes(ymdOfDay(own))) void textsOf(ymdOfDay(own)).catch(() => undefined);
  const files = await Promise.all(days.map((d) => source.slice(d)));
  // First the heads (and sketches): which captures can match at all; texts only for those.
  const open: { file: DayFile; i: number }[] = [];
  for (const file of files) {
    const found = sketches ? await openBySketch(file, page, sketches) : await openByTexts(file, page, textsOf);
    for (const i of found) open.push({ file, i });
  }
  // Then findMatch's own decision (bestByIdentity) on the whole captures, in findMatch's order.
  const candidates = await Promise.all(
    open.map(async ({ file, i }) => {
      const article = articleAt(await textsOf(file.day), i);
      return { ref: [file.day, i] as SliceRef, head: headOf(article), full: () => featuresOf(article) };
    }),
  );
  const best = bestByIdentity(page.features, candidates);
  return best ? [best.ref] : [];
}

/** Capture-time order, as lib/archive/compile.ts sorts the whole index. */
function byCaptureTime(a: ArchivedArticle, b: ArchivedArticle): number {
  if (a.archivedAt !== b.archivedAt) return a.archivedAt - b.archivedAt;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** `refs` and every version of their articles: the captures in capture-time order, and their groups as refs. */
async function assemble(refs: SliceRef[], source: PartSource): Promise<{ members: { day: string; article: ArchivedArticle; id: string }[]; groups: SliceRef[][] }> {
  const files = new Map<string, DayFile>();
  const texts = new Map<string, DayTexts>();
  const refDays = [...new Set(refs.map(([day]) => day))];
  (await Promise.all(refDays.map((d) => source.slice(d)))).forEach((file, n) => files.set(refDays[n]!, file));
  const groups = new Map<string, SliceRef[]>();
  for (const [day, i] of refs) {
    const head = files.get(day)!.head;
    const group = head.groups[head.groupOf[i]!]!;
    groups.set(group.map((r) => r.join(':')).join(' '), group);
  }
  // Every version's text (their heads are not needed: the groups come from the refs' days).
  const days = [...new Set([...groups.values()].flatMap((g) => g.map(([day]) => day)))];
  (await Promise.all(days.map((d) => source.texts(d)))).forEach((t, n) => texts.set(days[n]!, t));

  const members = [...groups.values()].flat().map(([day, i]) => ({ day, article: articleAt(texts.get(day)!, i), id: `${day}:${i}` }));
  members.sort((a, b) => byCaptureTime(a.article, b.article));
  return { members, groups: [...groups.values()] };
}

/** `refs` and every version of their articles → a CorpusIndex holding just those captures. */
export async function assembleIndex(refs: SliceRef[], source: PartSource, builtAt: string): Promise<CorpusIndex> {
  const { members, groups } = await assemble(refs, source);
  const position = new Map(members.map((m, p) => [m.id, p]));
  const index: CorpusIndex = { version: 1, builtAt, articles: [], byUrl: {}, groups: [], groupOf: [], byDay: {} };
  members.forEach(({ day, article }, p) => {
    index.articles.push(article);
    const key = urlKey(article.url);
    if (key !== null) (index.byUrl[key] ??= []).push(p);
    if (/^\d{8}$/.test(day)) (index.byDay[day] ??= []).push(p);
  });
  for (const group of groups) {
    const g = index.groups.push(group.map((r) => position.get(r.join(':'))!)) - 1;
    for (const p of index.groups[g]!) index.groupOf[p] = g;
  }
  return index;
}

/** The refs a lookup brings in: by URL key, else the best identity candidate, else the offers. */
async function pageRefs(live: Article, pageUrl: string, manifest: CorpusManifest, source: PartSource): Promise<SliceRef[]> {
  const byUrl = await urlRefs(live, pageUrl, manifest, source);
  const refs = byUrl.length > 0 ? byUrl : await identityRef(live, pageUrl, manifest, source);
  // No match: the captures offered as possible earlier versions (below the match cut-off, so
  // findMatch still finds nothing among them).
  return refs.length > 0 ? refs : offerRefs(live, pageUrl, manifest, source);
}

/** The small index one lookup needs: what buildReport(live, pageUrl, index) reads and nothing more. */
export async function indexForPage(live: Article, pageUrl: string, source: PartSource): Promise<CorpusIndex> {
  const manifest = await source.manifest();
  return assembleIndex(await pageRefs(live, pageUrl, manifest, source), source, manifest.builtAt);
}

/** The captures of indexForPage(live, pageUrl, source), in the same order, without the index around them (a candidate source's answer). */
export async function capturesForPage(live: Article, pageUrl: string, source: PartSource): Promise<ArchivedArticle[]> {
  const manifest = await source.manifest();
  return (await assemble(await pageRefs(live, pageUrl, manifest, source), source)).members.map((m) => m.article);
}
