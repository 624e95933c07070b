// Entities of the live article beside those of its archived copy: one list, each entity marked
// with where it is named, so a name added, corrected (纳瓦尼 → 纳瓦尔尼) or dropped stands out.
import type { Article, Entity, EntityMention, ReportEntity } from '../types';
import { analyseEntities, type EntityWithMentions } from './extract';
import { foldKey } from './span';

/**
 * The forms a reader sees as the name. For a Chinese name the Latin echo (纳瓦尔尼（Alexei Navalny）)
 * is left out: the same Latin behind a new Chinese spelling (纳瓦尼 → 纳瓦尔尼) is a correction the
 * reader should see, so the two spellings stay two entities, one added and one removed.
 */
function forms(e: Entity): string[] {
  const all = [e.text, ...e.aliases];
  const han = all.filter((f) => /[\u3400-\u9fff]/.test(f));
  return (han.length > 0 ? han : all).map(foldKey);
}

/** Live and archived entities are one referent when they share a type and a visible form. */
function sameReferent(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  const fa = new Set(forms(a));
  return forms(b).some((f) => fa.has(f));
}

function liveEntity(e: EntityWithMentions, inArchive: boolean): ReportEntity {
  const mentions: EntityMention[] = e.mentions.map(({ segment, start, end }) => ({ segment, start, end }));
  return { text: e.text, type: e.type, count: e.count, aliases: e.aliases, inLive: true, inArchive, mentions };
}

/**
 * The report's entity list: every live entity (with its live mentions), then the entities named
 * only in the archived copy (count = archived mentions, no live mentions). Without an archived
 * copy every entity is live only. Sorted by count, then live before archived-only.
 */
export function reportEntities(live: Article, archived: Article | null): ReportEntity[] {
  const liveOnes = analyseEntities(live).entities;
  if (!archived) return liveOnes.map((e) => liveEntity(e, false));
  const archivedOnes = analyseEntities(archived).entities;
  const out = liveOnes.map((e) => liveEntity(e, archivedOnes.some((a) => sameReferent(e, a))));
  for (const a of archivedOnes) {
    if (liveOnes.some((e) => sameReferent(e, a))) continue;
    out.push({ text: a.text, type: a.type, count: a.count, aliases: a.aliases, inLive: false, inArchive: true, mentions: [] });
  }
  // Stable: equal counts keep the live extraction's order (first appearance), archived-only last.
  return out.map((e, i) => ({ e, i })).sort((x, y) => y.e.count - x.e.count || x.i - y.i).map(({ e }) => e);
}
