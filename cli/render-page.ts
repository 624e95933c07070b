// The fixture-page maker: puts an Article into a real saved 2025 rfi.fr article page (the template),
// so browser tests and later issues get a live-looking page whose content is known. Node only.
//
// Everything extractArticle reads is rewritten consistently (h1, chapo, time, byline, main image,
// body, canonical/og/meta, JSON-LD NewsArticle + BreadcrumbList, script#datalayer, <title>, html
// lang). The page keeps its look: inline CSS, header, related aside, tags and Outbrain slot stay
// (they sit outside the article and are never read). Every script that could run or load something
// is removed, as are the <link>s other than canonical, and inline event handlers.
import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { selectors, type Alternatives } from '../lib/page/selectors';
import { makerSelectors } from './render-page-selectors';
import type { Article, Block } from '../lib/types';
import { parisParts } from '../lib/text';
import { isObject, type JsonObject } from '../lib/page/jsonld';
import { jsonLdArticleFields, jsonLdBreadcrumbItems, rfiDateTime, updateDatalayer } from './render-page-data';

export { rfiDateTime };

export interface RenderPageOptions {
  /** RFI content id for script#datalayer; defaults to `article.contentId`. */
  contentId?: string;
}

type Node$ = Cheerio<AnyNode>;

/** The first alternative that matches inside `scope` (or page-wide). */
function pick($: CheerioAPI, alternatives: Alternatives, scope?: Node$): Node$ {
  for (const selector of alternatives) {
    const found: Node$ = scope ? scope.find(selector) : $(selector);
    if (found.length > 0) return found;
  }
  return $([]);
}

/** `https://www.rfi.fr/cn/政治/…` → `https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/…` (upper-case hex). */
export function percentEncodedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** ISO instant → RFI's display time in Paris, `DD/MM/YYYY - HH:MM`. */
export function parisDisplayTime(iso: string): string {
  const p = parisParts(iso);
  return `${p.day}/${p.month}/${p.year} - ${p.hour}:${p.minute}`;
}

/** JSON for an inline script: `<` escaped so no `</script>` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 4).replace(/</gu, '\\u003c');
}

function setMeta($: CheerioAPI, alternatives: Alternatives, value: string | null): void {
  const meta = pick($, alternatives);
  if (value === null) meta.remove();
  else meta.attr('content', value);
}

/** Body blocks as RFI markup: `p`, `h2`, `blockquote.quote > p`, runs of `li` in one `ul`. */
function blocksHtml($: CheerioAPI, blocks: readonly Block[]): Node$[] {
  const out: Node$[] = [];
  let list: Node$ | null = null;
  for (const block of blocks) {
    if (block.kind === 'li') {
      if (!list) out.push((list = $('<ul></ul>')));
      list.append($('<li></li>').text(block.text));
      continue;
    }
    list = null;
    if (block.kind === 'h') out.push($('<h2></h2>').text(block.text));
    else if (block.kind === 'quote') out.push($('<blockquote class="quote"></blockquote>').append($('<p></p>').text(block.text)));
    else out.push($('<p></p>').text(block.text));
  }
  return out;
}

function rewriteBody($: CheerioAPI, root: Node$, blocks: readonly Block[]): void {
  const body = pick($, selectors.body, root).first();
  const keep = [...selectors.bodyInterstitial, ...selectors.bodySelfPromo].join(', ');
  body.children().not(keep).remove();
  const html = blocksHtml($, blocks).flatMap((block) => block.toArray());
  const interstitial = body.children(selectors.bodyInterstitial.join(', ')).last();
  if (interstitial.length > 0) interstitial.after(html);
  else body.prepend(html);
}

function rewriteAuthors($: CheerioAPI, root: Node$, authors: readonly string[]): void {
  const block = pick($, makerSelectors.authorsBlock, root);
  const model = pick($, selectors.authorNames, root).first();
  if (authors.length === 0 || model.length === 0) {
    block.remove();
    return;
  }
  const href = model.attr('href') ?? '';
  const links = authors.map((name) => {
    const link = model.clone();
    link.attr('title', name).text(name);
    if (href !== '') link.attr('href', href.replace(/[^/]+\/$/u, `${encodeURIComponent(name)}/`));
    return link;
  });
  const holder = model.parent();
  pick($, selectors.authorNames, root).remove();
  links.forEach((link, i) => {
    if (i > 0) holder.append(', ');
    holder.append(link);
  });
}

function rewriteImage($: CheerioAPI, root: Node$, image: string | null): void {
  const media = pick($, makerSelectors.mainMedia, root);
  if (image === null) {
    media.remove();
    return;
  }
  pick($, makerSelectors.mainImageSources, root).remove();
  pick($, makerSelectors.mainImageCaption, root).remove();
  pick($, selectors.mainImage, root).first().attr('src', image).attr('srcset', `${image} 1280w`);
}

function rewriteBreadcrumb($: CheerioAPI, article: Article): void {
  const links = pick($, selectors.breadcrumbLinks);
  if (links.length < 2) return;
  const last = links.last();
  if (article.section === null) last.parent().remove();
  else last.text(article.section).attr('href', `/${article.edition ?? 'cn'}/${article.section}/`);
}

/** Removes what would run or load: external and inline scripts, links, inline handlers. */
function neutralise($: CheerioAPI): void {
  const kept = [...selectors.jsonLd, ...selectors.datalayer];
  $('script').each((_, el) => {
    const script = $(el);
    if (script.attr('src') !== undefined || !kept.some((sel) => script.is(sel))) script.remove();
  });
  $('link').not(selectors.canonical.join(', ')).remove();
  $('iframe, noscript, object, embed').remove();
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    for (const name of Object.keys(el.attribs)) if (/^on/iu.test(name)) $(el).removeAttr(name);
  });
}

/**
 * Returns the template page with the article's content in it. The result, read back with
 * extractArticle, gives the same title, lead, paragraphs, authors, dates, section, image and url.
 */
export function renderArticlePage(templateHtml: string, article: Article, options: RenderPageOptions = {}): string {
  const $ = cheerio.load(templateHtml);
  const root = pick($, selectors.articleRoot);
  const url = percentEncodedUrl(article.url);
  const rawTitle = article.column ? `${article.title} - ${article.column}` : article.title;
  const contentId = options.contentId ?? article.contentId;

  neutralise($);
  pick($, makerSelectors.alternateEditions).remove();
  if (article.language) $('html').attr('lang', article.language);
  pick($, selectors.pageTitle).text(rawTitle);
  pick($, selectors.canonical).attr('href', url);
  setMeta($, selectors.ogUrl, url);
  setMeta($, selectors.ogTitle, rawTitle);
  setMeta($, selectors.ogImage, article.image);
  for (const selector of selectors.description) setMeta($, [selector], article.lead);
  setMeta($, selectors.publishedMeta, article.published ? rfiDateTime(article.published) : null);
  setMeta($, selectors.modifiedMeta, article.modified ? rfiDateTime(article.modified) : null);
  setMeta($, selectors.sectionMeta, article.section);

  pick($, selectors.title, root).first().text(article.title);
  const chapo = pick($, selectors.lead, root).first();
  if (article.lead === null) chapo.remove();
  else chapo.text(article.lead);
  const time = pick($, selectors.dateTimes, root).first();
  if (article.published === null) pick($, makerSelectors.datesBlock, root).remove();
  else time.attr('datetime', rfiDateTime(article.published)).text(parisDisplayTime(article.published));
  rewriteAuthors($, root, article.authors);
  rewriteImage($, root, article.image);
  rewriteBody($, root, article.paragraphs);
  rewriteBreadcrumb($, article);

  for (const el of pick($, selectors.jsonLd).toArray()) {
    const script = $(el);
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.text());
    } catch {
      continue;
    }
    const nodes = (Array.isArray(parsed) ? parsed : [parsed]).filter(isObject);
    for (const node of nodes) {
      if (node['@type'] === 'BreadcrumbList') jsonLdBreadcrumbItems(node, article, url);
      else if (typeof node['@type'] === 'string' && /Article$/u.test(node['@type'])) jsonLdArticleFields(node, article, url);
    }
    script.text(scriptJson(parsed));
  }
  const datalayer = pick($, selectors.datalayer).first();
  try {
    const data: unknown = JSON.parse(datalayer.text());
    if (isObject(data)) datalayer.text(scriptJson(updateDatalayer(data as JsonObject, article, url, contentId)));
  } catch {
    // A template without a readable datalayer stays as it is; extraction then warns about it.
  }
  return $.html();
}
