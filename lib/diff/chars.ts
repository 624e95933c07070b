// Character-level diff of two display texts (@sanity/diff-match-patch, Myers with a deadline, then
// semantic cleanup). Character level is right for CJK: 四 → 五 shows as one replaced character,
// and cleanupSemantic turns a rewrite into one replacement instead of hundreds of tiny matches on
// 的, 了, 国. The deadline bounds the work on long unrelated texts (the result is then coarser but
// still a valid diff).
import { cleanupSemantic, DIFF_DELETE, DIFF_INSERT, makeDiff } from '@sanity/diff-match-patch';
import type { TextSpan } from '../types';
import { comparisonKey } from './normalize';
import { PAIR_THRESHOLD, similarity } from './similarity';

/** One run of a character diff, `before` → `after`. */
export type TextOp = TextSpan;

/** Default deadline of one character diff, in milliseconds. */
export const DIFF_TIMEOUT_MS = 25;

/**
 * Texts longer than this (together) that the aligner would not pair (n-gram similarity below
 * PAIR_THRESHOLD) are reported as one replacement without running the diff: semantic cleanup
 * reduces such pairs to (nearly) that anyway, and on 50,000-character inputs the diff's
 * half-match search alone takes 30–50 ms before the deadline even applies.
 */
const GATE_LENGTH = 2_000;

/**
 * Character diff of `before` → `after`, cleaned up semantically. Concatenating the `equal` and
 * `delete` runs gives `before`; the `equal` and `insert` runs give `after`.
 */
export function diffChars(before: string, after: string, timeoutMs = DIFF_TIMEOUT_MS): TextOp[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  if (tooUnlikeToDiff(before, after)) {
    const ops: TextOp[] = [];
    if (before) ops.push({ op: 'delete', text: before });
    if (after) ops.push({ op: 'insert', text: after });
    return ops;
  }
  return boundedDiff(before, after, timeoutMs);
}

/** True when two long texts are too unlike to diff (see GATE_LENGTH): show them as one replacement. */
export function tooUnlikeToDiff(before: string, after: string): boolean {
  return before.length + after.length > GATE_LENGTH && similarity(comparisonKey(before), comparisonKey(after)) < PAIR_THRESHOLD;
}

/** The bounded, semantically cleaned diff without the gate (callers that checked it already). */
export function boundedDiff(before: string, after: string, timeoutMs = DIFF_TIMEOUT_MS): TextOp[] {
  // The library takes seconds; 0 would mean "no deadline", so keep at least 1 ms.
  const diffs = cleanupSemantic(makeDiff(before, after, { timeout: Math.max(timeoutMs, 1) / 1000 }));
  return diffs.map(([op, text]) => ({
    op: op === DIFF_DELETE ? 'delete' : op === DIFF_INSERT ? 'insert' : 'equal',
    text,
  }));
}

/** Share of characters the two texts have in common in a character diff, 0..1 (2·equal / total). */
export function diffRatio(ops: readonly TextOp[]): number {
  let equal = 0;
  let total = 0;
  for (const { op, text } of ops) {
    total += op === 'equal' ? 2 * text.length : text.length;
    if (op === 'equal') equal += 2 * text.length;
  }
  return total === 0 ? 1 : equal / total;
}

/** A separator that never occurs in article text (normalised text holds no control characters). */
const SEP = '\u0000';

/**
 * Cuts `whole` into `pieces.length` consecutive slices that correspond to `pieces` (a paragraph
 * split in two or more): the cut points are where the character diff of `whole` → the joined
 * pieces crosses a piece boundary. Slices are trimmed; together they cover `whole`.
 */
export function sliceLike(whole: string, pieces: readonly string[], timeoutMs = DIFF_TIMEOUT_MS): string[] {
  if (pieces.length <= 1) return [whole];
  const joined = pieces.join(SEP);
  const diffs = makeDiff(whole, joined, { timeout: Math.max(timeoutMs, 1) / 1000 });
  const cuts: number[] = [];
  let posWhole = 0;
  for (const [op, text] of diffs) {
    if (op === DIFF_DELETE) {
      posWhole += text.length;
      continue;
    }
    // Equal or inserted text: a separator in it is a cut at the current position in `whole`
    // (equal runs cannot contain one, since `whole` has none; the count guard keeps it safe).
    for (let k = 0; k < text.length; k++) {
      if (text[k] === SEP && cuts.length < pieces.length - 1) cuts.push(posWhole);
      else if (op !== DIFF_INSERT) posWhole++;
    }
  }
  while (cuts.length < pieces.length - 1) cuts.push(whole.length);
  const out: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    out.push(whole.slice(from, cut).trim());
    from = cut;
  }
  out.push(whole.slice(from).trim());
  return out;
}
