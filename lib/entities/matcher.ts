// Longest-match dictionary scanner over a text: the gazetteer engine for every language.
import { isWordChar, span, type Span, type SpanType } from './span';

export interface DictEntry {
  type: SpanType;
  canonical: string;
  /** Latin entries need word boundaries on both sides; Han entries do not. */
  wordBounded: boolean;
  /** Rule name recorded on spans. */
  rule: string;
  priority: number;
}

/**
 * Surface form → entry, with lengths bucketed by first character for a fast longest match. The
 * buckets are built in one pass at the first scan after the last add, not kept up to date entry
 * by entry: the gazetteers add ~7,000 forms at the first extraction (its cold start is budgeted).
 */
export class Dictionary {
  private readonly entries = new Map<string, DictEntry>();
  /** First UTF-16 unit → the lengths of the forms starting with it, longest first; null when stale. */
  private lengths: Map<number, number[]> | null = null;
  private readonly caseFold: boolean;

  constructor(caseFold = false) {
    this.caseFold = caseFold;
  }

  private norm(s: string): string {
    return this.caseFold ? s.toLowerCase() : s;
  }

  /** Adds a surface form; the first definition of a form wins. */
  add(surface: string, entry: DictEntry): void {
    const s = this.norm(surface);
    if (!s || this.entries.has(s)) return;
    this.entries.set(s, entry);
    this.lengths = null;
  }

  private lengthsByFirst(): Map<number, number[]> {
    if (this.lengths) return this.lengths;
    const out = new Map<number, number[]>();
    for (const s of this.entries.keys()) {
      const first = s.charCodeAt(0);
      const list = out.get(first);
      if (!list) out.set(first, [s.length]);
      else if (!list.includes(s.length)) list.push(s.length);
    }
    for (const list of out.values()) list.sort((a, b) => b - a);
    this.lengths = out;
    return out;
  }

  get(surface: string): DictEntry | undefined {
    return this.entries.get(this.norm(surface));
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * All longest matches, scanning left to right: at each position the longest entry that fits is
   * taken and the scan jumps past it. `text` must already be folded (see foldForMatch).
   */
  scan(text: string): Span[] {
    const out: Span[] = [];
    const t = this.caseFold ? text.toLowerCase() : text;
    const lengths = this.lengthsByFirst();
    let i = 0;
    while (i < t.length) {
      const lens = lengths.get(t.charCodeAt(i));
      let taken = 0;
      if (lens) {
        for (const len of lens) {
          if (i + len > t.length) continue;
          const e = this.entries.get(t.slice(i, i + len));
          if (!e) continue;
          if (e.wordBounded && (isWordChar(t[i - 1]) || isWordChar(t[i + len]))) continue;
          out.push(span(i, i + len, e.type, e.canonical, e.rule, e.priority));
          taken = len;
          break;
        }
      }
      i += taken > 0 ? taken : 1;
    }
    return out;
  }
}
