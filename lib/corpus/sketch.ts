// Per capture, what a lookup needs of its opening text to rule it out without reading it (format 4):
// its first OPENING folded characters (the possible-earlier offers ask for OFFER_MIN_OPENING of them
// in common) and a bitmap of its opening-text shingles, one bit set per shingle (a one-hash Bloom
// filter of 4 to 8 bits per shingle, 2,048 bits at least). One line per capture in `corpus/sketches/<day>.txt`, written
// at compile time, so a lookup on the page's own day counts the page's shingles found in each
// capture's bitmap instead of decoding and hashing that day's texts (lib/corpus/day-shingles.ts).
//
// Every shingle the two share has its bit set, so the count is at least the shared count and the
// containment computed from it (sketchContainment) is an upper bound of the exact containment: a
// capture the bound rules out (under MIN_CONTAINED, or OFFER_MIN_SIMILARITY) is one the exact count
// rules out too, and one it lets through is judged on its whole features as before. No result
// changes (tests/lib/corpus/lookup-equal.test.ts, sketch.test.ts). Pure.
import type { IdentityFeatures } from '../identity/features';
import { OFFER_MIN_OPENING } from '../match/possible-earlier';

/** Folded opening characters kept per capture (what offerSimilarity compares at least). */
export const OPENING = OFFER_MIN_OPENING;
/** Bitmap bits per shingle, at least (rounded up to a power of two: 4 to 8). */
const BITS_PER_SHINGLE = 4;
/**
 * Bits of the smallest bitmap (256 bytes). A page's opening has up to ~600 shingles, and every one
 * of them probes the capture's bitmap: a small capture's few set bits must still be a small share of
 * the bitmap, or a long page's false hits alone would reach the capture's size.
 */
const MIN_LOG_BITS = 11;

/** The bit of shingle `v` in a bitmap of 2^log bits: the top bits of a multiplicative hash. */
const mix = (v: number): number => Math.imul(v, 0x9e3779b1) >>> 0;

function log2Bits(shingles: number): number {
  let log = MIN_LOG_BITS;
  while (1 << log < shingles * BITS_PER_SHINGLE) log++;
  return log;
}

/** A capture's line in its day's sketches file: opening characters, a tab, the bitmap in base64. */
export function sketchLine(f: Pick<IdentityFeatures, 'text' | 'shingles'>): string {
  if (f.shingles.length === 0) return `${f.text.slice(0, OPENING)}\t`;
  const log = log2Bits(f.shingles.length);
  const bytes = new Uint8Array(1 << (log - 3));
  for (const v of f.shingles) {
    const bit = mix(v) >>> (32 - log);
    bytes[bit >>> 3]! |= 1 << (bit & 7);
  }
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `${f.text.slice(0, OPENING)}\t${btoa(binary)}`;
}

/** A page's shingles, mixed once for every bitmap it is probed against. */
export type ProbedPage = { size: number; mixed: Uint32Array };

const probes = new WeakMap<Uint32Array, ProbedPage>();

/** The page's shingles probed, once per shingle set (a page's features are shared by every source). */
export function probe(shingles: Uint32Array): ProbedPage {
  let probed = probes.get(shingles);
  if (!probed) probes.set(shingles, (probed = { size: shingles.length, mixed: Uint32Array.from(shingles, mix) }));
  return probed;
}

/** The sketches file of a day, each line split and decoded once, when first asked. */
export class DaySketches {
  private lines: string[];
  private bitmaps: (string | undefined)[];

  constructor(text: string) {
    this.lines = text === '' ? [] : text.split('\n');
    this.bitmaps = new Array(this.lines.length);
  }

  get size(): number {
    return this.lines.length;
  }

  /** The first OPENING folded characters of capture `i`'s opening text. */
  opening(i: number): string {
    const line = this.lines[i]!;
    return line.slice(0, line.indexOf('\t'));
  }

  /** Capture `i`'s bitmap as a binary string (one char per byte; '' when it has no shingle). */
  private bitmap(i: number): string {
    let bits = this.bitmaps[i];
    if (bits === undefined) {
      const line = this.lines[i]!;
      this.bitmaps[i] = bits = atob(line.slice(line.indexOf('\t') + 1));
    }
    return bits;
  }

  /**
   * At least containment(page, capture i's shingles) (lib/identity/text-similarity.ts), `shingles`
   * being the capture's distinct shingle count (its heads line).
   */
  containmentBound(page: ProbedPage, i: number, shingles: number): number {
    if (page.size === 0 || shingles === 0) return 0;
    const bits = this.bitmap(i);
    const shift = 32 - Math.log2(bits.length * 8);
    const smaller = Math.min(page.size, shingles);
    let hits = 0;
    for (const m of page.mixed) {
      const bit = m >>> shift;
      if ((bits.charCodeAt(bit >>> 3) >>> (bit & 7)) & 1 && ++hits >= smaller) break;
    }
    return hits / smaller;
  }
}
