// Paragraph alignment of a live article against its archived copy.
//
// 1. Every paragraph gets its comparison key (normalize.ts). Paragraphs whose key is empty or a
//    bare ad label are left out of the comparison (they are not text; see isNoiseKey).
// 2. The longest common subsequence of the keys gives the unchanged paragraphs (anchors), so an
//    inserted or deleted paragraph does not shift the pairing of everything after it.
// 3. Between two anchors, the leftover archived and live paragraphs are paired when similar
//    enough (character-bigram Dice ≥ PAIR_THRESHOLD, similarity.ts), in order (pair-gap.ts);
//    the rest are removed / added.
//
// Splits and merges (pair-gap.ts finds them, up to MAX_GROUP paragraphs):
// * one archived paragraph split into k live ones → k entries, one per live piece, each with the
//   archived paragraph's index and the slice of its text that corresponds to the piece
//   (chars.ts sliceLike); `unchanged` when the piece equals its slice after normalisation (only
//   the paragraph break moved), `changed` otherwise.
// * k archived paragraphs merged into one live one → one entry with the first archived index and
//   the archived texts joined by "\n"; `unchanged` when the keys concatenate to the live key.
//
// Reordered paragraphs: the LCS keeps the longest run in order; a paragraph that moved shows as
// `removed` where it stood and `added` where it now is (or is paired with a similar paragraph in
// its new gap). The `moved` pass (moves.ts, run by compare.ts) pairs such removed/added entries
// across gaps: both carry their indexes and texts, and nothing else depends on their order.
import type { ParagraphChange } from '../types';
import { sliceLike } from './chars';
import { longestCommonSubsequence } from './lcs';
import { comparisonKey, isNoiseKey } from './normalize';
import { type GapStep, pairGap } from './pair-gap';
import { type BigramProfile, bigramProfile } from './similarity';

interface Para {
  /** Index in the caller's list. */
  index: number;
  text: string;
  key: string;
}

function prepare(texts: readonly string[]): Para[] {
  const out: Para[] = [];
  texts.forEach((text, index) => {
    const key = comparisonKey(text);
    if (!isNoiseKey(key)) out.push({ index, text, key });
  });
  return out;
}

/**
 * Aligns live paragraphs with archived ones. Returns one entry per compared paragraph in the
 * reading order of the live text, removed archived paragraphs placed where they stood (before the
 * live paragraphs added at the same place). Indexes refer to the input lists.
 */
export function alignParagraphs(live: readonly string[], archived: readonly string[]): ParagraphChange[] {
  const L = prepare(live);
  const A = prepare(archived);
  const anchors = longestCommonSubsequence(
    A.map((p) => p.key),
    L.map((p) => p.key),
  );
  const out: ParagraphChange[] = [];
  let ai = 0;
  let li = 0;
  const flushGap = (aEnd: number, lEnd: number) => {
    if (ai < aEnd || li < lEnd) emitGap(A.slice(ai, aEnd), L.slice(li, lEnd), out);
  };
  for (const [a, l] of anchors) {
    flushGap(a, l);
    const ap = A[a] as Para;
    const lp = L[l] as Para;
    out.push({ status: 'unchanged', live: lp.text, archived: ap.text, liveIndex: lp.index, archivedIndex: ap.index });
    ai = a + 1;
    li = l + 1;
  }
  flushGap(A.length, L.length);
  return out;
}

function emitGap(archived: Para[], live: Para[], out: ParagraphChange[]): void {
  const profiles = (ps: Para[]): BigramProfile[] => ps.map((p) => bigramProfile(p.key));
  const steps: GapStep[] =
    archived.length && live.length
      ? pairGap(profiles(archived), profiles(live))
      : archived.length
        ? archived.map((_, i) => ({ kind: 'removed', archived: i }))
        : live.map((_, j) => ({ kind: 'added', live: j }));
  for (const step of steps) {
    if (step.kind === 'removed') {
      const p = archived[step.archived] as Para;
      out.push({ status: 'removed', live: null, archived: p.text, liveIndex: null, archivedIndex: p.index });
    } else if (step.kind === 'added') {
      const p = live[step.live] as Para;
      out.push({ status: 'added', live: p.text, archived: null, liveIndex: p.index, archivedIndex: null });
    } else {
      const as = step.archived.map((i) => archived[i] as Para);
      const ls = step.live.map((j) => live[j] as Para);
      if (ls.length > 1) emitSplit(as[0] as Para, ls, out);
      else emitPairOrMerge(as, ls[0] as Para, out);
    }
  }
}

function emitPairOrMerge(as: Para[], l: Para, out: ParagraphChange[]): void {
  const same = as.map((p) => p.key).join('') === l.key;
  out.push({
    status: same ? 'unchanged' : 'changed',
    live: l.text,
    archived: as.map((p) => p.text).join('\n'),
    liveIndex: l.index,
    archivedIndex: (as[0] as Para).index,
  });
}

function emitSplit(a: Para, ls: Para[], out: ParagraphChange[]): void {
  const slices = sliceLike(
    a.text,
    ls.map((p) => p.text),
  );
  ls.forEach((l, k) => {
    const slice = slices[k] ?? '';
    out.push({
      status: comparisonKey(slice) === l.key ? 'unchanged' : 'changed',
      live: l.text,
      archived: slice,
      liveIndex: l.index,
      archivedIndex: a.index,
    });
  });
}
