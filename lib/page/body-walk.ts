// The one reading of an article body into blocks, for both readers: the live extractor walks the
// page's DOM (lib/page/body.ts), the archive parser walks cheerio's tree (lib/archive/body.ts),
// each through a small adapter. Same block model on both sides, so a body reads the same live and
// archived (issue 11 §1). Iterative: any nesting depth, every node visited a bounded number of times.
import { normalizeSpace } from '../text';
import type { Block } from '../types';
import { isResidueText } from './body-residue';

/** How to look at one kind of tree (DOM or domhandler). `element` is null for non-elements. */
export interface TreeAdapter<N, E extends N> {
  children(node: N): ArrayLike<N>;
  element(node: N): E | null;
  /** Text node data, or null when the node is not a text node. */
  text(node: N): string | null;
  /** Lower-case tag name. */
  tag(el: E): string;
}

/** One block with the element it was read from (a loose run: the element holding the run). */
export interface WalkedBlock<N> {
  block: Block;
  element: N;
}

/** Elements whose text runs on inside a sentence. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'u', 'var', 'wbr',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Blocks read whole when nothing block-level is inside them. */
const LEAF_BLOCK = new Set(['p', 'li', 'dt', 'dd', 'figcaption', 'caption', 'td', 'th', 'pre', 'address']);

/** `quote`: the blockquote the step is inside (its blocks are quotes and point at it), or null. */
type Step<N> = { node: N; quote: N | null; parent: N } | { end: true; quote: N | null; parent: N };

/** How much one walk reads: it stops once it holds more than this (see walkBlocksWithin). */
export interface WalkBudget {
  /** Blocks kept. */
  blocks: number;
  /** Characters of block text kept, all blocks together (and of the raw text read for one block). */
  characters: number;
}

const UNBOUNDED: WalkBudget = { blocks: Infinity, characters: Infinity };

/**
 * Blocks of a body in reading order. Headings and list items are one block each; a leaf block
 * (`p`, `td` …) with nothing block-level inside is one paragraph; loose text and inline runs between
 * blocks (the `<div>`-paragraph bodies of some pieces) are one paragraph each; everything inside a
 * `blockquote` is a quote (its element: the outermost blockquote). Elements for which `skip` is true are left out with their subtree;
 * `<br>` reads as a space; blank blocks and blocks that are residue by their text (`© 2020 AFP`)
 * are dropped.
 */
export function walkBlocks<N, E extends N>(root: N, dom: TreeAdapter<N, E>, skip: (el: E) => boolean): WalkedBlock<N>[] {
  return walkBlocksWithin(root, dom, skip, UNBOUNDED).blocks;
}

/**
 * walkBlocks that stops as soon as it holds more than `budget` allows: it never reads the rest of
 * a huge page (the live page's main thread stays free). `complete` is false when it stopped early,
 * that is when the body certainly holds more than `budget` (the last block kept is then the first
 * over it, or a block whose text was cut at `budget.characters`).
 */
export function walkBlocksWithin<N, E extends N>(
  root: N,
  dom: TreeAdapter<N, E>,
  skip: (el: E) => boolean,
  budget: WalkBudget,
): { blocks: WalkedBlock<N>[]; complete: boolean } {
  const hasBlocks = blockTest(dom, skip);
  const out: WalkedBlock<N>[] = [];
  let chars = 0;
  let cut = false;
  const full = () => cut || out.length > budget.blocks || chars > budget.characters;
  // Raw text read for one block: past this the block is cut (and the walk stops).
  const rawMax = budget.characters + 1;
  const text = (el: E) => {
    const raw = textOf(el, dom, skip, rawMax);
    if (raw.length >= rawMax) cut = true;
    return raw;
  };
  let run: string[] = [];
  let runLength = 0;
  const push = (kind: Block['kind'], raw: string, quote: N | null, element: N) => {
    const clean = normalizeSpace(raw);
    if (!clean || isResidueText(clean)) return;
    chars += clean.length;
    out.push(quote ? { block: { kind: 'quote', text: clean }, element: quote } : { block: { kind, text: clean }, element });
  };
  const addToRun = (data: string) => {
    const room = rawMax - runLength;
    if (data.length >= room) cut = true;
    const kept = data.length > room ? data.slice(0, room) : data;
    run.push(kept);
    runLength += kept.length;
  };
  const flush = (quote: N | null, parent: N) => {
    if (run.length > 0) push('p', run.join(''), quote, parent);
    run = [];
    runLength = 0;
  };
  const stack: Step<N>[] = [];
  const enter = (parent: N, quote: N | null) => {
    stack.push({ end: true, quote, parent });
    const kids = dom.children(parent);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, quote, parent });
  };
  enter(root, null);
  while (stack.length > 0 && !full()) {
    const step = stack.pop()!;
    if ('end' in step) {
      flush(step.quote, step.parent);
      continue;
    }
    const { node, quote, parent } = step;
    const data = dom.text(node);
    if (data !== null) {
      addToRun(data);
      if (cut) flush(quote, parent);
      continue;
    }
    const el = dom.element(node);
    if (!el || skip(el)) continue;
    const name = dom.tag(el);
    if (INLINE_TAGS.has(name) && !hasBlocks(el)) {
      addToRun(text(el));
      if (cut) flush(quote, parent);
      continue;
    }
    flush(quote, parent);
    if (name === 'blockquote') enter(el, quote ?? el);
    else if (HEADING.has(name)) push('h', text(el), quote, el);
    else if (name === 'li') push('li', text(el), quote, el);
    else if (LEAF_BLOCK.has(name) && !hasBlocks(el)) push('p', text(el), quote, el);
    else enter(el, quote);
  }
  return { blocks: out, complete: !full() };
}

/**
 * Reader's text of an element: text nodes in order, `<br>` as a space, skipped subtrees left out;
 * at most `max` characters (the rest of the element is not read).
 */
export function textOf<N, E extends N>(root: E, dom: TreeAdapter<N, E>, skip: (el: E) => boolean, max = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  const stack: N[] = [root];
  while (stack.length > 0 && length < max) {
    const node = stack.pop()!;
    const data = dom.text(node);
    if (data !== null) {
      const kept = data.length > max - length ? data.slice(0, max - length) : data;
      parts.push(kept);
      length += kept.length;
      continue;
    }
    const el = dom.element(node);
    if (!el || (el !== root && skip(el))) continue;
    if (dom.tag(el) === 'br') {
      parts.push(' ');
      length += 1;
      continue;
    }
    const kids = dom.children(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/**
 * Whether an element holds a non-inline element somewhere below it (not counting skipped
 * subtrees). Asked only of the elements the walk reaches, and remembered: each element's children
 * are looked at once at most, iteratively (any depth), and only inline children are looked into
 * (one non-inline child answers at once).
 */
function blockTest<N, E extends N>(dom: TreeAdapter<N, E>, skip: (el: E) => boolean): (el: E) => boolean {
  const known = new Map<N, boolean>();
  const blockChild = (el: E): boolean | 'unknown' => {
    const kids = dom.children(el);
    let unknown = false;
    for (let k = 0; k < kids.length; k++) {
      const child = dom.element(kids[k]!);
      if (!child || skip(child)) continue;
      if (!INLINE_TAGS.has(dom.tag(child))) return true;
      const below = known.get(child);
      if (below === true) return true;
      if (below === undefined) unknown = true;
    }
    return unknown ? 'unknown' : false;
  };
  return (start) => {
    // Post-order over the inline elements below `start` not yet known.
    const stack: { el: E; open: boolean }[] = [{ el: start, open: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (known.has(top.el)) {
        stack.pop();
        continue;
      }
      const answer = blockChild(top.el);
      if (answer !== 'unknown' || top.open) {
        // Opened before: every inline child is known now, so 'unknown' cannot come back.
        known.set(top.el, answer === true);
        stack.pop();
        continue;
      }
      top.open = true;
      const kids = dom.children(top.el);
      for (let k = kids.length - 1; k >= 0; k--) {
        const child = dom.element(kids[k]!);
        if (child && !skip(child) && INLINE_TAGS.has(dom.tag(child)) && !known.has(child)) stack.push({ el: child, open: false });
      }
    }
    return known.get(start)!;
  };
}
