// Makes room for the sidebar beside the article instead of laying it over the text (the page
// reflows as in a narrower window, as Hypothesis's side-by-side mode does). One style element in
// the page's head, removed again to give the room back; the page's own elements are not touched.

const STYLE_ID = 'rfi-lens-side-by-side';

/** Windows narrower than this keep the overlay: squeezing them would leave the article too narrow. */
export const SIDE_BY_SIDE_MIN_WIDTH = 1100;

/** Reserves `widthPx` at the right edge of the page, or gives it back with null. */
export function setSideBySide(doc: Document, widthPx: number | null): void {
  doc.getElementById(STYLE_ID)?.remove();
  if (widthPx === null) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `html { margin-right: ${widthPx}px !important; }`;
  (doc.head ?? doc.documentElement).append(style);
}
