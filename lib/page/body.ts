// Article body → Block[] (RFI-PAGES.md §6, §8 step 7), read from the live DOM as it is: nothing is
// cloned, moved or changed, so no image is fetched again and no handler of the page runs again.
// The walk is iterative (a page nested 20,000 levels deep reads like any other) and stops at the
// caps of lib/limits.ts: the rest of a huge page is never read.
import { LIMITS } from '../limits';
import type { Block } from '../types';
import { walkBlocksWithin, type TreeAdapter, type WalkBudget } from './body-walk';
import { selectors } from './selectors';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The page's DOM as body-walk.ts reads it. */
const DOM: TreeAdapter<Node, Element> = {
  children: (node) => node.childNodes,
  element: (node) => (node.nodeType === ELEMENT_NODE ? (node as Element) : null),
  text: (node) => (node.nodeType === TEXT_NODE ? (node.nodeValue ?? '') : null),
  tag: (el) => el.tagName.toLowerCase(),
};

/** One block of the body with the page element it was read from. */
export interface LocatedBlock {
  block: Block;
  element: Element;
}

/** Every residue selector as one list, for `Element.matches` (simple selectors: no combinator). */
const RESIDUE = selectors.bodyExclusions.join(', ');

/**
 * Whether an element is residue (body-residue.ts), asked of each element the walk reaches (never
 * of the whole body at once: a huge page is not read past the caps).
 */
function residueTest(): (el: Element) => boolean {
  const seen = new Map<Element, boolean>();
  return (el) => {
    let residue = seen.get(el);
    if (residue === undefined) seen.set(el, (residue = el.matches(RESIDUE)));
    return residue;
  };
}

/** What one body walk reads: the caps of lib/limits.ts (a walk that stops there says so). */
export const BODY_BUDGET: WalkBudget = { blocks: LIMITS.paragraphs, characters: LIMITS.characters };

/** The blocks of a body with their elements, and whether the walk read the whole body. */
export interface BodyReading {
  located: LocatedBlock[];
  /** False when the body holds more than `budget` (the walk stopped there). */
  complete: boolean;
}

/**
 * The one body walker, for extraction and for the markers: the blocks of an article body in
 * reading order, each with its element, read as the archive parser reads an archived body
 * (body-walk.ts), up to `budget`. Residue nodes (body-residue.ts) and their subtrees are skipped.
 * Text comes from the text nodes (never `innerText`: the collapsed read-more body would hide it).
 */
export function readBody(body: Element, budget: WalkBudget = BODY_BUDGET): BodyReading {
  // Every node the walk hands back is the body or an element inside it.
  const { blocks, complete } = walkBlocksWithin<Node, Element>(body, DOM, residueTest(), budget);
  return { located: blocks as LocatedBlock[], complete };
}

/** readBody's blocks with their elements (see readBody). */
export function walkBodyBlocks(body: Element, budget: WalkBudget = BODY_BUDGET): LocatedBlock[] {
  return readBody(body, budget).located;
}

/** Reads the blocks of an article body without changing the page (see readBody). */
export function readBodyBlocks(body: Element, budget: WalkBudget = BODY_BUDGET): Block[] {
  return walkBodyBlocks(body, budget).map((located) => located.block);
}

/**
 * The live page's elements of the blocks `readBodyBlocks` reads, in the same order (one element
 * per Block; a loose run of text gives the element holding it): for placing markers beside the
 * paragraphs. The same walk, so they cannot disagree.
 */
export function locateBodyBlocks(body: Element): Element[] {
  return walkBodyBlocks(body).map((located) => located.element);
}

/** Whether a body block repeats the lead (older bodies open with the chapo as a bold `p`). */
export function repeatsLead(block: Block, lead: string | null): boolean {
  return Boolean(lead) && block.kind === 'p' && block.text === lead;
}

/** Drops body blocks that repeat the lead (see repeatsLead). */
export function withoutLead(blocks: readonly Block[], lead: string | null): Block[] {
  return blocks.filter((block) => !repeatsLead(block, lead));
}
