// The body of an archive file (line 5 on, RFI's HTML as the feed carried it) → the article's parts.
// Noise is removed by rule (promo footer, ads, share and self-promo blocks, media embeds); every
// remaining piece of text becomes a block, loose text in a <div> included, so nothing is lost.
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Document, Element } from 'domhandler';
import { descendants, isElement, removeAll, wrapTopLevel } from './tree';
import type { Block } from '../types';
import { bodyNoise } from '../page/body-residue';
import { walkBlocks, type TreeAdapter } from '../page/body-walk';
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

/**
 * Residue inside the body: the same list the live extractor skips (lib/page/body-residue.ts), so
 * the two readers agree on every one of them.
 */
const NOISE = bodyNoise.join(', ');

/** Share links: social intent / dialog URLs. */
const SHARE_HREF =
  /(twitter\.com\/(intent|share)|x\.com\/intent|facebook\.com\/(dialog\/share|sharer)|whatsapp:|web\.whatsapp\.com\/send|linkedin\.com\/share|t\.me\/share|weibo\.com\/share)/i;

const FEEDX_HREF = /feedx\.(net|xyz|top|fun|best)/i;
const FEEDX_LABEL = '获取更多RSS';
const SHARE_LABEL = /^分享\s*[:：]?$/;
const AUTHOR_LABEL = /^作者\s*[:：]?$/;
const DATE_LINE = /^\d{2}\/\d{2}\/\d{4}\s*-\s*\d{2}:\d{2}$/;
const AFP_COPYRIGHT_IN_TEXT = /©\s*\d{4}\s*AFP/;
const AFP_DATELINE = /^（法新社/;

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

const NONE: ReadonlySet<AnyNode> = new Set();

/**
 * Reader's text of a node: text nodes in order, `<br>` as a space, not normalised. With `skipBold`,
 * text inside `<strong>` / `<b>` is left out (blank for an all-bold lead paragraph).
 */
function rawText(node: AnyNode, skipBold = false, skip: ReadonlySet<AnyNode> = NONE): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (skip.has(n)) continue;
    if (n.type === 'text') {
      parts.push(n.data);
      continue;
    }
    if (!isElement(n) && n.type !== 'root') continue;
    if (isElement(n)) {
      if (n.tagName === 'br') {
        parts.push(' ');
        continue;
      }
      if (skipBold && (n.tagName === 'strong' || n.tagName === 'b')) continue;
    }
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('');
}

/** White space, `<br>` or `<hr>`: what separates the promo footer from the article. */
function isSpacer(node: AnyNode): boolean {
  if (node.type === 'text') return isBlank(node.data);
  return isElement(node) && (node.tagName === 'br' || node.tagName === 'hr');
}

/** True when a `<p>` or `<div>` is anywhere inside: stops at the first one found. */
function holdsBlock(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.tagName === 'p' || node.tagName === 'div') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** The nearest `<div>` around a node, or null. */
function nearestDiv(node: AnyNode): Element | null {
  for (let p = node.parent; p; p = p.parent) if (isElement(p) && p.tagName === 'div') return p;
  return null;
}

function removeFeedxFooter($: CheerioAPI): void {
  // Candidates: the nearest <div> of a feedx link or of a text starting with the label. The footer
  // is a leaf `<div>` (a label and feedx links, no <p> or <div> inside), so leaf candidates never
  // nest and each is read once.
  const candidates = new Set<Element>();
  for (const node of descendants($.root()[0]!)) {
    const hit =
      (node.type === 'text' && node.data.trimStart().startsWith(FEEDX_LABEL)) ||
      (isElement(node) && node.tagName === 'a' && FEEDX_HREF.test(node.attribs.href ?? ''));
    const div = hit ? nearestDiv(node) : null;
    if (div) candidates.add(div);
  }
  const gone: AnyNode[] = [];
  for (const el of candidates) {
    if (holdsBlock(el)) continue;
    const links = $(el).find('a').toArray();
    const promoLinks = links.length > 0 && links.every((a) => FEEDX_HREF.test(a.attribs.href ?? ''));
    if (!normalizeSpace(rawText(el)).startsWith(FEEDX_LABEL) && !promoLinks) continue;
    // The `<br><hr>` the feed puts before it.
    for (let prev = el.prev; prev && isSpacer(prev); prev = prev.prev) gone.push(prev);
    gone.push(el);
  }
  removeAll(gone);
}

/**
 * The outermost `div`/`span` around a text node that holds nothing but that text (blank text
 * beside it allowed): the label element of `分享 :` / `作者：`. Climbs one parent at a time.
 */
function labelBox(text: AnyNode, tags: ReadonlySet<string>): Element | null {
  let top: Element | null = null;
  let child: AnyNode = text;
  for (let p = text.parent; p && isElement(p) && tags.has(p.tagName); p = p.parent) {
    if (!p.children.every((c) => c === child || (c.type === 'text' && isBlank(c.data)))) break;
    top = p;
    child = p;
  }
  return top;
}

const SHARE_BOX = new Set(['div', 'span']);
const AUTHOR_BOX = new Set(['span', 'strong', 'b']);

function removeNoise($: CheerioAPI): void {
  removeAll($(NOISE).toArray());
  removeAll($('a').toArray().filter((a) => SHARE_HREF.test(a.attribs.href ?? '')));
  const boxes: Element[] = [];
  for (const node of descendants($.root()[0]!)) {
    if (node.type !== 'text' || !SHARE_LABEL.test(normalizeSpace(node.data))) continue;
    const box = labelBox(node, SHARE_BOX);
    if (box) boxes.push(box);
  }
  removeAll(boxes);
}

/** Links under `root` in document order, not entering the `skip` subtrees. */
function linksIn(root: AnyNode, skip: ReadonlySet<AnyNode>): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node) || !('children' in node)) continue;
    if (isElement(node) && node !== root && node.tagName === 'a') out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

function takeAuthors($: CheerioAPI, top: Element): string[] {
  const labels = descendants($.root()[0]!)
    .filter((node) => node.type === 'text' && AUTHOR_LABEL.test(normalizeSpace(node.data)))
    .map((node) => labelBox(node, AUTHOR_BOX))
    .filter((label): label is Element => label !== null);
  // Innermost box first: each box is read without the boxes read before it (inside it), so nested
  // boxes are read once each, not once per level; all are removed at the end in one pass. Names are
  // then listed in document order.
  const groups: string[][] = [];
  const taken = new Set<AnyNode>();
  for (const label of labels.reverse()) {
    const parent = label.parent;
    if (!parent || !isElement(parent) || parent === top || taken.has(parent)) continue;
    const links = linksIn(parent, taken);
    groups.push(links.length > 0
      ? links.map((a) => normalizeSpace(a.attribs.title ?? '') || normalizeSpace(rawText(a)))
      : normalizeSpace(rawText(parent, false, taken)).replace(/^作者\s*[:：]?\s*/, '').split(/[,，、]/));
    taken.add(parent);
  }
  removeAll(taken);
  const authors = new Set<string>();
  for (const names of groups.reverse()) {
    for (const name of names.map(normalizeSpace)) if (name) authors.add(name);
  }
  return [...authors];
}

/** First text node in source order that is not white space (script and style text skipped). */
function firstText(root: AnyNode): AnyNode | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (!isBlank(node.data)) return node;
      continue;
    }
    if (node.type === 'script' || node.type === 'style' || !('children' in node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
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
  if (!isBlank(rawText(p[0]!, true)) || AFP_DATELINE.test(text)) return null;
  p.remove();
  return text;
}

/** cheerio's tree as body-walk.ts reads it. */
const TREE: TreeAdapter<AnyNode, Element> = {
  children: (node) => ('children' in node ? node.children : []),
  element: (node) => (isElement(node) ? node : null),
  text: (node) => (node.type === 'text' ? node.data : null),
  tag: (el) => el.tagName,
};

/**
 * cheerio's htmlparser2 path in HTML mode: 2-3 times faster than parse5 on these feed bodies, and the
 * same reading of every file of ../shared/corpus (tests/lib/archive/corpus.corpus.test.ts).
 */
const PARSER = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** Reads an archived body. Pure: cheerio on a string, no I/O; never throws on odd markup. */
export function readArchivedBody(html: string): ArchivedBody {
  const $ = load(repairGluedMarkup(html), PARSER, false);
  const top = wrapTopLevel($.root()[0] as Document);

  const image =
    $('img[src]')
      .toArray()
      .map((img) => (img.attribs.src ?? '').trim())
      .find((src) => src !== '' && !src.startsWith('data:')) ?? null;
  removeAll($('img').toArray());

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
  const copyright = $('p.t-copyright').length > 0 || AFP_COPYRIGHT_IN_TEXT.test(rawText($.root()[0]!));
  removeNoise($);
  const authors = takeAuthors($, top);
  const lead = takeLead($);

  const paragraphs = walkBlocks($.root()[0]!, TREE, () => false).map((walked) => walked.block);
  const wireCopy = copyright || AFP_DATELINE.test(paragraphs[0]?.text ?? '');
  return { lead, paragraphs, authors, image, displayedAt, wireCopy };
}
