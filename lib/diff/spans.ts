// What the reader sees inside an edited paragraph or headline: the diff archived → live at the
// right grain. CJK text is compared character by character (四 → 五 is one character); Latin text
// word by word (Intl.Segmenter word boundaries), so `Biden` → `Harris` is one word replaced rather
// than a confetti of letters. Both go through diff-match-patch (chars.ts: Myers with a deadline,
// semantic cleanup): a Latin word becomes one private code unit, the diff runs on the codes and
// the result is decoded back to text, exactly as the library's own line mode does with lines.
//
// A text rewritten from top to bottom (little left in common, or what is left scattered in small
// pieces between many edits) is shown as old → new: one deletion and one insertion.
import type { TextSpan } from '../types';
import { boundedDiff, DIFF_TIMEOUT_MS, diffChars, diffRatio, tooUnlikeToDiff } from './chars';

/** Below this share of common characters a diff is a rewrite: shown as old → new. */
export const REWRITE_RATIO = 0.4;
/** Below this share, a diff with at least CONFETTI_EDITS separate edits is a rewrite as well. */
const CONFETTI_RATIO = 0.6;
const CONFETTI_EDITS = 5;

/** Han, kana, Hangul, CJK symbols and punctuation, full-width forms. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;

export interface TextDiff {
  spans: TextSpan[];
  rewritten: boolean;
}

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

const ASCII = /^[\x00-\x7f]*$/;
const WORDS = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** A run of CJK characters, or a run of anything else. */
const RUNS = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]+|[^\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]+/gu;

/**
 * Cuts a text into diff tokens: single code points in CJK runs; words, spaces and punctuation in
 * the other runs (Intl.Segmenter, or a regular expression where it is missing). CJK runs never go
 * through the segmenter: its dictionary segmentation of Chinese costs seconds on a long article,
 * and CJK is diffed character by character anyway.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const seg = wordSegmenter();
  for (const [run] of text.matchAll(RUNS)) {
    // One push per token: spreading a run into push(...) puts every token on the stack as an
    // argument, and a long CJK run (tens of thousands of characters) overflows it.
    if (CJK.test(run)) for (const c of run) out.push(c);
    // ASCII runs (figures, names, English in Chinese text) split alike by the expression, faster.
    else if (seg && !ASCII.test(run)) for (const s of seg.segment(run)) out.push(s.segment);
    else for (const [word] of run.matchAll(WORDS)) out.push(word);
  }
  return out;
}

/** Code units for tokens: 1 … 0xD7FF then 0xE000 … 0xFFFF (no surrogates, so no pair is ever cut). */
const MAX_CODES = 0xd7ff + (0xffff - 0xe000 + 1);
const codeOf = (n: number): string => String.fromCharCode(n <= 0xd7ff ? n : n - 0xd7ff + 0xdfff);

/** Token diff of two texts; null when they hold more distinct tokens than there are codes. */
function diffTokens(before: string, after: string, timeoutMs: number): TextSpan[] | null {
  const codes = new Map<string, string>();
  const tokens: string[] = [''];
  const encode = (text: string): string | null => {
    let out = '';
    for (const token of tokenize(text)) {
      let code = codes.get(token);
      if (code === undefined) {
        if (tokens.length > MAX_CODES) return null;
        code = codeOf(tokens.length);
        codes.set(token, code);
        tokens.push(token);
      }
      out += code;
    }
    return out;
  };
  const a = encode(before);
  const b = a === null ? null : encode(after);
  if (a === null || b === null) return null;
  const index = new Map<string, string>();
  codes.forEach((code, token) => index.set(code, token));
  return boundedDiff(a, b, timeoutMs).map(({ op, text }) => ({
    op,
    text: Array.from(text, (c) => index.get(c) ?? '').join(''),
  }));
}

/** Merges neighbouring runs of the same kind (decoding can leave them apart). */
function merged(spans: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of spans) {
    if (!s.text) continue;
    const last = out[out.length - 1];
    if (last && last.op === s.op) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * The diff archived → live for display. Word grain for Latin text, character grain for CJK (a
 * mixed text: CJK characters one by one, Latin words whole), bounded by `timeoutMs`.
 */
export function diffText(before: string, after: string, timeoutMs = DIFF_TIMEOUT_MS): TextDiff {
  if (before === after) return { spans: before ? [{ op: 'equal', text: before }] : [], rewritten: false };
  if (tooUnlikeToDiff(before, after)) return replacement(before, after);
  const spans = merged(diffTokens(before, after, timeoutMs) ?? diffChars(before, after, timeoutMs));
  const ratio = diffRatio(spans);
  const edits = spans.filter((s, i) => s.op !== 'equal' && spans[i - 1]?.op !== 'delete').length;
  const rewritten = before !== '' && after !== '' && (ratio < REWRITE_RATIO || (ratio < CONFETTI_RATIO && edits >= CONFETTI_EDITS));
  return rewritten ? replacement(before, after) : { spans, rewritten };
}

/** old → new: one deletion and one insertion (a side that is empty is left out). */
function replacement(before: string, after: string): TextDiff {
  const spans: TextSpan[] = [];
  if (before) spans.push({ op: 'delete', text: before });
  if (after) spans.push({ op: 'insert', text: after });
  return { spans, rewritten: before !== '' && after !== '' };
}
