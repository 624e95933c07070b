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

/**
 * Blocks of a body in reading order. Headings and list items are one block each; a leaf block
 * (`p`, `td` …) with nothing block-level inside is one paragraph; loose text and inline runs between
 * blocks (the `<div>`-paragraph bodies of some pieces) are one paragraph each; everything inside a
 * `blockquote` is a quote (its element: the outermost blockquote). Elements for which `skip` is true are left out with their subtree;
 * `<br>` reads as a space; blank blocks and blocks that are residue by their text (`© 2020 AFP`)
 * are dropped.
 */
export function walkBlocks<N, E extends N>(root: N, dom: TreeAdapter<N, E>, skip: (el: E) => boolean): WalkedBlock<N>[] {
  const withBlocks = elementsWithBlocks(root, dom, skip);
  const out: WalkedBlock<N>[] = [];
  let run: string[] = [];
  const push = (kind: Block['kind'], raw: string, quote: N | null, element: N) => {
    const text = normalizeSpace(raw);
    if (text && !isResidueText(text)) out.push(quote ? { block: { kind: 'quote', text }, element: quote } : { block: { kind, text }, element });
  };
  const flush = (quote: N | null, parent: N) => {
    if (run.length > 0) push('p', run.join(''), quote, parent);
    run = [];
  };
  const stack: Step<N>[] = [];
  const enter = (parent: N, quote: N | null) => {
    stack.push({ end: true, quote, parent });
    const kids = dom.children(parent);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, quote, parent });
  };
  enter(root, null);
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('end' in step) {
      flush(step.quote, step.parent);
      continue;
    }
    const { node, quote, parent } = step;
    const data = dom.text(node);
    if (data !== null) {
      run.push(data);
      continue;
    }
    const el = dom.element(node);
    if (!el || skip(el)) continue;
    const name = dom.tag(el);
    if (INLINE_TAGS.has(name) && !withBlocks.has(el)) {
      run.push(textOf(el, dom, skip));
      continue;
    }
    flush(quote, parent);
    if (name === 'blockquote') enter(el, quote ?? el);
    else if (HEADING.has(name)) push('h', textOf(el, dom, skip), quote, el);
    else if (name === 'li') push('li', textOf(el, dom, skip), quote, el);
    else if (LEAF_BLOCK.has(name) && !withBlocks.has(el)) push('p', textOf(el, dom, skip), quote, el);
    else enter(el, quote);
  }
  return out;
}

/** Reader's text of an element: text nodes in order, `<br>` as a space, skipped subtrees left out. */
export function textOf<N, E extends N>(root: E, dom: TreeAdapter<N, E>, skip: (el: E) => boolean): string {
  const parts: string[] = [];
  const stack: N[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const data = dom.text(node);
    if (data !== null) {
      parts.push(data);
      continue;
    }
    const el = dom.element(node);
    if (!el || (el !== root && skip(el))) continue;
    if (dom.tag(el) === 'br') {
      parts.push(' ');
      continue;
    }
    const kids = dom.children(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/** Elements holding a non-inline element somewhere below them: one pass, children before parents. */
function elementsWithBlocks<N, E extends N>(root: N, dom: TreeAdapter<N, E>, skip: (el: E) => boolean): Set<N> {
  const order: N[] = [];
  const stack: N[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    order.push(el);
    const kids = dom.children(el);
    for (let i = kids.length - 1; i >= 0; i--) {
      const child = dom.element(kids[i]!);
      if (child && !skip(child)) stack.push(child);
    }
  }
  const withBlocks = new Set<N>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const kids = dom.children(el);
    for (let k = 0; k < kids.length; k++) {
      const child = dom.element(kids[k]!);
      if (child && !skip(child) && (!INLINE_TAGS.has(dom.tag(child)) || withBlocks.has(child))) {
        withBlocks.add(el);
        break;
      }
    }
  }
  return withBlocks;
}
