// The captures a partitioned corpus must bring in for the possible-earlier offers of a page that
// matched nothing (lib/match/possible-earlier.ts): those of the page's own filing day that the same
// rule offers. Reads one day's heads and texts, only when there is no match.
import { dayOfYmd } from '../identity/features';
import { offerDay, rankOffers } from '../match/possible-earlier';
import type { ArchivedArticle, Article } from '../types';
import { articleAt, livePage } from './decoded';
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
  for (let i = 0; i < file.size; i++) {
    const { keys } = file.features(i);
    if ((keys.urlDay ?? keys.shownDay) !== dayNumber) continue;
    captures.push({ article: articleAt(texts, i), group: file.head.groupOf[i] ?? -1 - i, ref: [day, i] });
  }
  const offered = new Set(rankOffers(page, captures).map((o) => o.source));
  return captures.filter((c) => offered.has(c.article.source)).map((c) => c.ref);
}
