// The page's side of a hostile test: a main-world script put first in <head> that watches what a
// page can watch, and reads back as `window.__probe()`:
// - hits: `__hit(id)` calls (a vector's script or handler ran);
// - restyles: changes to the page's own nodes (attributes, nodes added or removed) other than our
//   hosts (their `rfi-lens-` tags) and our side-by-side style element;
// - leaks: messages posted to the window and events named after the extension id;
// - keys: key events that reached the page's own (bubbling) listeners while the test typed inside
//   the panel (a capturing listener on window always sees composed key events first: no page can be
//   kept from that, so it is not counted);
// - maxGapMs: the longest stall of a 50 ms timer after the load event (the main thread held up).
// The report is written every 100 ms into a probe element's attribute, so that the test reads it
// from a realm of its own (a page that breaks its own globals cannot break the reading).

export interface ProbeReport {
  hits: string[];
  restyles: string[];
  leaks: string[];
  keys: number;
  maxGapMs: number;
}

/** The probe as inline script text; `extensionId` is what WXT's start-up event would have named. */
export function probeScript(extensionId: string): string {
  return `<script>(() => {
  // Originals kept: a hostile page may replace the globals after this runs.
  const push = Array.prototype.push, stringify = JSON.stringify, now = performance.now.bind(performance);
  const add = (list, x) => push.call(list, x);
  const hits = [], restyles = [], leaks = [];
  let keys = 0, maxGap = 0, last = now();
  window.__hit = (id) => add(hits, String(id));
  const ours = (n) => n && n.nodeType === 1 && (n.localName.startsWith('rfi-lens') || (n.localName === 'style' && n.id === 'rfi-lens-side-by-side'));
  const probeNode = (n) => n && n.nodeType === 1 && n.hasAttribute && n.hasAttribute('data-hostile-test');
  const start = () => new MutationObserver((records) => {
    for (const r of records) {
      if (ours(r.target) || probeNode(r.target)) continue;
      if (r.type === 'attributes') add(restyles, r.target.localName + '[' + r.attributeName + ']');
      else for (const n of [...r.addedNodes, ...r.removedNodes]) if (n.nodeType === 1 && !ours(n) && !probeNode(n)) add(restyles, '+-' + n.localName);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  window.addEventListener('load', () => setTimeout(start, 0));
  addEventListener('message', (e) => { if (!(e.data && e.data.forgedByPage)) add(leaks, 'message:' + String(stringify(e.data)).slice(0, 200)); });
  for (const name of ['${extensionId}:rfi:wxt:content-script-started', '${extensionId}:rfi:wxt:locationchange'])
    document.addEventListener(name, (e) => { if (!(e.detail && e.detail.messageId === 'forged')) add(leaks, 'event:' + name); });
  document.addEventListener('keydown', () => keys++);
  let loaded = false;
  window.addEventListener('load', () => { loaded = true; last = now(); });
  const out = document.createElement('template');
  out.setAttribute('data-hostile-test', 'probe');
  document.head.append(out);
  const write = () => out.setAttribute('data-probe', stringify({ hits, restyles, leaks, keys, maxGapMs: Math.round(maxGap) }));
  setInterval(() => { const t = now(); if (loaded) maxGap = Math.max(maxGap, t - last - 50); last = t; write(); }, 50);
})();</script>`;
}

/** Puts `headHtml` first in the page's <head> (before anything of the page runs). */
export function withHead(html: string, headHtml: string): string {
  return html.replace(/<head([^>]*)>/i, (m) => `${m}${headHtml}`);
}

/** Puts `bodyHtml` at the end of the page's <body>. */
export function withBodyEnd(html: string, bodyHtml: string): string {
  return html.replace(/<\/body>/i, `${bodyHtml}</body>`);
}
