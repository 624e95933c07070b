// Makes room for the sidebar beside the article instead of laying it over the text (the page
// reflows as in a narrower window, as Hypothesis's side-by-side mode does). One style element in
// the page's head, removed again to give the room back; the page's own elements are not touched.

/** Our style element per document: held, never looked up by id (a page element with that id is not ours to remove). */
const ours = new WeakMap<Document, HTMLStyleElement>();

/** Windows narrower than this keep the overlay: squeezing them would leave the article too narrow. */
export const SIDE_BY_SIDE_MIN_WIDTH = 1100;

/**
 * Reserves `widthPx` at the right edge of the page, or gives it back with null. With a `gate`
 * (Firefox, host.ts newGate) the room holds only while the gate's sheet sets `--<gate>: 1`.
 */
export function setSideBySide(doc: Document, widthPx: number | null, gate: string | null = null): void {
  ours.get(doc)?.remove();
  ours.delete(doc);
  if (widthPx === null) return;
  const style = doc.createElement('style');
  ours.set(doc, style);
  style.id = 'rfi-lens-side-by-side'; // for people and tests reading the page; never looked up by us
  const room = gate === null ? `${widthPx}px` : `calc(var(--${gate}, 0) * ${widthPx}px)`;
  style.textContent = `html { margin-right: ${room} !important; }`;
  (doc.head ?? doc.documentElement).append(style);
}
