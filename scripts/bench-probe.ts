// The timing probe both browser benches put in every page before anything else runs
// (scripts/bench-browser.ts, scripts/bench-lookup-browser.ts).

/**
 * In the page before anything else: DOMContentLoaded, and the first element with a custom-element
 * name the served HTML does not have, attached after it (the extension's host, whatever its name).
 */
export const PROBE = `(() => {
  const b = (window.__bench = {});
  let known = null;
  document.addEventListener('DOMContentLoaded', () => {
    b.dcl = performance.now();
    known = new Set(Array.from(document.querySelectorAll('*'), (e) => e.localName).filter((n) => n.includes('-')));
  }, { once: true });
  new MutationObserver((records) => {
    if (!known || b.host !== undefined) return;
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeType === 1 && n.localName.includes('-') && !known.has(n.localName)) { b.host = performance.now(); b.tag = n.localName; return; }
  }).observe(document, { childList: true, subtree: true });
  // RFI Lens marks its host once the comparison is drawn (the panel opens then when edits are found).
  new MutationObserver(() => { if (b.compared === undefined) b.compared = performance.now(); })
    .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-compared'] });
})();`;
