// One filing day of the packaged corpus as two text files the background reads cheaply:
// - the heads file: a JSON head line (the day and the groups of its captures), then one JSON line per
//   capture with the identity features known without its text (head features and the number of its
//   opening-text shingles, computed at build time by lib/identity/features.ts): a few KB per day;
// - the texts file: one line per capture, its metadata, a tab, and its lead and paragraph texts,
//   each as JSON.
// A lookup reads the heads of the days it searches and the texts of one day at most, so it decodes
// a fraction of the corpus it searches. Pure: strings in, data out.
import type { HeadFeatures, IdentityFeatures } from '../identity/features';
import type { ArchivedArticle, Block } from '../types';

/** A capture's place in the partitions: its day and its line there (0-based, after the head). */
export type SliceRef = [day: string, position: number];

export interface DayHead {
  day: string;
  /** The groups (articles) these captures belong to: every version's ref, oldest first. */
  groups: SliceRef[][];
  /** Capture position → index into `groups`. */
  groupOf: number[];
}

/** The metadata part of a texts line: the article without its texts. */
type CaptureMeta = Omit<ArchivedArticle, 'lead' | 'paragraphs'> & {
  /** Whether the first text is the lead (false: the article has no lead). */
  lead: boolean;
  /** One letter per paragraph: its kind. */
  paragraphs: string;
};

/** The features part of a capture line: HeadFeatures in order, then the distinct shingle count. */
type CaptureId = [number | null, number | null, string | null, number | null, string, string, number];

/** What a lookup knows of a capture before reading its text. */
export interface CaptureFeatures {
  head: HeadFeatures;
  /** shingles(opening text).length: for containmentBound. */
  shingles: number;
}

const KIND_CODE: Record<Block['kind'], string> = { p: 'p', h: 'h', quote: 'q', li: 'l' };
const CODE_KIND: Record<string, Block['kind']> = { p: 'p', h: 'h', q: 'quote', l: 'li' };

/** Both files of one day; `features` gives each capture's identityFeatures (lib/identity/features.ts). */
export function encodeDay(
  head: DayHead,
  articles: ArchivedArticle[],
  features: (a: ArchivedArticle, n: number) => IdentityFeatures,
): { heads: string; texts: string } {
  const heads = articles.map((a, n) => {
    const f = features(a, n);
    const id: CaptureId = [f.urlDay, f.shownDay, f.shownAt, f.feedAt, f.slug, f.title, f.shingles.length];
    return JSON.stringify(id);
  });
  const texts = articles.map((a) => {
    const meta: CaptureMeta = { ...a, lead: a.lead !== null, paragraphs: a.paragraphs.map((p) => KIND_CODE[p.kind]).join('') };
    return `${JSON.stringify(meta)}\t${JSON.stringify([...(a.lead === null ? [] : [a.lead]), ...a.paragraphs.map((p) => p.text)])}`;
  });
  return { heads: [JSON.stringify(head), ...heads].join('\n'), texts: texts.join('\n') };
}

/** The texts file of a day, each line decoded once, when first asked. */
export class DayTexts {
  private lines: string[];
  private decoded: (string[] | undefined)[];
  constructor(text: string) {
    this.lines = text === '' ? [] : text.split('\n');
    this.decoded = new Array(this.lines.length);
  }

  /** The lead (when there is one) and the paragraph texts of capture `i`, in order. */
  texts(i: number): string[] {
    let t = this.decoded[i];
    if (!t) {
      const line = this.lines[i]!;
      this.decoded[i] = t = JSON.parse(line.slice(line.indexOf('\t') + 1)) as string[];
    }
    return t;
  }

  /** The whole capture `i`. */
  article(i: number): ArchivedArticle {
    const line = this.lines[i]!;
    const meta = JSON.parse(line.slice(0, line.indexOf('\t'))) as CaptureMeta;
    const all = this.texts(i);
    const lead = meta.lead ? all[0]! : null;
    const body = meta.lead ? all.slice(1) : all;
    const paragraphs = [...meta.paragraphs].map((code, n): Block => ({ kind: CODE_KIND[code]!, text: body[n]! }));
    return { ...meta, lead, paragraphs };
  }
}

/** The heads file of a day, each capture line decoded once, when first asked. */
export class DayFile {
  readonly head: DayHead;
  private lines: string[];
  private ids: (CaptureFeatures | undefined)[];

  constructor(text: string) {
    this.lines = text.split('\n');
    this.head = JSON.parse(this.lines.shift() ?? '{}') as DayHead;
    this.ids = new Array(this.lines.length);
  }

  get day(): string {
    return this.head.day;
  }

  get size(): number {
    return this.lines.length;
  }

  /** The head features of capture `i`, as lib/identity/features.ts gave them at build time. */
  features(i: number): CaptureFeatures {
    let f = this.ids[i];
    if (!f) {
      const [urlDay, shownDay, shownAt, feedAt, slug, title, shingles] = JSON.parse(this.lines[i]!) as CaptureId;
      this.ids[i] = f = { head: { urlDay, shownDay, shownAt, feedAt, slug, title }, shingles };
    }
    return f;
  }
}
