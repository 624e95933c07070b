// One filing day of the packaged corpus as three text files the background reads cheaply:
// - the heads file: a JSON head line (the day and the groups of its captures), then one JSON line per
//   capture with what identity matching knows without its text (days, times, bigram keys of slug and
//   headline, the number of its opening-text shingles; lib/identity): a few KB per day;
// - the texts file: one line per capture, its metadata, a tab, and its lead and paragraph texts,
//   each as JSON;
// - the sketches file (format 4): bitmaps of the captures' opening-text shingles and their
//   openings' first characters (lib/corpus/sketch.ts), a few hundred bytes per capture.
// A lookup reads the heads of the days it searches, the sketches of one day, and the texts of the
// few captures left, so it decodes a fraction of the corpus it searches. Pure: strings in, data out.
import type { IdentityFeatures } from '../identity/features';
import { captureKeys, type CaptureKeys } from '../identity/same-article';
import type { ArchivedArticle, Block } from '../types';
import { sketchesFile } from './sketch';

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
  /** Present when `url` is stored decoded (decodeURI), the original being encodeURI of it. */
  d?: 1;
};

/**
 * The URL as stored: decoded when encodeURI gives the original back exactly (percent-encoded
 * Chinese slugs take three times the bytes and repeat the headline), else as it is.
 */
function storedUrl(url: string): { url: string; d?: 1 } {
  try {
    const decoded = decodeURI(url);
    if (decoded !== url && encodeURI(decoded) === url) return { url: decoded, d: 1 };
  } catch {
    // a malformed escape: kept as it is
  }
  return { url };
}

/** A heads line: CaptureKeys in order, then the distinct shingle count. */
type CaptureId = [number | null, number | null, string | null, number | null, number, number, number];

/** What a lookup knows of a capture before reading its text. */
export interface CaptureFeatures {
  keys: CaptureKeys;
  /** shingles(opening text).length: for containmentBound. */
  shingles: number;
}

const KIND_CODE: Record<Block['kind'], string> = { p: 'p', h: 'h', quote: 'q', li: 'l' };
const CODE_KIND: Record<string, Block['kind']> = { p: 'p', h: 'h', q: 'quote', l: 'li' };

/** A capture's line in its day's heads file (format above). */
export function headLine(f: IdentityFeatures): string {
  const k = captureKeys(f);
  const id: CaptureId = [k.urlDay, k.shownDay, k.shownAt, k.feedAt, k.slugKey, k.titleKey, f.shingles.length];
  return JSON.stringify(id);
}

/** A capture's line in its day's texts file: its metadata, a tab, its texts. */
export function textsLine(a: ArchivedArticle): string {
  const meta: CaptureMeta = { ...a, lead: a.lead !== null, paragraphs: a.paragraphs.map((p) => KIND_CODE[p.kind]).join('') };
  Object.assign(meta, storedUrl(a.url));
  return `${JSON.stringify(meta)}\t${JSON.stringify([...(a.lead === null ? [] : [a.lead]), ...a.paragraphs.map((p) => p.text)])}`;
}

/** The three files of one day (lib/corpus/sketch.ts for the sketches). */
export interface DayParts {
  heads: string;
  texts: string;
  sketches: string;
}

/** The files of one day from their lines (headLine, textsLine) and its sketches file (sketchesFile), in capture order. */
export function joinDay(head: DayHead, heads: string[], texts: string[], sketches: string): DayParts {
  return { heads: [JSON.stringify(head), ...heads].join('\n'), texts: texts.join('\n'), sketches };
}

/** The files of one day; `features` gives each capture's identityFeatures (lib/identity/features.ts). */
export function encodeDay(head: DayHead, articles: ArchivedArticle[], features: (a: ArchivedArticle, n: number) => IdentityFeatures): DayParts {
  const all = articles.map((a, n) => features(a, n));
  return joinDay(head, all.map(headLine), articles.map(textsLine), sketchesFile(all));
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
    const { d, ...meta } = JSON.parse(line.slice(0, line.indexOf('\t'))) as CaptureMeta;
    if (d) meta.url = encodeURI(meta.url);
    const all = this.texts(i);
    const lead = meta.lead ? all[0]! : null;
    const body = meta.lead ? all.slice(1) : all;
    const paragraphs = [...meta.paragraphs].map((code, n): Block => ({ kind: CODE_KIND[code]!, text: body[n]! }));
    return { ...meta, lead, paragraphs };
  }
}

/** The heads file of a day, each capture line decoded once, when first asked. */
export class DayFile {
  private headLine: string;
  private parsedHead: DayHead | null = null;
  private dayName: string | undefined;
  private lines: string[];
  private ids: (CaptureFeatures | undefined)[];

  constructor(text: string) {
    this.lines = text.split('\n');
    this.headLine = this.lines.shift() ?? '{}';
    this.ids = new Array(this.lines.length);
  }

  /** The day's groups, parsed when first asked (a lookup that only scans the keys never asks). */
  get head(): DayHead {
    return (this.parsedHead ??= JSON.parse(this.headLine) as DayHead);
  }

  /** The head line starts `{"day":"…",` (JSON.stringify of a DayHead): read without parsing the groups. */
  get day(): string {
    if (this.dayName === undefined) {
      const m = /^\{"day":("(?:[^"\\]|\\.)*")/.exec(this.headLine);
      this.dayName = m ? (JSON.parse(m[1]!) as string) : this.head.day;
    }
    return this.dayName;
  }

  get size(): number {
    return this.lines.length;
  }

  /** What identity matching knows of capture `i` before its text, as computed at build time. */
  features(i: number): CaptureFeatures {
    let f = this.ids[i];
    if (!f) {
      const [urlDay, shownDay, shownAt, feedAt, slugKey, titleKey, shingles] = JSON.parse(this.lines[i]!) as CaptureId;
      this.ids[i] = f = { keys: { urlDay, shownDay, shownAt, feedAt, slugKey, titleKey }, shingles };
    }
    return f;
  }
}
