// Article body → Block[] (RFI-PAGES.md §6, §8 step 7).
import { normalizeSpace } from '../text';
import type { Block } from '../types';
import { selectors } from './selectors';

/** Tag name (upper case, as Element.tagName gives it for HTML) → Block kind. */
const KIND_BY_TAG: Readonly<Record<string, Block['kind']>> = {
  P: 'p',
  H2: 'h',
  H3: 'h',
  LI: 'li',
  BLOCKQUOTE: 'quote',
};

// The tags above must be exactly the body block selectors of the selectors module.
const BLOCK_TAGS = new Set<string>(selectors.bodyBlocks.map((tag) => tag.toUpperCase()));

/**
 * Reads the blocks of an article body without changing the page: works on a clone, drops the §6
 * nodes (interstitial, promo, ads, read-also, embeds, scripts, buttons), then walks the tree in
 * reading order. An outer block wins over the blocks inside it (a `blockquote` holding `p`s is one
 * quote, an `li` holding a `p` one item). Text comes from `textContent` (never `innerText`: the
 * collapsed read-more body would hide it), inline link text included; blank blocks are skipped.
 */
export function readBodyBlocks(body: Element): Block[] {
  const clone = body.cloneNode(true) as Element;
  for (const selector of selectors.bodyExclusions) {
    for (const node of Array.from(clone.querySelectorAll(selector))) node.remove();
  }
  const blocks: Block[] = [];
  collect(clone, blocks);
  return blocks;
}

function collect(parent: Element, into: Block[]): void {
  for (const child of Array.from(parent.children)) {
    const tag = child.tagName.toUpperCase();
    const kind = BLOCK_TAGS.has(tag) ? KIND_BY_TAG[tag] : undefined;
    if (!kind) {
      collect(child, into);
      continue;
    }
    const text = normalizeSpace(child.textContent ?? '');
    if (text !== '') into.push({ kind, text });
  }
}

/** Drops body blocks that repeat the lead (older bodies open with the chapo as a bold `p`). */
export function withoutLead(blocks: readonly Block[], lead: string | null): Block[] {
  if (!lead) return [...blocks];
  return blocks.filter((block) => !(block.kind === 'p' && block.text === lead));
}

/**
 * The live page's elements of the blocks `readBodyBlocks` reads, in the same order (one element
 * per Block, nothing cloned or changed): for placing markers beside the paragraphs. Skips the §6
 * nodes and blank blocks exactly as `readBodyBlocks` does, so `locateBodyBlocks(body)[i]` is the
 * element of `readBodyBlocks(body)[i]`.
 */
export function locateBodyBlocks(body: Element): Element[] {
  const excluded = new Set<Element>();
  for (const selector of selectors.bodyExclusions) {
    for (const node of Array.from(body.querySelectorAll(selector))) excluded.add(node);
  }
  const out: Element[] = [];
  const walk = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (excluded.has(child)) continue;
      const tag = child.tagName.toUpperCase();
      if (!BLOCK_TAGS.has(tag) || !KIND_BY_TAG[tag]) {
        walk(child);
        continue;
      }
      if (normalizeSpace(blockText(child, excluded)) !== '') out.push(child);
    }
  };
  walk(body);
  return out;
}

/** Text of a block without its excluded descendants (as the clone in readBodyBlocks has it). */
function blockText(el: Element, excluded: ReadonlySet<Element>): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !excluded.has(node as Element)) text += blockText(node as Element, excluded);
  }
  return text;
}
