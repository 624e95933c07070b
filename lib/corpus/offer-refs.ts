// The captures a partitioned corpus must bring in for the possible-earlier offers of a page that
// matched nothing (lib/match/possible-earlier.ts): those of the page's own filing day that the same
// rule offers. Reads one day's heads and texts, only when there is no match; weighs only the captures
// holding enough of the page's opening (lib/corpus/day-shingles.ts).
import { dayOfYmd } from '../identity/features';
import { OFFER_MIN_SIMILARITY, offerDay, rankOffers } from '../match/possible-earlier';
import type { ArchivedArticle, Article } from '../types';
import { articleAt, livePage } from './decoded';
import { dayShingles } from './day-shingles';
import type { SliceRef } from './day-file';
import type { PartSource } from './lookup';
import type { CorpusManifest } from './partition';

export async function offerRefs(live: Article, pageUrl: string, manifest: CorpusManifest, source: PartSource): Promise<SliceRef[]> {
  const page = livePage(live, pageUrl).features;
  const day = offerDay(page);
  if (day === null || !manifest.days.includes(day)) return [];
  const dayNumber = dayOfYmd(day);
  const [file, texts] = await Promise.all([source.slice(day), source.texts(day)]);
  const captures: { article: ArchivedArticle; group: number; ref: SliceRef }[] = [];
  // offerSimilarity offers nothing under OFFER_MIN_SIMILARITY of containment: counted for the whole day at once.
  const contained = dayShingles(texts, file.size).containments(page.shingles);
  for (let i = 0; i < file.size; i++) {
    const { keys } = file.features(i);
    if ((keys.urlDay ?? keys.shownDay) !== dayNumber || contained[i]! < OFFER_MIN_SIMILARITY) continue;
    captures.push({ article: articleAt(texts, i), group: file.head.groupOf[i] ?? -1 - i, ref: [day, i] });
  }
  const offered = new Set(rankOffers(page, captures).map((o) => o.source));
  return captures.filter((c) => offered.has(c.article.source)).map((c) => c.ref);
}
