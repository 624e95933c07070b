// String similarity measures used to decide whether two captures are the same article. Pure and
// allocation-light: they run for every candidate of a lookup.
import { countCommonSorted } from '../sorted';

/** Folds a headline, slug or text for comparison: NFKC (full-width → ASCII), lower case, and only
 * letters and digits kept (punctuation, white space and dashes carry no identity). Traditional /
 * simplified variants seen in the corpus (着/著) are folded too. */
export function foldForIdentity(text: string): string {
  return FAST_FOLD.test(text) ? foldFast(text) : foldSlow(text);
}

/** The definition: every character through NFKC, lower case and the letter/digit filter. */
export function foldSlow(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/著/g, '着')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Texts made only of characters whose fold is known without ICU: CJK unified ideographs (letters,
 * unchanged by NFKC), printable ASCII, no-break space and the usual Chinese punctuation (none of
 * them a letter or digit, before or after NFKC). Anything else takes the slow path.
 * tests/lib/identity/fold.test.ts and fold.corpus.test.ts check both paths agree on the whole corpus and on every such character.
 */
const FAST_FOLD = /^[\u4e00-\u9fff\x20-\x7e\u00a0\u3000-\u3004\u3008-\u3011\u3014-\u301f\u2010-\u2027\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]*$/;

function foldFast(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const keep = (c >= 0x4e00 && c <= 0x9fff && c !== 0x8457) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
    if (keep) continue;
    if (i > from) out += text.slice(from, i);
    from = i + 1;
    if (c === 0x8457) out += '着';
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Character bigrams of a folded string as numbers, ascending (a multiset: repeats kept). A bigram of
 * code points x, y is (x + 1) * 0x110000 + y; one character alone gives itself (below 0x110000).
 */
function bigrams(s: string): Float64Array {
  const points: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    points.push(c);
    if (c > 0xffff) i++;
  }
  if (points.length === 1) return Float64Array.of(points[0]!);
  const grams = new Float64Array(Math.max(0, points.length - 1));
  for (let i = 0; i + 1 < points.length; i++) grams[i] = (points[i]! + 1) * 0x110000 + points[i + 1]!;
  return grams.sort();
}

/**
 * A hash of the bigram multiset of a folded string: equal whenever dice(a, b) === 1 (equal multisets),
 * so that a different key proves dice < 1. 0 for '' (dice with '' is 0). Collisions only cost a check.
 */
export function bigramKey(s: string): number {
  if (s === '') return 0;
  let h = 0x811c9dc5;
  for (const g of bigrams(s)) {
    h ^= g % 0x100000000;
    h = Math.imul(h, 0x01000193);
    h ^= Math.floor(g / 0x100000000);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) || 1;
}

/** Sørensen–Dice coefficient over character bigrams: 1 for equal strings, 0 for nothing shared. */
export function dice(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (a === '' || b === '') return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  const total = ga.length + gb.length;
  return total === 0 ? 0 : (2 * countCommonSorted(ga, gb)) / total;
}

/** Hashed character shingles (k code units) of a folded text: distinct FNV-1a hashes, ascending. */
export function shingles(folded: string, k = 4): Uint32Array {
  if (folded.length < k) return folded ? Uint32Array.of(fnv(folded, 0, folded.length)) : new Uint32Array(0);
  const all = new Uint32Array(folded.length - k + 1);
  for (let i = 0; i < all.length; i++) all[i] = fnv(folded, i, i + k);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** FNV-1a 32-bit hash of `s[from, to)`. */
function fnv(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Shingles two sets share. */
export const sharedCount: (a: Uint32Array, b: Uint32Array) => number = countCommonSorted;

/** Jaccard index of two shingle sets (`shared`: their sharedCount, when already known). */
export function jaccard(a: Uint32Array, b: Uint32Array, shared = countCommonSorted(a, b)): number {
  if (a.length === 0 || b.length === 0) return 0;
  return shared / (a.length + b.length - shared);
}

/** Share of the smaller set found in the larger: 1 when one text contains the other. */
export function containment(a: Uint32Array, b: Uint32Array, shared = countCommonSorted(a, b)): number {
  if (a.length === 0 || b.length === 0) return 0;
  return shared / Math.min(a.length, b.length);
}

/** A set of shingles for fast membership tests (open addressing; hashes above 2^31 are no small integers for Set). */
export class ShingleSet {
  private slots: Uint32Array;
  private filled: Uint8Array;
  private mask: number;
  readonly size: number;
  constructor(values: Uint32Array) {
    let capacity = 16;
    while (capacity < values.length * 4) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    this.filled = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.size = values.length; // distinct already (shingles)
    for (const v of values) {
      let i = Math.imul(v, 0x9e3779b1) & this.mask;
      while (this.filled[i] && this.slots[i] !== v) i = (i + 1) & this.mask;
      this.slots[i] = v;
      this.filled[i] = 1;
    }
  }
  has(v: number): boolean {
    let i = Math.imul(v, 0x9e3779b1) & this.mask;
    while (this.filled[i]) {
      if (this.slots[i] === v) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}

/**
 * An upper bound of containment(a, shingles(folded)) that builds no set for `folded`: its windows
 * whose hash `a` holds, counted with repeats (so at least the shared shingles), over the smaller set
 * size (`distinct`: shingles(folded).length, known beforehand). 1 when there is nothing to bound.
 */
export function containmentBound(a: ShingleSet, folded: string, distinct: number, k = 4): number {
  if (folded.length < k || distinct === 0 || a.size === 0) return 1;
  let hits = 0;
  for (let i = 0; i + k <= folded.length; i++) if (a.has(fnv(folded, i, i + k))) hits++;
  return Math.min(hits, distinct, a.size) / Math.min(a.size, distinct);
}
