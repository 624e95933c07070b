// Moved paragraphs. The aligner (align.ts) keeps the longest run of paragraphs in order, so a
// paragraph that changed place comes out as `removed` where it stood and `added` where it now is.
// This pass pairs such entries back into one `moved` entry: first identical texts (same comparison
// key), then texts that are clearly the same paragraph edited as well (n-gram Dice ≥
// MOVE_THRESHOLD, stricter than PAIR_THRESHOLD because nothing in the order supports the pairing).
import type { ParagraphChange } from '../types';
import { comparisonKey } from './normalize';
import { sharedMatrix } from './pair-gap';
import { bigramProfile, diceUpperBound } from './similarity';

/** Dice similarity above which a removed and an added paragraph are one paragraph, moved and edited. */
export const MOVE_THRESHOLD = 0.7;

/**
 * Replaces removed/added pairs that hold the same paragraph by one `moved` entry at the live
 * position (with both indexes and texts). Other entries keep their order.
 */
export function findMoves(entries: readonly ParagraphChange[]): ParagraphChange[] {
  const removed = entries.filter((e) => e.status === 'removed');
  const added = entries.filter((e) => e.status === 'added');
  if (!removed.length || !added.length) return [...entries];
  const keyOf = new Map<ParagraphChange, string>();
  for (const e of [...removed, ...added]) keyOf.set(e, comparisonKey(e.live ?? e.archived ?? ''));

  const partner = new Map<ParagraphChange, ParagraphChange>(); // added → removed
  const used = new Set<ParagraphChange>();
  for (const a of added) {
    const r = removed.find((x) => !used.has(x) && keyOf.get(x) === keyOf.get(a));
    if (r) {
      partner.set(a, r);
      used.add(r);
    }
  }
  // Edited moves: Dice of the gram profiles, shared counts from an inverted index (pair-gap.ts), so
  // two long lists of unrelated paragraphs cost only the grams they share.
  const restA = added.filter((a) => !partner.has(a));
  const restR = removed.filter((r) => !used.has(r));
  const candidates: { a: ParagraphChange; r: ParagraphChange; score: number }[] = [];
  if (restA.length && restR.length) {
    const pa = restA.map((e) => bigramProfile(keyOf.get(e) as string));
    const pr = restR.map((e) => bigramProfile(keyOf.get(e) as string));
    const shared = sharedMatrix(pr, pa);
    restR.forEach((r, i) => {
      const a0 = pr[i]!;
      restA.forEach((a, j) => {
        const b0 = pa[j]!;
        if (diceUpperBound(a0, b0) < MOVE_THRESHOLD) return;
        const total = a0.codes.length + b0.codes.length;
        const score = total === 0 ? 1 : (2 * (shared[i * restA.length + j] as number)) / total;
        if (score >= MOVE_THRESHOLD) candidates.push({ a, r, score });
      });
    });
  }
  candidates.sort((x, y) => y.score - x.score);
  for (const { a, r } of candidates) {
    if (partner.has(a) || used.has(r)) continue;
    partner.set(a, r);
    used.add(r);
  }
  if (!partner.size) return [...entries];

  const out: ParagraphChange[] = [];
  for (const e of entries) {
    if (used.has(e)) continue;
    const r = partner.get(e);
    out.push(r ? { status: 'moved', live: e.live, archived: r.archived, liveIndex: e.liveIndex, archivedIndex: r.archivedIndex } : e);
  }
  return out;
}
