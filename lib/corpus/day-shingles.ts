// The opening-text shingles of one day's captures as an inverted table (shingle → captures), built
// once per kept texts file: a lookup then counts, for every capture of the page's own day at once,
// the shingles it shares with the page by probing the page's few hundred shingles, instead of
// hashing every capture's opening text again (what containmentBound does, capture by capture).
//
// The counts are exact, so the containment they give is at most containmentBound's upper bound. A
// capture that the heads leave to its text (same day, neither slug nor headline keys equal, not the
// same time) can only be the same article by a text rule of sameArticleRule, and every text rule asks
// for containment ≥ MIN_CONTAINED (text ≥ 0.8 implies it): skipping the captures under it, rather
// than only those whose bound is under it, changes no match (tests/lib/corpus/lookup-equal.test.ts).
import { featuresOf } from '../identity/known-features';
import { containment } from '../identity/text-similarity';
import type { DayTexts } from './day-file';
import { articleAt } from './decoded';

export class DayShingles {
  private slots: Uint32Array;
  private filled: Uint8Array;
  private start: Int32Array;
  private postings: Int32Array;
  private mask: number;
  /** Distinct shingles of each capture's opening text. */
  readonly sets: Uint32Array[];

  constructor(sets: Uint32Array[]) {
    this.sets = sets;
    const total = sets.reduce((n, s) => n + s.length, 0);
    let capacity = 16;
    while (capacity < total * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity);
    this.filled = new Uint8Array(capacity);
    const count = new Int32Array(capacity + 1);
    const slotOf = sets.map((set) => Int32Array.from(set, (v) => this.insert(v)));
    for (const list of slotOf) for (const slot of list) count[slot + 1]!++;
    for (let i = 0; i < capacity; i++) count[i + 1]! += count[i]!;
    this.start = count;
    this.postings = new Int32Array(total);
    const next = count.slice(0, capacity);
    slotOf.forEach((list, capture) => {
      for (const slot of list) this.postings[next[slot]!++] = capture;
    });
  }

  private insert(v: number): number {
    let i = Math.imul(v, 0x9e3779b1) & this.mask;
    while (this.filled[i] && this.slots[i] !== v) i = (i + 1) & this.mask;
    this.slots[i] = v;
    this.filled[i] = 1;
    return i;
  }

  private find(v: number): number {
    let i = Math.imul(v, 0x9e3779b1) & this.mask;
    while (this.filled[i]) {
      if (this.slots[i] === v) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }

  private last: { page: Uint32Array; contained: Float64Array } | null = null;

  /** containment(page, capture's shingles) for every capture of the day (the last page's kept). */
  containments(page: Uint32Array): Float64Array {
    if (this.last?.page === page) return this.last.contained;
    const shared = new Int32Array(this.sets.length);
    for (const v of page) {
      const slot = this.find(v);
      if (slot < 0) continue;
      for (let p = this.start[slot]!; p < this.start[slot + 1]!; p++) shared[this.postings[p]!]!++;
    }
    const contained = Float64Array.from(this.sets, (set, i) => containment(page, set, shared[i]!));
    this.last = { page, contained };
    return contained;
  }
}

const tables = new WeakMap<DayTexts, DayShingles>();

/** The table of a texts file, built when first asked and kept as long as the file is. */
export function dayShingles(texts: DayTexts, size: number): DayShingles {
  let table = tables.get(texts);
  if (!table) tables.set(texts, (table = new DayShingles(Array.from({ length: size }, (_, i) => featuresOf(articleAt(texts, i)).shingles))));
  return table;
}
