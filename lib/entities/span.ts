// The internal unit of extraction: one typed stretch of one text segment, before grouping.
import type { EntityType } from '../types';

/** `REL` marks a relative date (上周二, last week): detected so it blocks other rules, never output. */
export type SpanType = EntityType | 'REL';

export interface Span {
  start: number;
  end: number;
  type: SpanType;
  /** Grouping key: every span with the same key is one referent. */
  key: string;
  /** Preferred canonical form for the referent (may differ from the surface: 美 → 美国). */
  canonical: string;
  /** Higher wins ties of equal length. Cue patterns 3, lists 2, propagation 1. */
  priority: number;
  /** Name of the rule that produced it (debugging, tests). */
  rule: string;
  /** A parenthesised alias right after its name (保罗‧惠兰（Paul Whelan）): shown, not counted. */
  echo?: boolean;
}

export function span(
  start: number,
  end: number,
  type: SpanType,
  canonical: string,
  rule: string,
  priority: number,
  key?: string,
): Span {
  return { start, end, type, canonical, rule, priority, key: key ?? `${type}:${foldKey(canonical)}` };
}

const DOTS = /[‧·•・∙⋅･]/g;

/**
 * Length-preserving fold used before matching: full-width ASCII → ASCII, every name dot → `·`,
 * U+3000 → space. Offsets in the folded text are offsets in the original.
 */
export function foldForMatch(text: string): string {
  // One native replace over the characters that change (most of a text does not; a per-character
  // loop is the slow part of a cold first extraction).
  const out = text.replace(FOLDED_FORMS, foldChar);
  // 安妮塔．拉谢维莉许薇莉: a full-width full stop between Han characters is a name dot.
  return out.replace(DOTS, '·').replace(/(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff])/g, '·');
}

/** Full-width ASCII but the full-width brackets （）, and the ideographic space. */
const FOLDED_FORMS = /[\uff01-\uff07\uff0a-\uff5e\u3000]/g;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  return c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0);
}

/** Key used to decide that two surface forms are the same string (NFKC, dots, spaces, case). */
export function foldKey(text: string): string {
  return text.normalize('NFKC').replace(DOTS, '·').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Han ideographs (BMP + extension A), the script of zh names. */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

const LETTER = /[\p{L}\p{M}]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** ASCII letters (and digits when asked) without a Unicode-property regex: the common case, checked per character. */
function asciiWord(c: number, digits: boolean): boolean {
  const lower = c | 32;
  return (lower >= 97 && lower <= 122) || (digits && c >= 48 && c <= 57);
}

export function isLatinLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return asciiWord(c, false);
  return LETTER.test(ch) && !isHan(ch);
}

export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return asciiWord(c, true);
  return WORD.test(ch) && !isHan(ch);
}
