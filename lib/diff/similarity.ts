// How alike two comparison keys are, 0..1, at the character level (works for CJK, where words are
// not space-separated, and for French alike).
//
// The aligner uses the Dice coefficient 2·|A ∩ B| / (|A| + |B|) over the multisets of character
// n-grams (bigrams from a CJK character, trigrams elsewhere). It is linear in the text length (a
// sort and a merge), symmetric and needs no timeout. A character diff ratio (diff-match-patch +
// cleanupSemantic) separated the corpus cases equally well but costs a diff per candidate pair.
import { countCommonSorted } from '../sorted';

/**
 * Two paragraphs are the same paragraph, edited, when their n-gram Dice similarity is at least
 * this. Measured on the 74 revision cases of the shared corpus (parsed with parseArchiveFile):
 * * every paragraph pair the aligner paired, all read and all real edits: 0.55–0.99 (the 38
 *   one-for-one replacements between identical neighbours: 0.70–0.99);
 * * different paragraphs of the same article: 12,808 pairs across versions, median 0.06,
 *   99th percentile 0.20, maximum 0.40 (两名俄罗斯太空人… / 这趟旅程…国际太空站, same topic);
 * * invented French news paragraphs: unrelated ≤ 0.16, edited 0.78–0.98.
 * 0.45 sits between the highest unrelated and the lowest edited score.
 */
export const PAIR_THRESHOLD = 0.45;

/**
 * Whether a UTF-16 unit belongs to a script written without spaces between words (Han, kana,
 * Hangul, CJK punctuation, surrogates of the supplementary ideographs): grams starting on such a
 * unit are two units long, all others three.
 */
function isCjkUnit(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xd800 && c <= 0xdbff) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * A text's character n-gram multiset as sorted numeric codes: a bigram where the gram starts on a
 * CJK character, a trigram elsewhere (Latin text has few distinct bigrams: unrelated French
 * paragraphs share 30–45 % of them, but under 20 % of their trigrams). A text too short for any
 * gram is represented by itself.
 */
export interface BigramProfile {
  /** Sorted gram codes (up to three UTF-16 units packed in a float64, exactly). */
  readonly codes: Float64Array;
  /** Length of the text in UTF-16 units. */
  readonly length: number;
}

const U16 = 0x10000;

/** Builds the gram profile of a comparison key. */
export function bigramProfile(key: string): BigramProfile {
  const n = key.length;
  const codes: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const c0 = key.charCodeAt(i);
    const c1 = key.charCodeAt(i + 1);
    if (isCjkUnit(c0)) codes.push((c0 * U16 + c1) * U16);
    else if (i + 2 < n) codes.push((c0 * U16 + c1) * U16 + key.charCodeAt(i + 2));
  }
  if (codes.length === 0 && n > 0) {
    // Too short for a gram: the whole text (up to three units) is its only gram.
    let code = 0;
    for (let i = 0; i < Math.min(n, 3); i++) code = code * U16 + key.charCodeAt(i);
    codes.push(code + 2 ** 50);
  }
  const sorted = Float64Array.from(codes);
  sorted.sort();
  return { codes: sorted, length: n };
}

/** Bigram Dice similarity of two profiles: 1 for equal texts, 0 for texts sharing no bigram. */
export function diceOfProfiles(a: BigramProfile, b: BigramProfile): number {
  const total = a.codes.length + b.codes.length;
  if (total === 0) return 1;
  return (2 * countCommonSorted(a.codes, b.codes)) / total;
}

/**
 * Upper bound of the Dice similarity of two profiles from their sizes alone (the smaller one
 * fully contained in the larger). Lets callers skip pairs that cannot reach a threshold.
 */
export function diceUpperBound(a: BigramProfile, b: BigramProfile): number {
  const na = a.codes.length;
  const nb = b.codes.length;
  return na + nb === 0 ? 1 : (2 * Math.min(na, nb)) / (na + nb);
}

/** Bigram Dice similarity of two comparison keys (0..1). */
export function similarity(keyA: string, keyB: string): number {
  if (keyA === keyB) return 1;
  return diceOfProfiles(bigramProfile(keyA), bigramProfile(keyB));
}

/**
 * Merges two profiles as if their texts were concatenated (less the grams across the joint,
 * which is negligible for paragraphs): used to score a paragraph split in two against the whole.
 */
export function concatProfiles(a: BigramProfile, b: BigramProfile): BigramProfile {
  const codes = new Float64Array(a.codes.length + b.codes.length);
  codes.set(a.codes, 0);
  codes.set(b.codes, a.codes.length);
  codes.sort();
  return { codes, length: a.length + b.length };
}
