// Live article vs archived copy: paragraph alignment plus a verdict per header field.
//
// What "differs" means, per field:
// * title, lead — the comparison keys differ (normalize.ts: white space, width, quote, dash and
//   interpunct styles do not count). A missing value counts as empty text, so a lead that
//   appeared or disappeared differs.
// * url — the decoded paths differ (lib/match/url-key.ts: scheme, host variant, doubled and
//   trailing slashes, percent-encoding, ASCII case, query and fragment do not count).
// * image — the image identities differ: for RFI's resizer URLs
//   `https://s.rfi.fr/media/display/{uuid}/w:{width}/p:{ratio}/{file}` the uuid (size and crop are
//   rendering parameters); for other URLs the decoded URL without scheme, query and fragment.
// * published, modified — the instants differ by a minute or more (RFI shows minutes; ISO strings
//   with different offsets or precision compare by value).
// * authors — the sets of author keys differ (order-insensitive; shown joined with ", ").
// * section — the comparison keys differ.
// For authors, published, modified, section and image a missing value means "not recorded"
// (archive files carry no authors and no modification time; extraction can miss metadata), so
// they differ only when both sides have a value. Title, lead and url are always compared.
import type { Article, Changes, FieldChange, ParagraphChange } from '../types';
import { urlKey } from '../match/url-key';
import { alignParagraphs } from './align';
import { changeKinds, silentEdit } from './kinds';
import { markGrowth } from './live-growth';
import { findMoves } from './moves';
import { comparisonKey } from './normalize';
import { diffText } from './spans';

type Field = FieldChange['field'];

/**
 * Compares a live article with an archived copy of it: aligned paragraphs (moves recognised),
 * display diffs of edited paragraphs, headline and lead, the kinds of change and the silent-edit
 * flag (`archivedAt` of an ArchivedArticle is the capture time).
 */
export function compareArticles(live: Article, archived: Article & { archivedAt?: number }): Changes {
  const aligned = findMoves(alignParagraphs(bodyTexts(live), bodyTexts(archived))).map(withSpans);
  // A live blog's entries posted since the capture are growth, not edits (live-growth.ts).
  const growth = live.liveBlog ? markGrowth(aligned, live.liveBlog, live.paragraphs) : null;
  const paragraphs = growth ? growth.paragraphs : aligned;
  const fields = compareFields(live, archived).map((f) =>
    f.differs && (f.field === 'title' || f.field === 'lead') ? { ...f, ...diffText(f.archived ?? '', f.live ?? '') } : f,
  );
  const kinds = changeKinds(fields, paragraphs);
  return {
    summary: summarize(paragraphs),
    paragraphs,
    fields,
    kinds,
    silentEdit: silentEdit(live, kinds, archived.archivedAt ?? null),
    // Set by buildReport, which knows the other versions (flip-flop.ts).
    sameAsEarlier: null,
    liveBlog: growth && { newEntries: growth.newEntries },
  };
}

/**
 * Paragraph texts for alignment; a paragraph that repeats the article's own lead becomes '' (left
 * out, indexes kept). Older bodies open with the chapo as a bold paragraph: live extraction drops
 * it (lib/page/body.ts withoutLead) but archive files keep it, so it is not a removal.
 */
export function bodyTexts(article: Article): string[] {
  const lead = article.lead ? comparisonKey(article.lead) : null;
  return article.paragraphs.map((b) => (lead !== null && comparisonKey(b.text) === lead ? '' : b.text));
}

/** Adds the display diff to an edited paragraph (and to a moved one whose text changed too). */
function withSpans(p: ParagraphChange): ParagraphChange {
  if (p.status !== 'changed' && p.status !== 'moved') return p;
  const before = p.archived ?? '';
  const after = p.live ?? '';
  if (p.status === 'moved' && comparisonKey(before) === comparisonKey(after)) return p;
  return { ...p, ...diffText(before, after) };
}

/** Counts paragraph entries by status (`moved` and `appended` only when there is one). */
export function summarize(paragraphs: readonly ParagraphChange[]): Changes['summary'] {
  const summary = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  let moved = 0;
  let appended = 0;
  for (const p of paragraphs) {
    if (p.status === 'moved') moved++;
    else if (p.status === 'appended') appended++;
    else summary[p.status]++;
  }
  return { ...summary, ...(moved ? { moved } : {}), ...(appended ? { appended } : {}) };
}

/** The header fields of both articles with a verdict each, in a fixed order. */
export function compareFields(live: Article, archived: Article): FieldChange[] {
  const field = (name: Field, a: string | null, b: string | null, differs: boolean): FieldChange => ({
    field: name,
    live: a,
    archived: b,
    differs,
  });
  const authorsLive = joinAuthors(live.authors);
  const authorsArchived = joinAuthors(archived.authors);
  return [
    field('title', live.title, archived.title, textDiffers(live.title, archived.title)),
    field('lead', live.lead, archived.lead, textDiffers(live.lead, archived.lead)),
    field(
      'authors',
      authorsLive,
      authorsArchived,
      bothKnown(authorsLive, authorsArchived) && authorsKey(live.authors) !== authorsKey(archived.authors),
    ),
    field('published', live.published, archived.published, instantDiffers(live.published, archived.published)),
    field('modified', live.modified, archived.modified, instantDiffers(live.modified, archived.modified)),
    field(
      'section',
      live.section,
      archived.section,
      bothKnown(live.section, archived.section) && textDiffers(live.section, archived.section),
    ),
    field(
      'image',
      live.image,
      archived.image,
      bothKnown(live.image, archived.image) && imageIdentity(live.image ?? '') !== imageIdentity(archived.image ?? ''),
    ),
    field('url', live.url, archived.url, urlIdentity(live.url) !== urlIdentity(archived.url)),
  ];
}

function bothKnown(a: string | null, b: string | null): boolean {
  return a !== null && a.trim() !== '' && b !== null && b.trim() !== '';
}

/** True when two texts differ beyond typographic noise; null counts as empty. */
export function textDiffers(a: string | null, b: string | null): boolean {
  return comparisonKey(a ?? '') !== comparisonKey(b ?? '');
}

function joinAuthors(authors: readonly string[]): string | null {
  const names = authors.map((a) => a.trim()).filter((a) => a !== '');
  return names.length ? names.join(', ') : null;
}

function authorsKey(authors: readonly string[]): string {
  const keys = [...new Set(authors.map(comparisonKey).filter((k) => k !== ''))];
  return keys.sort().join('\u0001');
}

/**
 * True when two timestamps name instants at least a minute apart. Null or unreadable on either
 * side: not a difference (nothing to compare).
 */
export function instantDiffers(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return false;
  return Math.floor(ta / 60_000) !== Math.floor(tb / 60_000);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** RFI resizer: `/media/display/{uuid}/w:{width}/p:{ratio}/{file}` (width and ratio optional). */
const RFI_IMAGE = /\/media\/display\/([0-9a-f-]{36})\//i;

/** What identifies an image across sizes and crops (see the header comment). */
export function imageIdentity(url: string): string {
  const rfi = RFI_IMAGE.exec(url);
  if (rfi) return `rfi:${(rfi[1] as string).toLowerCase()}`;
  return safeDecode(url.trim())
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/{2,}/g, '/')
    .normalize('NFC');
}

/** What identifies an article URL: its url key for rfi.fr, else the decoded path. */
export function urlIdentity(url: string): string {
  const key = urlKey(url);
  if (key !== null) return key;
  const path = url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
    .replace(/[?#].*$/, '');
  return safeDecode(path).replace(/\/{2,}/g, '/').replace(/\/$/, '').normalize('NFC');
}
