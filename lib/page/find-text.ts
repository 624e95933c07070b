// Finds a phrase in the live article so the sidebar can take the reader to it. Works on the
// Document it is given; returns a Range and changes nothing.

/** Text nodes under root, in document order, skipping our own UI and non-text elements. */
function textNodes(root: Element): Text[] {
  const doc = root.ownerDocument;
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript, rfi-lens-root')) continue;
    out.push(n as Text);
  }
  return out;
}

/**
 * The `occurrence`-th (0-based, wrapping) match of any of `phrases` inside `root`, as a Range, plus
 * how many matches there are in all. Matches inside one text node only (RFI's prose keeps names
 * inside one node; a name split by markup is not found).
 */
export function findPhrase(
  root: Element,
  phrases: string[],
  occurrence: number,
): { range: Range; total: number } | null {
  const wanted = phrases.filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  const hits: { node: Text; start: number; end: number }[] = [];
  for (const node of textNodes(root)) {
    const text = node.data;
    let i = 0;
    while (i < text.length) {
      let best: string | null = null;
      let at = Infinity;
      for (const p of wanted) {
        const j = text.indexOf(p, i);
        if (j !== -1 && j < at) {
          at = j;
          best = p;
        }
      }
      if (best === null) break;
      hits.push({ node, start: at, end: at + best.length });
      i = at + best.length;
    }
  }
  if (hits.length === 0) return null;
  const hit = hits[((occurrence % hits.length) + hits.length) % hits.length]!;
  const range = root.ownerDocument.createRange();
  range.setStart(hit.node, hit.start);
  range.setEnd(hit.node, hit.end);
  return { range, total: hits.length };
}
