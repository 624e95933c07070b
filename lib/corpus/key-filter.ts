// A Bloom filter over the keys a lookup asks a corpus for before reading any part (format 4,
// `corpus/keys/filter.txt`, read once per source and kept like the manifest): the URL keys, and per
// filing day the slug and headline keys of its captures. It says cheaply "this corpus has no capture
// with this URL key" (no bucket read) and "no capture filed on that neighbouring day has the page's
// slug or headline" (no heads read: a day apart, only those keys can join a capture to the page,
// lib/identity/same-article.ts ruleMayHoldByKeys). A filter never says no to a key it holds, so
// nothing a lookup finds changes; a false yes (about 1 %) only costs the read it would have made.
// Bits are written six to a printable character (0x30 + bits). Pure.

export const FILTER_PATH = 'corpus/keys/filter.txt';
/** Filter bits per capture: three keys each (URL, slug, headline), ten bits a key. */
const BITS_PER_CAPTURE = 30;
const HASHES = 4;
const PER_CHAR = 6;
const ZERO = 0x30;

export const urlEntry = (key: string): string => `u:${key}`;
/** A slug (`s`) or headline (`t`) bigram key of a capture filed on `day` (`YYYYMMDD`). */
export const dayKeyEntry = (kind: 's' | 't', day: string, key: number): string => `${kind}:${day}:${key}`;

/** Two FNV-1a hashes of the entry (different offset bases): the filter's bits are h1 + i·h2. */
function hashes(entry: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < entry.length; i++) {
    const c = entry.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return [a >>> 0, (b | 1) >>> 0];
}

/** The filter file for `entries`, sized for `captures` captures. */
export function filterFile(entries: Iterable<string>, captures: number): string {
  const chars = Math.max(1, Math.ceil((Math.max(1, captures) * BITS_PER_CAPTURE) / PER_CHAR));
  const bits = chars * PER_CHAR;
  const cells = new Uint8Array(chars);
  for (const entry of entries) {
    const [h1, h2] = hashes(entry);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + i * h2) % bits;
      cells[Math.floor(bit / PER_CHAR)]! |= 1 << bit % PER_CHAR;
    }
  }
  let text = '';
  for (let at = 0; at < cells.length; at += 8192) text += String.fromCharCode(...cells.subarray(at, at + 8192).map((c) => c + ZERO));
  return text;
}

export class KeyFilter {
  private bits: number;
  constructor(private text: string) {
    this.bits = text.length * PER_CHAR;
  }

  /** False only when no entry equal to `entry` went in. */
  has(entry: string): boolean {
    const [h1, h2] = hashes(entry);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + i * h2) % this.bits;
      if ((((this.text.charCodeAt(Math.floor(bit / PER_CHAR)) - ZERO) >>> bit % PER_CHAR) & 1) === 0) return false;
    }
    return true;
  }
}
