// Per filing day, what a lookup needs of its captures' opening texts to rule them out without
// reading them (format 4, `corpus/sketches/<day>.txt`):
// - line 1: a bitmap of each capture's opening-text shingles (one bit of BITS per shingle, a one-hash
//   Bloom filter), stored transposed: for each bit, a row of one bit per capture, six to a printable
//   character, so that the page's shingles are counted in every capture of the day at once by
//   reading only the rows of the page's own bits (nothing else of the line is decoded);
// - then one line per capture: the first OPENING folded characters of its opening text (the
//   possible-earlier offers ask for OFFER_MIN_OPENING of them in common).
// Written at compile time, so a lookup on the page's own day needs neither the day's texts nor any
// hashing of them (what lib/corpus/day-shingles.ts does for format 3).
//
// Every shingle the page and a capture share has its bit set in both, so the count of the page's
// shingles whose bit the capture has is at least their shared count, and the containment computed
// from it is an upper bound of the exact containment: a capture the bound rules out (under
// MIN_CONTAINED, or OFFER_MIN_SIMILARITY) is one the exact count rules out too, and one it lets
// through is judged on its whole features as before. No result changes
// (tests/lib/corpus/lookup-equal.test.ts, sketch.test.ts). Pure.
import type { IdentityFeatures } from '../identity/features';
import { OFFER_MIN_OPENING } from '../match/possible-earlier';

/** Folded opening characters kept per capture (what offerSimilarity compares at least). */
export const OPENING = OFFER_MIN_OPENING;
/**
 * Bits per capture bitmap. An opening has at most ~600 shingles, so at most ~25 % of the bits are
 * set, and an unrelated page's false hits stay near a quarter of its shingles: far under the
 * containments the rules ask for (0.5, 0.65).
 */
const LOG_BITS = 11;
const BITS = 1 << LOG_BITS;

/** A shingle's bit: the top bits of a multiplicative hash. */
const bitOf = (v: number): number => Math.imul(v, 0x9e3779b1) >>> (32 - LOG_BITS);

/** Captures per character of a row: six bits, written as the character 0x30 + bits (`0` … `o`). */
const PER_CHAR = 6;
const ZERO = 0x30;

/** The sketches file of a day's captures, in capture order (format above). */
export function sketchesFile(features: readonly Pick<IdentityFeatures, 'text' | 'shingles'>[]): string {
  const width = Math.ceil(features.length / PER_CHAR);
  const matrix = new Uint8Array(BITS * width);
  features.forEach((f, c) => {
    const at = Math.floor(c / PER_CHAR);
    for (const v of f.shingles) matrix[bitOf(v) * width + at]! |= 1 << c % PER_CHAR;
  });
  let rows = '';
  for (let at = 0; at < matrix.length; at += 8192) rows += String.fromCharCode(...matrix.subarray(at, at + 8192).map((b) => b + ZERO));
  return [rows, ...features.map((f) => f.text.slice(0, OPENING))].join('\n');
}

/** The sketches file of a day, read where a page asks. */
export class DaySketches {
  private lines: string[];
  private last: { page: Uint32Array; hits: Int32Array } | null = null;

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  get size(): number {
    return this.lines.length - 1;
  }

  /** The first OPENING folded characters of capture `i`'s opening text. */
  opening(i: number): string {
    return this.lines[i + 1]!;
  }

  /** For each capture, the page's shingles whose bit it has: the rows of the page's bits only (the last page's kept). */
  private hits(page: Uint32Array): Int32Array {
    if (this.last?.page === page) return this.last.hits;
    const rows = this.lines[0]!;
    const width = Math.ceil(this.size / PER_CHAR);
    const hits = new Int32Array(width * PER_CHAR);
    for (const v of page) {
      const row = bitOf(v) * width;
      for (let w = 0; w < width; w++) {
        let x = rows.charCodeAt(row + w) - ZERO;
        while (x !== 0) {
          const low = x & -x;
          hits[w * PER_CHAR + 31 - Math.clz32(low)]!++;
          x ^= low;
        }
      }
    }
    this.last = { page, hits };
    return hits;
  }

  /**
   * At least containment(page, capture i's shingles) (lib/identity/text-similarity.ts), `shingles`
   * being the capture's distinct shingle count (its heads line).
   */
  containmentBound(page: Uint32Array, i: number, shingles: number): number {
    if (page.length === 0 || shingles === 0) return 0;
    const smaller = Math.min(page.length, shingles);
    return Math.min(this.hits(page)[i]!, smaller) / smaller;
  }
}
