// The names our mention highlights are registered under (CSS.highlights) and the rules that paint
// them. In Chromium the highlighter puts the rules in the page itself (highlight.ts); in Firefox
// they travel in the gate's user-origin sheet (host.ts gateSheet), which Firefox takes out of the
// page with the extension: the highlights, left in the page's registry, are then painted no more.

export const HIGHLIGHT_ALL = 'rfi-lens-mention';
export const HIGHLIGHT_CURRENT = 'rfi-lens-mention-current';

/** The ::highlight() rules; `important` for a user-origin sheet (outranks the page's own rules). */
export function highlightRules(important = false): string {
  const bang = important ? ' !important' : '';
  return (
    `::highlight(${HIGHLIGHT_ALL}) { background-color: #ffe27a${bang}; color: #1a1a1a${bang}; }\n` +
    `::highlight(${HIGHLIGHT_CURRENT}) { background-color: #ff9e3d${bang}; color: #1a1a1a${bang}; }`
  );
}
