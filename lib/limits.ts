// Bounds on what one comparison takes in, so a huge or hostile page cannot stall the tab, the
// background or the CLI. Applied to the live article before it is sent (content script), again
// when a request arrives (background: it never trusts the sender's size) and in the CLI.
import type { Article, Parsed, Warning, WarningCode } from './types';

export const LIMITS = {
  /** Paragraphs compared; more are left out (the longest real RFI articles have under 150). */
  paragraphs: 600,
  /** Characters of paragraph text compared, all paragraphs together. */
  characters: 120_000,
  /** Characters of one paragraph, of the lead and of any other text field. */
  field: 20_000,
  /** Characters of the headline (real ones are under 200; a 10,000-character one took 1.4 s to compare). */
  title: 2000,
  /** Entries of a list field (authors). */
  list: 50,
} as const;

/** Code of the warning a capped article carries. */
export const TOO_LARGE = 'too-large' satisfies WarningCode;

/** The warning's English sentence (CLI, JSON report); the sidebar says it through `limits.tooLarge`. */
export const TOO_LARGE_MESSAGE = 'This page is too large to compare in full: only part of it was compared (its first {count} paragraphs).';

export function tooLargeMessage(count: number): string {
  return TOO_LARGE_MESSAGE.replace('{count}', count.toLocaleString('en'));
}

/** The warning of an article compared in part, `count` paragraphs kept. */
export function tooLargeWarning(count: number): Warning {
  return { code: TOO_LARGE, field: 'paragraphs', message: tooLargeMessage(count) };
}

function cut(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
function cutOrNull(text: string | null, max: number): string | null {
  return text === null ? null : cut(text, max);
}

/**
 * The article within LIMITS, with a `too-large` warning when anything was left out (one: a warning
 * the extractor gave, its walk having stopped at the caps, is replaced by the count kept here).
 * Returns the same object when it already fits. Also drops values of the wrong type, so a malformed
 * request cannot reach the engine.
 */
export function capArticle(parsed: Parsed<Article>): Parsed<Article> {
  const a = parsed.value;
  const paragraphs: Article['paragraphs'] = [];
  let chars = 0;
  let capped = false;
  for (const block of a.paragraphs) {
    if (paragraphs.length >= LIMITS.paragraphs || chars >= LIMITS.characters) {
      capped = true;
      break;
    }
    const text = cut(block.text, Math.min(LIMITS.field, LIMITS.characters - chars));
    if (text.length < block.text.length) capped = true;
    chars += text.length;
    paragraphs.push(text === block.text ? block : { ...block, text });
  }
  const title = cut(a.title, LIMITS.title);
  const lead = cutOrNull(a.lead, LIMITS.field);
  if (title !== a.title || lead !== a.lead || a.authors.length > LIMITS.list) capped = true;
  if (!capped) return parsed;
  const others = parsed.warnings.filter((w) => w.code !== TOO_LARGE).slice(0, LIMITS.list);
  return {
    value: { ...a, title, lead, paragraphs, authors: a.authors.slice(0, LIMITS.list).map((s) => cut(s, 500)) },
    warnings: [...others, tooLargeWarning(paragraphs.length)],
  };
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const BLOCK_KINDS = new Set(['p', 'h', 'quote', 'li']);

/** Is `v` a live article as the content script sends it (shape only; sizes are capArticle's)? */
export function isParsedArticle(v: unknown): v is Parsed<Article> {
  if (typeof v !== 'object' || v === null) return false;
  const { value, warnings } = v as Partial<Parsed<Article>>;
  if (!Array.isArray(warnings) || typeof value !== 'object' || value === null) return false;
  const a = value as Partial<Article>;
  return (
    isStr(a.url) && isStr(a.title) && isStrOrNull(a.lead) && isStrOrNull(a.column) &&
    Array.isArray(a.paragraphs) && a.paragraphs.every((b) => typeof b === 'object' && b !== null && isStr(b.text) && BLOCK_KINDS.has(b.kind)) &&
    Array.isArray(a.authors) && a.authors.every(isStr) &&
    [a.published, a.modified, a.section, a.edition, a.language, a.image, a.contentId].every(isStrOrNull) &&
    warnings.every((w) => typeof w === 'object' && w !== null && isStr((w as Warning).code) && isStr((w as Warning).message))
  );
}
