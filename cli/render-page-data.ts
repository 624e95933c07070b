// Structured-data half of the fixture-page maker: the JSON-LD NewsArticle / BreadcrumbList nodes and
// script#datalayer of the template, rewritten in place for another article.
import type { JsonObject } from '../lib/page/jsonld';
import { isObject } from '../lib/page/jsonld';
import type { Article } from '../lib/types';

/** `2025-11-30T09:13:47.000Z` → `2025-11-30T09:13:47+00:00`, RFI's machine-date form. */
export function rfiDateTime(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/u, '+00:00');
}

/** Sets `key` to `value`, or deletes it when the value is null (absent, as on a real page). */
function put(node: JsonObject, key: string, value: unknown): void {
  if (value === null) delete node[key];
  else node[key] = value;
}

/** Author page URL on rfi.fr for a name (`/cn/作者/左依/`), percent-encoded as RFI writes it. */
function authorUrl(article: Article, name: string): string {
  const edition = article.edition ?? 'cn';
  return `https://www.rfi.fr/${edition}/${encodeURIComponent('作者')}/${encodeURIComponent(name)}/`;
}

/** The NewsArticle node: headline, description, dates, author, section, url, image, language. */
export function jsonLdArticleFields(node: JsonObject, article: Article, url: string): void {
  put(node, 'url', url);
  put(node, 'headline', article.title);
  put(node, 'description', article.lead);
  put(node, 'datePublished', article.published ? rfiDateTime(article.published) : null);
  put(node, 'dateModified', article.modified ? rfiDateTime(article.modified) : null);
  put(node, 'image', article.image ? [article.image] : null);
  put(node, 'thumbnailUrl', article.image);
  put(node, 'inLanguage', article.language);
  put(node, 'articleSection', article.section);
  put(
    node,
    'author',
    article.authors.length > 0
      ? article.authors.map((name) => ({ '@type': 'Person', name, url: authorUrl(article, name) }))
      : null,
  );
  put(node, 'keywords', article.section ? [article.section] : null);
  delete node['wordCount'];
  delete node['timeRequired'];
  const page = node['mainEntityOfPage'];
  if (isObject(page)) page['@id'] = url;
}

/** The BreadcrumbList node: home → section (dropped when there is none) → this article. */
export function jsonLdBreadcrumbItems(node: JsonObject, article: Article, url: string): void {
  const items = Array.isArray(node['itemListElement']) ? node['itemListElement'].filter(isObject) : [];
  const home = items[0];
  if (!home) return;
  const origin = new URL(url).origin;
  const edition = article.edition ?? 'cn';
  const list: JsonObject[] = [home];
  if (article.section) {
    const sectionUrl = `${origin}/${edition}/${encodeURIComponent(article.section)}/`;
    list.push({ '@type': 'ListItem', item: { '@id': sectionUrl, name: article.section } });
  }
  list.push({ '@type': 'ListItem', item: { '@id': url, name: article.title } });
  node['itemListElement'] = list.map((item, i) => ({ ...item, position: i + 1 }));
}

/** script#datalayer: title, id, canonical, page name, publication date/time, authors, section. */
export function updateDatalayer(data: JsonObject, article: Article, url: string, contentId: string | null): JsonObject {
  const name = (value: string) => ({ name: value, name_clean: value, name_slug: value });
  put(data, 'content_title', article.title);
  put(data, 'content_id', contentId);
  put(data, 'canonical', url);
  put(data, 'page_name', new URL(url).pathname.split('/').filter(Boolean).pop() ?? null);
  const published = article.published ? new Date(article.published).toISOString() : null;
  put(data, 'publication_date', published ? published.slice(0, 10) : null);
  put(data, 'publication_time', published ? published.slice(11, 19) : null);
  put(data, 'authors', article.authors.map(name));
  put(data, 'tags', []);
  put(data, 'supertag', article.section ? [name(article.section)] : []);
  put(data, 'cat1', article.section);
  if (article.edition) put(data, 'site_locale', article.edition);
  return data;
}
