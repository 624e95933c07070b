// Comparison keys: what two texts must share to count as "the same text". Used only to compare,
// never to display. Folds the typographic noise that RFI's archive and live pages disagree on
// (white space, width, quote, interpunct and dash styles) and keeps everything a reader could
// call an edit: digits, letters, case, CJK characters and the remaining punctuation.

/** Every white space and zero-width character RFI text carries (removed entirely from keys). */
const SPACE = /[\s\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

/** Interpunct variants (name separators in transliterations): ‧ · • ・ ･ ∙ ⋅ · ‧ ⸱ ꞏ → `·`. */
const INTERPUNCT = /[\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\uff65\u2e31\ua78f]/g;

/**
 * Quote marks of every style → `"`: “ ” „ ‟ ‘ ’ ‚ ‛ 「 」 『 』 « » ‹ › 〝 〞 〟 " ' ＂ ＇ ´ `.
 * Opening and closing forms are folded together: swapping 「」 for “” or ’ for ' is not an edit.
 */
const QUOTE =
  /[\u0022\u0027\u0060\u00ab\u00b4\u00bb\u2018-\u201f\u2032\u2033\u2039\u203a\u300c-\u300f\u301d-\u301f\uff02\uff07\ufe41-\ufe44]/g;

/**
 * Dash variants → `-`, and a run of dashes → one: - ‐ ‑ ‒ – — ― ⁃ − ⸺ ⸻ ﹘ ﹣ － and the Chinese
 * double dash `——`. (U+2043 HYPHEN BULLET occurs in archived text as a broken hyphen.)
 */
const DASHES = /[\u002d\u2010-\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]+/g;

/**
 * The comparison key of a text: NFKC (full-width ↔ half-width letters, digits and punctuation,
 * `…` → `...`), white space of every kind removed, interpunct, quote and dash styles unified.
 * Digits are kept as digits: `2500万吨` and `2500吨` have different keys.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACE, '')
    .replace(INTERPUNCT, '·')
    .replace(QUOTE, '"')
    .replace(DASHES, '-');
}

/**
 * Paragraph keys that carry no article text: interstitial ad labels and the "read more" button
 * that extraction can leave behind as a block of their own. Compared on the comparison key.
 */
const BOILERPLATE_KEYS: ReadonlySet<string> = new Set(
  ['广告', '继续浏览后续', 'Publicité', 'Advertisement', 'Advertising', 'Lire la suite'].map(
    comparisonKey,
  ),
);

/**
 * True when a paragraph with this key is noise rather than text: empty (the `<p>\u00a0</p>`
 * placeholders) or a bare ad/"read more" label. The aligner leaves such paragraphs out.
 */
export function isNoiseKey(key: string): boolean {
  return key === '' || BOILERPLATE_KEYS.has(key);
}
