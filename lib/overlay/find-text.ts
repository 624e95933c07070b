// The page's text as the extractor reads it (white space runs collapsed to one space), with a
// map back to the text nodes, so that offsets found in extracted text become Ranges on the page.
// Works on the Document it is given; returns Ranges and changes nothing.

/** The white space `normalizeSpace` collapses (lib/text.ts) … */
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** … and the zero-width characters it drops. */
const ZERO_WIDTH = /[\u200b\ufeff]/;

export interface PageText {
  /** Collapsed text of every readable text node under the root, in document order. */
  text: string;
  /** For each character of `text`: the node it comes from … */
  nodes: Text[];
  /** … and its offset in that node. */
  offsets: number[];
}

/** Text nodes under root, in document order, skipping non-text elements (our UI is in closed shadow roots: never walked). */
function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    out.push(n as Text);
  }
  return out;
}

export function pageText(root: Element): PageText {
  const chars: string[] = [];
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let lastSpace = true; // drops leading white space
  for (const node of textNodes(root)) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i] as string;
      if (ZERO_WIDTH.test(c)) continue;
      const space = SPACE.test(c);
      if (space && lastSpace) continue;
      chars.push(space ? ' ' : c);
      nodes.push(node);
      offsets.push(i);
      lastSpace = space;
    }
  }
  return { text: chars.join(''), nodes, offsets };
}

/** A Range over `[start, end)` of `page.text` (may span several text nodes), or null if out of bounds. */
export function rangeAt(doc: Document, page: PageText, start: number, end: number): Range | null {
  if (start < 0 || end <= start || end > page.text.length) return null;
  const range = doc.createRange();
  range.setStart(page.nodes[start] as Text, page.offsets[start] as number);
  range.setEnd(page.nodes[end - 1] as Text, (page.offsets[end - 1] as number) + 1);
  return range;
}
