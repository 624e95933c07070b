// Counting on ascending number arrays: the inner loop of both text-similarity measures (paragraph
// pairing in lib/diff, capture identity in lib/identity).

/** Values two ascending arrays share, a repeated value counted as often as both hold it. */
export function countCommonSorted(a: Uint32Array | Float64Array, b: Uint32Array | Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
