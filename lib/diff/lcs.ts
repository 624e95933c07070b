// Longest common subsequence of two key lists: the paragraphs that stayed identical (after
// normalisation) and in order. These anchors split the rest into gaps, so an inserted or deleted
// paragraph never shifts the pairing of the paragraphs after it.

/** Cells of the dynamic-programming table above which the exact LCS gives way to patience anchors. */
const MAX_TABLE_CELLS = 4_000_000;

/** Index pairs [a, b] with `a[ai] === b[bi]`, strictly increasing in both. */
export type Anchor = readonly [number, number];

/**
 * LCS of `a` and `b` as index pairs. Exact (dynamic programming over the part between the common
 * prefix and suffix); for very long lists it falls back to patience anchors: keys unique in both
 * lists, longest increasing run (an LCS of the unique keys only). Ties prefer the earliest match
 * in `a`, so a paragraph repeated verbatim is anchored to its first occurrence.
 */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Anchor[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const anchors: Anchor[] = [];
  for (let i = 0; i < start; i++) anchors.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0) {
    const middle =
      (n + 1) * (m + 1) <= MAX_TABLE_CELLS
        ? tableLcs(a, b, start, endA, start, endB)
        : patienceLcs(a, b, start, endA, start, endB);
    for (const pair of middle) anchors.push(pair);
  }
  for (let k = 0; endA + k < a.length; k++) anchors.push([endA + k, endB + k]);
  return anchors;
}

function tableLcs(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): Anchor[] {
  // Integer ids make the inner loop a number comparison.
  const ids = new Map<string, number>();
  const id = (k: string): number => {
    let v = ids.get(k);
    if (v === undefined) ids.set(k, (v = ids.size));
    return v;
  };
  const n = a1 - a0;
  const m = b1 - b0;
  const ai = Int32Array.from({ length: n }, (_, i) => id(a[a0 + i] as string));
  const bi = Int32Array.from({ length: m }, (_, j) => id(b[b0 + j] as string));
  const w = m + 1;
  // table[i * w + j] = LCS length of a[i..] and b[j..].
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        ai[i] === bi[j]
          ? (table[(i + 1) * w + j + 1] as number) + 1
          : Math.max(table[(i + 1) * w + j] as number, table[i * w + j + 1] as number);
    }
  }
  const out: Anchor[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ai[i] === bi[j]) {
      out.push([a0 + i, b0 + j]);
      i++;
      j++;
    } else if ((table[(i + 1) * w + j] as number) >= (table[i * w + j + 1] as number)) i++;
    else j++;
  }
  return out;
}

function patienceLcs(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): Anchor[] {
  const count = (list: readonly string[], from: number, to: number) => {
    const c = new Map<string, { n: number; at: number }>();
    for (let i = from; i < to; i++) {
      const k = list[i] as string;
      const e = c.get(k);
      if (e) e.n++;
      else c.set(k, { n: 1, at: i });
    }
    return c;
  };
  const ca = count(a, a0, a1);
  const cb = count(b, b0, b1);
  const pairs: Anchor[] = [];
  for (const [k, e] of ca) {
    const f = cb.get(k);
    if (e.n === 1 && f && f.n === 1) pairs.push([e.at, f.at]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  // Longest strictly increasing subsequence on the b index (patience sorting).
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    const v = (pairs[p] as Anchor)[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as Anchor)[1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1] as number;
    tails[lo] = p;
  }
  const out: Anchor[] = [];
  for (let p = tails.length ? (tails[tails.length - 1] as number) : -1; p >= 0; p = prev[p] as number) {
    out.push(pairs[p] as Anchor);
  }
  return out.reverse();
}
