// Live blogs (RFI-PAGES.md §7: "[live 直播 ] …" / "[En direct] …" titles; schema.org
// `LiveBlogPosting`; `/live/` paths): pages that grow by new entries. Whether a page is one, and
// where each of its entries starts among the article's paragraphs, so that the comparison can tell
// entries posted since the capture (growth) from edits to or removals of earlier ones
// (lib/diff/live-growth.ts). Pure: the parsed page and its extracted Article come in as arguments.
//
// Entries are found, in this order:
//  1. the post elements of the body (selectors.liveBlogPosts): each post's first text block, read
//     as the body reader reads it, located in `article.paragraphs` in page order;
//  2. else JSON-LD `liveBlogUpdate[]` (schema.org BlogPosting): each update's headline, else the
//     start of its articleBody, located the same way.
// RFI's live-page markup is not verified on a saved real page (RFI-PAGES.md §7 lists it as
// unverified); the team fixture tests/fixtures/pages/cn-live-blog-*.html models it.
import { normalizeSpace } from '../text';
import type { Article, LiveBlog } from '../types';
import { readBodyBlocks } from './body';
import { isObject, readJsonLd, type JsonObject } from './jsonld';
import { queryAll, queryFirst } from './query';
import { selectors } from './selectors';

/** "[live 直播 ] …", "[直播] …", "[En direct] …", "[Live] …", "[En vivo] …", "EN DIRECT - …". */
const LIVE_TITLE = /^\s*(?:\[\s*(?:live|直播|直播中|en direct|en vivo|ao vivo|live blog)(?:\s+(?:直播|live))?\s*\]|en direct\s*[-:–—])/iu;

/** A `/live/` (or `/en-direct/`) segment in the URL path. */
function livePath(url: string): boolean {
  try {
    return /\/(?:live|en-direct)(?:\/|$)/i.test(decodeURI(new URL(url).pathname));
  } catch {
    return false;
  }
}

function isLiveBlogNode(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.includes('LiveBlogPosting');
}

/**
 * The live-blog facts of an extracted article, or null when the page is an ordinary article.
 * `pageUrl` is the tab's URL (the canonical one is `article.url`); `nodes`: the page's JSON-LD nodes
 * when the caller has read them already (extractArticle has), so the page is not parsed twice.
 */
export function readLiveBlog(doc: Document, article: Article, pageUrl: string = article.url, nodes: readonly JsonObject[] = readJsonLd(doc).nodes): LiveBlog | null {
  const ld = nodes.filter(isLiveBlogNode);
  const root = queryFirst(doc, selectors.articleRoot) ?? doc;
  const posts = queryAll(root, selectors.liveBlogPosts);
  const signals: LiveBlog['signals'] = [];
  if (ld.length) signals.push('json-ld');
  if (livePath(pageUrl) || livePath(article.url)) signals.push('path');
  if (LIVE_TITLE.test(article.title)) signals.push('title');
  if (posts.length) signals.push('markup');
  if (!signals.length) return null;
  const starts = entryStartsFromPosts(posts, article);
  return { signals, entryStarts: starts.length ? starts : entryStartsFromUpdates(ld, article) };
}

/** Where each text lands in the paragraphs, in order (a text not found is skipped). */
function locate(texts: readonly string[], article: Article, matches: (paragraph: string, text: string) => boolean): number[] {
  const out: number[] = [];
  let from = 0;
  for (const text of texts) {
    if (!text) continue;
    for (let i = from; i < article.paragraphs.length; i++) {
      if (matches(article.paragraphs[i]!.text, text)) {
        out.push(i);
        from = i + 1;
        break;
      }
    }
  }
  return out;
}

function entryStartsFromPosts(posts: readonly Element[], article: Article): number[] {
  // Only each post's first block is read (blocks: 0 stops the walk once it holds one).
  const firsts = posts.map((post) => readBodyBlocks(post, { blocks: 0, characters: Infinity })[0]?.text ?? '');
  return locate(firsts, article, (paragraph, text) => paragraph === text);
}

function entryStartsFromUpdates(ld: readonly JsonObject[], article: Article): number[] {
  const updates = ld.flatMap((node) => {
    const list = node['liveBlogUpdate'];
    return (Array.isArray(list) ? list : [list]).filter(isObject);
  });
  const texts = updates.map((u) => {
    const headline = typeof u['headline'] === 'string' ? normalizeSpace(u['headline']) : '';
    const body = typeof u['articleBody'] === 'string' ? normalizeSpace(u['articleBody']) : '';
    return headline || body;
  });
  // A headline is a block of its own; an articleBody starts with its first block.
  return locate(texts, article, (paragraph, text) => paragraph === text || (paragraph.length >= 8 && text.startsWith(paragraph)));
}
