// The captures a partitioned corpus must bring in for the possible-earlier offers of a page that
// matched nothing (lib/match/possible-earlier.ts): those of the page's own filing day that the same
// rule offers. Reads one day's heads, only when there is no match, and weighs only the captures
// holding enough of the page's opening: format 4 rules the others out by their sketches (the same
// first OFFER_MIN_OPENING characters, an upper bound of containment: lib/corpus/sketch.ts) and reads
// the texts of those left, if any; format 3 counts them from the day's texts (day-shingles.ts).
import { dayOfYmd } from '../identity/features';
import { OFFER_MIN_SIMILARITY, offerDay, rankOffers } from '../match/possible-earlier';
import type { ArchivedArticle, Article } from '../types';
import { articleAt, livePage } from './decoded';
import { dayShingles } from './day-shingles';
import type { DayFile, SliceRef } from './day-file';
import type { PartSource } from './lookup';
import type { CorpusManifest } from './partition';
import { OPENING } from './sketch';

/** Format 4: the captures of the page's day that may be offered, by their sketches. */
async function bySketch(file: DayFile, dayNumber: number, page: ReturnType<typeof livePage>['features'], source: PartSource): Promise<number[]> {
  // offerSimilarity asks for OFFER_MIN_OPENING (= OPENING) common characters from the start.
  if (page.text.length < OPENING) return [];
  const opening = page.text.slice(0, OPENING);
  const same: number[] = [];
  for (let i = 0; i < file.size; i++) {
    const { keys } = file.features(i);
    if ((keys.urlDay ?? keys.shownDay) === dayNumber) same.push(i);
  }
  if (same.length === 0) return [];
  const sketches = await source.sketches!(file.day);
  return same.filter((i) => sketches.opening(i) === opening && sketches.containmentBound(page.shingles, i, file.features(i).shingles) >= OFFER_MIN_SIMILARITY);
}

export async function offerRefs(live: Article, pageUrl: string, manifest: CorpusManifest, source: PartSource): Promise<SliceRef[]> {
  const page = livePage(live, pageUrl).features;
  const day = offerDay(page);
  if (day === null || !manifest.days.includes(day)) return [];
  const dayNumber = dayOfYmd(day);
  let file: DayFile;
  let kept: number[];
  if (manifest.version >= 4 && source.sketches) {
    file = await source.slice(day);
    kept = await bySketch(file, dayNumber!, page, source);
  } else {
    const [heads, all] = await Promise.all([source.slice(day), source.texts(day)]);
    file = heads;
    // offerSimilarity offers nothing under OFFER_MIN_SIMILARITY of containment: counted for the whole day at once.
    const contained = dayShingles(all, file.size).containments(page.shingles);
    kept = [];
    for (let i = 0; i < file.size; i++) {
      const { keys } = file.features(i);
      if ((keys.urlDay ?? keys.shownDay) === dayNumber && contained[i]! >= OFFER_MIN_SIMILARITY) kept.push(i);
    }
  }
  if (kept.length === 0) return [];
  const texts = await source.texts(day);
  const captures: { article: ArchivedArticle; group: number; ref: SliceRef }[] = kept.map((i) => ({
    article: articleAt(texts, i),
    group: file.head.groupOf[i] ?? -1 - i,
    ref: [day, i],
  }));
  const offered = new Set(rankOffers(page, captures).map((o) => o.source));
  return captures.filter((c) => offered.has(c.article.source)).map((c) => c.ref);
}
