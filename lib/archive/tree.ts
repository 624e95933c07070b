// cheerio's tree (domhandler) as the archive body reader walks and prunes it: iterative walks, and
// removals and wrapping that stay linear in the number of siblings (lib/archive/body.ts).
import { Element, type AnyNode, type Document } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Takes `nodes` out of the tree in one pass per parent. cheerio's `.remove()` finds each node in
 * its parent's children and splices it out, so removing k of n siblings costs k × n (200,000
 * sibling `<img>`s: minutes); here each parent's children are filtered once.
 */
export function removeAll(nodes: Iterable<AnyNode>): void {
  const byParent = new Map<AnyNode, Set<AnyNode>>();
  for (const node of nodes) {
    const parent = node.parent;
    if (!parent) continue;
    let set = byParent.get(parent);
    if (!set) byParent.set(parent, (set = new Set()));
    set.add(node);
  }
  for (const [parent, gone] of byParent) {
    if (!('children' in parent)) continue;
    const kept = parent.children.filter((c) => !gone.has(c));
    kept.forEach((c, i) => {
      c.prev = kept[i - 1] ?? null;
      c.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
    for (const node of gone) {
      node.parent = null;
      node.prev = null;
      node.next = null;
    }
  }
}

/**
 * Puts the top-level nodes under one element of ours (made here, not parsed, so no markup can close
 * it). css-select de-duplicates its context nodes pairwise: with the body's n top-level nodes as
 * the context, every `$(selector)` cost n² (200,000 sibling `<p>`: hours); with one, n.
 */
export function wrapTopLevel(root: Document): Element {
  const box = new Element('rfi-lens-archive-body', {}, root.children);
  for (const child of box.children) child.parent = box;
  box.parent = root;
  root.children = [box];
  return box;
}

/** Every node under `root` (root included) in document order; iterative, for any depth. */
export function descendants(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
