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

/** Surface form → entry, with lengths bucketed by first character for a fast longest match. */
export class Dictionary {
  private readonly entries = new Map<string, DictEntry>();
  private readonly lengths = new Map<string, number[]>();
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
    const first = s[0] as string;
    const list = this.lengths.get(first) ?? [];
    if (!list.includes(s.length)) {
      list.push(s.length);
      list.sort((a, b) => b - a);
    }
    this.lengths.set(first, list);
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
    let i = 0;
    while (i < t.length) {
      const lens = this.lengths.get(t[i] as string);
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
