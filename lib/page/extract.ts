// Live rfi.fr page → Article, following RFI-PAGES.md §8 for the order of sources of each field.
// Pure: the parsed page comes in as an argument; nothing global is read.
import { EDITIONS, EDITION_LANGUAGE, hostEdition, parseRfiPath, type Edition } from '../rfi-url';
import { normalizeSpace, splitTitle, toIsoUtc } from '../text';
import type { Article, Block, MissingField, Parsed, Warning } from '../types';
import { tooLargeWarning } from '../limits';
import { readBody, withoutLead } from './body';
import { isArticleDocument } from './detect';
import { readLiveBlog } from './live-blog';
import { bestImageUrl, resolveUrl } from './image';
import { findArticleNode, ldFirstUrl, ldNames, ldString, readDatalayer, readJsonLd, type JsonObject } from './jsonld';
import { metaContent, queryAll, queryFirst, selectorLabel, textOf, type Scope } from './query';
import { selectors, type Alternatives } from './selectors';

/** ` - RFI`-like suffixes that name the site, not a column (pre-2020 titles spell the name out). */
const SITE_SUFFIX = /^(?:RFI\b|法国国际广播电台|法國國際廣播電台|Radio France Internationale\b)/u;

/**
 * Reads the article of a parsed rfi.fr page. Returns null when the page is not an article (home,
 * section, tag pages …). Never throws: whatever cannot be read is null/empty in the value and
 * named in `warnings`.
 */
export function extractArticle(doc: Document, pageUrl: string): Parsed<Article> | null {
  if (!isArticleDocument(doc)) return null;
  const warnings: Warning[] = [];
  const missing = (field: Exclude<MissingField, 'content-id'> | 'contentId', alternatives: Alternatives | null, message: string) =>
    warnings.push({
      code: field === 'contentId' ? 'missing-content-id' : `missing-${field}`,
      field,
      ...(alternatives ? { selector: selectorLabel(alternatives) } : {}),
      message,
    });

  const ld = readJsonLd(doc);
  warnings.push(...ld.warnings);
  const node: JsonObject = findArticleNode(ld.nodes) ?? {};
  const dl = readDatalayer(doc);
  warnings.push(...dl.warnings);
  const data: JsonObject = dl.data ?? {};
  const root: Scope = queryFirst(doc, selectors.articleRoot) ?? doc;
  // Meta tags are read in <head> (found at once): each look-up over the whole document reads every
  // node of a huge page when the tag is missing. Through querySelector, not `doc.head`, which a
  // named element of the page could stand in for.
  const head: Scope = queryFirst(doc, ['html > head']) ?? doc;

  // URL: canonical → og:url → the page URL without query and hash.
  const canonical = queryFirst(doc, selectors.canonical)?.getAttribute('href')?.trim() || null;
  const found = canonical ?? metaContent(head, selectors.ogUrl);
  const url = found ? resolveUrl(found, pageUrl) : withoutQueryAndHash(pageUrl);
  if (!found) missing('url', selectors.canonical, 'No canonical link or og:url; the tab URL is used.');
  const path = parseRfiPath(url) ?? parseRfiPath(pageUrl);

  // Title: h1 → og:title → JSON-LD headline → <title> (the last two lose a ` - <column>` suffix).
  const ogTitle = siteless(metaContent(head, selectors.ogTitle));
  const pageTitle = siteless(textOf(queryFirst(doc, selectors.pageTitle)));
  const title =
    textOf(queryFirst(root, selectors.title)) ??
    ogTitle?.title ??
    ldString(node['headline']) ??
    pageTitle?.title ??
    '';
  if (title === '') missing('title', selectors.title, 'No headline in h1, og:title, JSON-LD or <title>.');
  const column = path?.column ?? ogTitle?.column ?? pageTitle?.column ?? null;

  // Body first: the lead fallback is checked against it. Read up to the caps of lib/limits.ts only.
  const bodyEl = queryFirst(root, selectors.body);
  const reading = bodyEl ? readBody(bodyEl) : null;
  const blocks: Block[] = reading ? reading.located.map((located) => located.block) : [];

  // Lead: chapo → meta description → JSON-LD description (the fallbacks only when they are not
  // just the opening of the first paragraph, as on wire copy without a chapo).
  const chapo = textOf(queryFirst(root, selectors.lead));
  const description = metaContent(head, selectors.description) ?? ldString(node['description']);
  const lead = chapo ?? (description && !opensBody(description, blocks) ? description : null);
  if (!lead) missing('lead', selectors.lead, 'No lead (chapo) on the page.');

  const paragraphs = withoutLead(blocks, lead);
  if (!bodyEl) {
    warnings.push({
      code: 'no-body',
      field: 'paragraphs',
      selector: selectorLabel(selectors.body),
      message: 'No article body on the page.',
    });
  } else if (paragraphs.length === 0) {
    warnings.push({
      code: 'empty-body',
      field: 'paragraphs',
      selector: selectorLabel(selectors.bodyBlocks),
      message: 'The article body holds no text blocks.',
    });
  }
  // The walk stopped at the caps: capArticle cuts to them exactly and keeps this warning's place.
  if (reading && !reading.complete) warnings.push(tooLargeWarning(paragraphs.length));

  // Dates: JSON-LD → article:*_time meta → time[datetime] (2020-23 pages show an updated one too).
  const times = queryAll(root, selectors.dateTimes).map((t) => toIsoUtc(t.getAttribute('datetime')));
  const published =
    toIsoUtc(ldString(node['datePublished'])) ??
    toIsoUtc(metaContent(head, selectors.publishedMeta)) ??
    times[0] ??
    datalayerPublished(data);
  if (!published) missing('published', selectors.dateTimes, 'No publication date.');
  const modified =
    toIsoUtc(ldString(node['dateModified'])) ??
    toIsoUtc(metaContent(head, selectors.modifiedMeta)) ??
    times[1] ??
    null;
  if (!modified) missing('modified', selectors.modifiedMeta, 'No modification date.');

  // Authors: JSON-LD author[].name → byline links → datalayer authors[].name.
  let authors = ldNames(node['author']);
  if (authors.length === 0) authors = queryAll(root, selectors.authorNames).flatMap(authorName);
  if (authors.length === 0) authors = ldNames(data['authors']);
  authors = [...new Set(authors)];
  if (authors.length === 0) missing('authors', selectors.authorNames, 'No author (wire copy has none).');

  // Image: og:image → JSON-LD image[0] → the main-media img (largest srcset, then src).
  const mainImg = root === doc ? null : queryFirst(root, selectors.mainImage);
  const imageRaw =
    metaContent(head, selectors.ogImage) ??
    ldFirstUrl(node['image']) ??
    (mainImg ? bestImageUrl(mainImg) : null);
  const image = imageRaw ? resolveUrl(imageRaw, pageUrl) : null;
  if (!image) missing('image', selectors.mainImage, 'No lead image.');

  // Section: articleSection → article:section → datalayer supertag/cat1 → breadcrumb → URL path.
  const section =
    firstString(node['articleSection']) ??
    metaContent(head, selectors.sectionMeta) ??
    ldNames(data['supertag'])[0] ??
    ldString(data['cat1']) ??
    breadcrumbSection(doc) ??
    path?.section ??
    null;
  if (!section) missing('section', selectors.sectionMeta, 'No section in metadata, breadcrumb or URL.');

  // Language: html[lang] → inLanguage → the edition's language. Edition: URL → datalayer → language.
  const htmlLang = normalizeSpace(queryFirst(doc, selectors.htmlLang)?.getAttribute('lang') ?? '');
  const locale = ldString(data['site_locale']);
  const dlEdition = locale && isEdition(locale) ? locale : null;
  const urlEdition = path?.edition ?? hostEdition(url) ?? dlEdition;
  const language =
    (htmlLang || null) ?? ldString(node['inLanguage']) ?? (urlEdition ? EDITION_LANGUAGE[urlEdition] : null);
  const edition = urlEdition ?? (language ? editionOfLanguage(language) : null);
  if (!language) missing('language', selectors.htmlLang, 'No page language.');
  if (!edition) missing('edition', null, 'No edition in the URL, datalayer or page language.');

  const contentId = ldString(data['content_id']);
  if (!contentId) missing('contentId', selectors.datalayer, 'No content_id in script#datalayer.');

  const value: Article = {
    url,
    title,
    column,
    lead,
    paragraphs,
    authors,
    published,
    modified,
    section,
    edition,
    language,
    image,
    contentId,
  };
  // Live blogs only (lib/page/live-blog.ts): their new entries are growth, not edits.
  const liveBlog = readLiveBlog(doc, value, pageUrl, ld.nodes);
  return { value: liveBlog ? { ...value, liveBlog } : value, warnings };
}

/** splitTitle, with a ` - RFI` site suffix dropped rather than taken for a column. */
function siteless(raw: string | null): { title: string; column: string | null } | null {
  if (!raw) return null;
  const split = splitTitle(raw);
  if (split.column && SITE_SUFFIX.test(split.column)) return { title: split.title, column: null };
  return split.title === '' ? null : split;
}

function withoutQueryAndHash(pageUrl: string): string {
  try {
    const u = new URL(pageUrl);
    u.search = '';
    u.hash = '';
    return u.href;
  } catch {
    return pageUrl.replace(/[?#].*$/su, '');
  }
}

/** True when a description is only the opening of the first paragraph (a teaser, not a lead). */
function opensBody(description: string, blocks: readonly Block[]): boolean {
  const first = blocks.find((b) => b.kind === 'p')?.text;
  const stem = description.replace(/(?:\.{3}|…)+$/u, '').trim();
  return Boolean(first && stem !== '' && first.startsWith(stem));
}

function authorName(el: Element): string[] {
  const name = normalizeSpace(el.getAttribute('title') ?? '') || textOf(el);
  return name ? [name] : [];
}

function firstString(value: unknown): string | null {
  return ldString(Array.isArray(value) ? value[0] : value);
}

/** `publication_date` + `publication_time` (UTC, no offset) of the datalayer. */
function datalayerPublished(data: JsonObject): string | null {
  const day = ldString(data['publication_date']);
  const time = ldString(data['publication_time']);
  return day && time ? toIsoUtc(`${day}T${time}Z`) : null;
}

/** The last breadcrumb link, when there is more than the home link. */
function breadcrumbSection(doc: Document): string | null {
  const links = queryAll(doc, selectors.breadcrumbLinks);
  return links.length >= 2 ? textOf(links[links.length - 1] ?? null) : null;
}

function isEdition(value: string): value is Edition {
  return (EDITIONS as readonly string[]).includes(value);
}

function editionOfLanguage(language: string): Edition | null {
  const wanted = language.toLowerCase();
  return EDITIONS.find((ed) => EDITION_LANGUAGE[ed].toLowerCase() === wanted) ?? null;
}
