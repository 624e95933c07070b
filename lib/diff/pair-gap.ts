// Pairs the paragraphs left between two anchors (identical paragraphs): which archived paragraph
// became which live one. An order-preserving alignment (no crossings, like sentence alignment)
// chooses among: archived removed, live added, one ↔ one edited, one archived ↔ up to
// MAX_GROUP consecutive live paragraphs (a split) and up to MAX_GROUP archived ↔ one live (a merge).
//
// Score of a pairing = (Dice − PAIR_THRESHOLD) × (mean length): only pairs at or above the
// threshold are allowed, longer paragraphs weigh more, and adding an unrelated paragraph to a
// group lowers the score, so a group wins only when the pieces together match better than any
// one of them does.
import {
  type BigramProfile,
  concatProfiles,
  diceOfProfiles,
  diceUpperBound,
  PAIR_THRESHOLD,
} from './similarity';

/** Largest number of paragraphs one paragraph may be split into or merged from. */
export const MAX_GROUP = 3;

/**
 * A group member must have at least this share of its bigrams in the other side of the group:
 * a piece of a split paragraph is largely contained in the whole. Keeps the search small.
 */
const MIN_CONTAINMENT = 0.5;

/** One step of a gap alignment, in reading order. Indexes are relative to the gap. */
export type GapStep =
  | { kind: 'removed'; archived: number }
  | { kind: 'added'; live: number }
  /** `archived.length` and `live.length` are 1 and 1, 1 and k (split) or k and 1 (merge). */
  | { kind: 'paired'; archived: number[]; live: number[] };

/**
 * Pairwise multiset-intersection sizes of the archived and live gram profiles, `n × m`, row-major.
 * Built from an inverted index of the live grams, so pairs that share nothing cost nothing: a gap
 * of unrelated paragraphs touches only the postings of the grams they do share.
 */
export function sharedMatrix(archived: readonly BigramProfile[], live: readonly BigramProfile[]): Int32Array {
  const m = live.length;
  const postings = new Map<number, number[]>(); // gram → [live index, count, live index, count …]
  live.forEach((p, j) => {
    const c = p.codes;
    for (let k = 0; k < c.length; ) {
      const g = c[k] as number;
      let e = k + 1;
      while (e < c.length && c[e] === g) e++;
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(j, e - k);
      k = e;
    }
  });
  const shared = new Int32Array(archived.length * m);
  archived.forEach((p, i) => {
    const c = p.codes;
    const row = i * m;
    for (let k = 0; k < c.length; ) {
      const g = c[k] as number;
      let e = k + 1;
      while (e < c.length && c[e] === g) e++;
      const list = postings.get(g);
      if (list) {
        const count = e - k;
        for (let x = 0; x < list.length; x += 2) {
          const at = row + (list[x] as number);
          shared[at] = (shared[at] as number) + Math.min(count, list[x + 1] as number);
        }
      }
      k = e;
    }
  });
  return shared;
}

function gain(dice: number, lengthA: number, lengthB: number): number {
  return dice < PAIR_THRESHOLD ? -1 : (dice - PAIR_THRESHOLD) * ((lengthA + lengthB) / 2) + 1e-9;
}

/**
 * Aligns the archived and live paragraphs of one gap (their bigram profiles) and returns the
 * steps in order. Removed paragraphs come before added ones where both are unpaired.
 */
export function pairGap(archived: readonly BigramProfile[], live: readonly BigramProfile[]): GapStep[] {
  const n = archived.length;
  const m = live.length;
  if (n === 0) return live.map((_, j) => ({ kind: 'added', live: j }));
  if (m === 0) return archived.map((_, i) => ({ kind: 'removed', archived: i }));

  const sharedAt = sharedMatrix(archived, live);
  const containedIn = (piece: BigramProfile, count: number) =>
    piece.codes.length > 0 && count / piece.codes.length >= MIN_CONTAINMENT;

  // best[i·w + j]: best score aligning archived[i..] with live[j..]; stepA/stepL: its first step.
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  const stepA = new Uint8Array((n + 1) * w);
  const stepL = new Uint8Array((n + 1) * w);
  let top = 0;
  let da = 0;
  let dl = 0;
  const consider = (at: number, score: number, a: number, l: number) => {
    const total = score + (best[at + a * w + l] as number);
    if (total > top) {
      top = total;
      da = a;
      dl = l;
    }
  };
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      const at = i * w + j;
      if (i === n || j === m) {
        // Only removals (or only additions) are left.
        best[at] = 0;
        stepA[at] = i < n ? 1 : 0;
        stepL[at] = i < n ? 0 : 1;
        continue;
      }
      // Skipping a paragraph scores 0: start from the better of "removed" and "added".
      const rem = best[at + w] as number;
      const add = best[at + 1] as number;
      top = rem >= add ? rem : add;
      da = rem >= add ? 1 : 0;
      dl = rem >= add ? 0 : 1;
      const s = sharedAt[i * m + j] as number;
      if (s === 0) {
        best[at] = top;
        stepA[at] = da;
        stepL[at] = dl;
        continue;
      }
      const a = archived[i] as BigramProfile;
      const b = live[j] as BigramProfile;
      if (diceUpperBound(a, b) >= PAIR_THRESHOLD) {
        const g = gain((2 * s) / (a.codes.length + b.codes.length), a.length, b.length);
        if (g > 0) consider(at, g, 1, 1);
      }
      if (containedIn(b, s)) {
        // Split: archived[i] ↔ live[j..j+k-1], every piece mostly contained in archived[i].
        let pieces: BigramProfile = b;
        for (let k = 2; k <= MAX_GROUP && j + k <= m; k++) {
          const piece = live[j + k - 1] as BigramProfile;
          if (!containedIn(piece, sharedAt[i * m + j + k - 1] as number)) break;
          pieces = concatProfiles(pieces, piece);
          const g = gain(diceOfProfiles(a, pieces), a.length, pieces.length);
          if (g > 0) consider(at, g, 1, k);
        }
      }
      if (containedIn(a, s)) {
        // Merge: archived[i..i+k-1] ↔ live[j], every former paragraph mostly contained in live[j].
        let parts: BigramProfile = a;
        for (let k = 2; k <= MAX_GROUP && i + k <= n; k++) {
          const part = archived[i + k - 1] as BigramProfile;
          if (!containedIn(part, sharedAt[(i + k - 1) * m + j] as number)) break;
          parts = concatProfiles(parts, part);
          const g = gain(diceOfProfiles(parts, b), parts.length, b.length);
          if (g > 0) consider(at, g, k, 1);
        }
      }
      best[at] = top;
      stepA[at] = da;
      stepL[at] = dl;
    }
  }

  // Trace back; collect unpaired runs so removals are listed before additions between pairs.
  const steps: GapStep[] = [];
  let removed: GapStep[] = [];
  let added: GapStep[] = [];
  const flush = () => {
    // A loop, not push(...removed, ...added): a gap can hold as many paragraphs as the page.
    for (const step of removed) steps.push(step);
    for (const step of added) steps.push(step);
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const c = { da: stepA[i * w + j] as number, dl: stepL[i * w + j] as number };
    if (c.da === 1 && c.dl === 0) removed.push({ kind: 'removed', archived: i });
    else if (c.da === 0 && c.dl === 1) added.push({ kind: 'added', live: j });
    else {
      flush();
      steps.push({
        kind: 'paired',
        archived: Array.from({ length: c.da }, (_, k) => i + k),
        live: Array.from({ length: c.dl }, (_, k) => j + k),
      });
    }
    i += c.da;
    j += c.dl;
  }
  flush();
  return steps;
}
