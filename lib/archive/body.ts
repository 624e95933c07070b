// The body of an archive file (line 5 on, RFI's HTML as the feed carried it) → the article's parts.
// Noise is removed by rule (promo footer, ads, share and self-promo blocks, media embeds); every
// remaining piece of text becomes a block, loose text in a <div> included, so nothing is lost.
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../types';
import { isBlank, normalizeSpace, parisDisplayTimeToIso } from '../text';

export interface ArchivedBody {
  /** The `<p><strong>…</strong></p>` chapo before the body container, or null (wire copy). */
  lead: string | null;
  paragraphs: Block[];
  /** From the `作者：` block: link titles, else link texts, else the text after the label. */
  authors: string[];
  /** First `<img src>` that is not a `data:` placeholder. */
  image: string | null;
  /** The `<div>DD/MM/YYYY - HH:MM</div>` display line as ISO UTC, or null. */
  displayedAt: string | null;
  /** True when the text is AFP wire copy (the `© YYYY AFP` line or a `（法新社…` dateline). */
  wireCopy: boolean;
}

/** Media embeds, ads, interactive widgets: never prose (RFI-PAGES.md §6). */
const NOISE = [
  'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'button', 'object', 'embed',
  'figure', 'picture', 'video', 'audio', 'youtube-player', 'play-media', 'share-button', 'share-modal',
  '.m-interstitial', '.m-block-ad', '[data-tms-ad-type]', '.o-ad-container', '.o-self-promo',
  '.a-read-more', '.m-em-image', '.m-em-video', '.m-em-audio', '.m-em-flash', '[data-root-share]',
].join(', ');

/** Attribute prefixes that mark an ad slot or a self-promo placeholder, whatever the tag. */
const NOISE_ATTRIBUTE = /^(data-tms-ad|data-selfpromo|data-readmore-unlocker)/;

/** Share links: social intent / dialog URLs. */
const SHARE_HREF =
  /(twitter\.com\/(intent|share)|x\.com\/intent|facebook\.com\/(dialog\/share|sharer)|whatsapp:|web\.whatsapp\.com\/send|linkedin\.com\/share|t\.me\/share|weibo\.com\/share)/i;

const FEEDX_HREF = /feedx\.(net|xyz|top|fun|best)/i;
const FEEDX_LABEL = '获取更多RSS';
const SHARE_LABEL = /^分享\s*[:：]?$/;
const AUTHOR_LABEL = /^作者\s*[:：]?$/;
const DATE_LINE = /^\d{2}\/\d{2}\/\d{4}\s*-\s*\d{2}:\d{2}$/;
const AFP_COPYRIGHT = /^©\s*\d{4}\s*(AFP|法新社)$/i;
const AFP_COPYRIGHT_IN_TEXT = /©\s*\d{4}\s*AFP/;
const AFP_DATELINE = /^（法新社/;

/** Elements whose text runs on inside a sentence. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'u', 'var', 'wbr',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LEAF_BLOCK = new Set(['p', 'li', 'dt', 'dd', 'figcaption', 'caption', 'td', 'th', 'pre', 'address']);

/** Tags the feed's line joining glued to their first attribute (`<divclass=`, `<sourcetype=`). */
const GLUED_TAG = /<(source|picture|section|figure|button|iframe|script|span|div|img|p|a)(?=(?:class|id|type|src|srcset|href|alt|style|title|data-[\w-]*|v-[\w:-]*)=)/gi;

/** Puts back the spaces the feed's line joining removed between attributes of one tag. */
export function repairGluedMarkup(html: string): string {
  return html.replace(GLUED_TAG, '<$1 ').replace(/<[a-zA-Z][^<>]*>/g, separateAttributes);
}

/** `class="a"data-x="b"` → `class="a" data-x="b"`: a space after every closing value quote. */
function separateAttributes(tag: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < tag.length; i++) {
    const ch = tag[i]!;
    out += ch;
    if (quote === null) {
      const next = tag[i + 1];
      if (ch === '=' && (next === '"' || next === "'")) {
        out += next;
        quote = next;
        i++;
      }
    } else if (ch === quote) {
      quote = null;
      const next = tag[i + 1];
      if (next !== undefined && !/[\s>/]/.test(next)) out += ' ';
    }
  }
  return out;
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Reader's text of a node: text nodes in order, `<br>` as a space, not normalised. */
function rawText(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node)) return '';
  if (node.tagName === 'br') return ' ';
  return node.children.map(rawText).join('');
}

/** Text outside `<strong>` / `<b>`: blank for an all-bold lead paragraph. */
function plainText(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || node.tagName === 'strong' || node.tagName === 'b') return '';
  return node.children.map(plainText).join('');
}

function hasBlockDescendant(node: Element): boolean {
  return node.children.some(
    (c) => isElement(c) && (!INLINE.has(c.tagName) || hasBlockDescendant(c)),
  );
}

/** White space, `<br>` or `<hr>`: what separates the promo footer from the article. */
function isSpacer(node: AnyNode): boolean {
  if (node.type === 'text') return isBlank(node.data);
  return isElement(node) && (node.tagName === 'br' || node.tagName === 'hr');
}

function removeFeedxFooter($: CheerioAPI): void {
  $('div').each((_, el) => {
    // The footer is a leaf `<div>`: a label and feedx links, nothing of the article inside.
    if ($(el).find('p, div').length > 0) return;
    const links = $(el).find('a').toArray();
    const promoLinks = links.length > 0 && links.every((a) => FEEDX_HREF.test(a.attribs.href ?? ''));
    if (!normalizeSpace($(el).text()).startsWith(FEEDX_LABEL) && !promoLinks) return;
    // The `<br><hr>` the feed puts before it.
    let prev = el.prev;
    while (prev && isSpacer(prev)) {
      const before = prev.prev;
      $(prev).remove();
      prev = before;
    }
    $(el).remove();
  });
}

function removeNoise($: CheerioAPI): void {
  $(NOISE).remove();
  $('*').each((_, el) => {
    if (isElement(el) && Object.keys(el.attribs).some((name) => NOISE_ATTRIBUTE.test(name))) $(el).remove();
  });
  $('a').each((_, a) => {
    if (SHARE_HREF.test(a.attribs.href ?? '')) $(a).remove();
  });
  $('div, span').each((_, el) => {
    if (SHARE_LABEL.test(normalizeSpace($(el).text()))) $(el).remove();
  });
}

function takeAuthors($: CheerioAPI): string[] {
  const authors: string[] = [];
  $('span, strong, b').each((_, label) => {
    const parent = label.parent;
    if (!parent || !isElement(parent) || !AUTHOR_LABEL.test(normalizeSpace($(label).text()))) return;
    const box = $(parent);
    const links = box.find('a').toArray();
    const names = links.length > 0
      ? links.map((a) => normalizeSpace(a.attribs.title ?? '') || normalizeSpace($(a).text()))
      : normalizeSpace(box.text()).replace(/^作者\s*[:：]?\s*/, '').split(/[,，、]/);
    for (const name of names.map(normalizeSpace)) if (name && !authors.includes(name)) authors.push(name);
    box.remove();
  });
  return authors;
}

/** First text node in source order that is not white space. */
function firstText(node: AnyNode): AnyNode | null {
  if (node.type === 'text') return isBlank(node.data) ? null : node;
  if (node.type === 'script' || node.type === 'style' || !('children' in node)) return null;
  for (const child of node.children) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

/**
 * The lead: RFI's chapo, the `<p><strong>…</strong></p>` that holds the article's first text, outside
 * the body container. Wire copy starts with a plain `（法新社…` paragraph instead.
 */
function takeLead($: CheerioAPI): string | null {
  const first = firstText($.root()[0]!);
  const p = first ? $(first).closest('p') : null;
  if (!p || p.length === 0 || p.closest('.t-content__body').length > 0) return null;
  const text = normalizeSpace(rawText(p[0]!));
  if (!isBlank(plainText(p[0]!)) || AFP_DATELINE.test(text)) return null;
  p.remove();
  return text;
}

function collectBlocks(nodes: AnyNode[], out: Block[], inQuote: boolean): void {
  let run = '';
  const push = (kind: Block['kind'], raw: string) => {
    const text = normalizeSpace(raw);
    if (text && !AFP_COPYRIGHT.test(text)) out.push({ kind: inQuote ? 'quote' : kind, text });
  };
  const flush = () => {
    push('p', run);
    run = '';
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      run += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.tagName;
    if (INLINE.has(name) && !hasBlockDescendant(node)) {
      run += rawText(node);
      continue;
    }
    flush();
    if (name === 'blockquote') collectBlocks(node.children, out, true);
    else if (HEADING.has(name)) push('h', rawText(node));
    else if (name === 'li') push('li', rawText(node));
    else if (LEAF_BLOCK.has(name) && !hasBlockDescendant(node)) push('p', rawText(node));
    else collectBlocks(node.children, out, inQuote);
  }
  flush();
}

/**
 * cheerio's htmlparser2 path in HTML mode: 2-3 times faster than parse5 on these feed bodies, and the
 * same reading of every file of ../shared/corpus (tests/lib/archive/corpus.test.ts).
 */
const PARSER = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** Reads an archived body. Pure: cheerio on a string, no I/O; never throws on odd markup. */
export function readArchivedBody(html: string): ArchivedBody {
  const $ = load(repairGluedMarkup(html), PARSER, false);

  const image =
    $('img[src]')
      .toArray()
      .map((img) => (img.attribs.src ?? '').trim())
      .find((src) => src !== '' && !src.startsWith('data:')) ?? null;
  $('img').remove();

  let displayedAt: string | null = null;
  const dateDiv = $('div')
    .toArray()
    .find((el) => el.children.every((c) => c.type === 'text') && DATE_LINE.test(normalizeSpace($(el).text())));
  if (dateDiv) {
    displayedAt = parisDisplayTimeToIso(normalizeSpace($(dateDiv).text()));
    // Where the feed had no image, the producer printed the JS array it got: `…</div>Array<div …`.
    const after = dateDiv.next;
    if (after?.type === 'text' && after.data.trim() === 'Array') $(after).remove();
    $(dateDiv).remove();
  }

  removeFeedxFooter($);
  const copyright = $('p.t-copyright').length > 0 || AFP_COPYRIGHT_IN_TEXT.test($.root().text());
  $('p.t-copyright').remove();
  removeNoise($);
  const authors = takeAuthors($);
  const lead = takeLead($);

  const paragraphs: Block[] = [];
  collectBlocks($.root().contents().toArray(), paragraphs, false);
  const wireCopy = copyright || AFP_DATELINE.test(paragraphs[0]?.text ?? '');
  return { lead, paragraphs, authors, image, displayedAt, wireCopy };
}
