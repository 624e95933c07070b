// Hostile live pages: an archived article's page (hostile article 0 of corpus.ts) that also tries
// to stop, hide, read or spoof the panel. Each must still get a visible sidebar, with nothing run,
// loaded or restyled on its behalf. `extensionId` is known to the page here on purpose: the worst
// case, where a page learnt it elsewhere.
import { withBodyEnd, withHead } from './probe';

export interface HostilePage {
  name: string;
  /** The page made hostile: base page HTML → served HTML. */
  make(base: string, extensionId: string): string;
  /** Sidebar time budget in ms (content-script start → painted), when the page sets one. */
  paintBudgetMs?: number;
  /** What the sidebar must say once the comparison is in (English), when the page sets it. */
  says?: string;
}

const script = (js: string) => `<script data-hostile-test>${js}</script>`;
const style = (css: string) => `<style data-hostile-test>${css}</style>`;
const head = (name: string, h: string): HostilePage => ({ name, make: (b) => withHead(b, h) });
const late = (name: string, js: string): HostilePage => ({ name, make: (b) => withBodyEnd(b, script(js)) });

/** The WXT start-up event, forged as a page would (both the document event and the window message). */
const forge = (id: string) => `
  const name = ${JSON.stringify(`${id}:rfi:wxt:content-script-started`)};
  const fire = () => {
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'rfi', messageId: 'forged' } }));
    window.postMessage({ type: name, contentScriptName: 'rfi', messageId: 'forged', forgedByPage: true }, '*');
  };
  setTimeout(fire, 300); setTimeout(fire, 900); setInterval(fire, 400);`;

/** The end of the article's first body paragraph (corpus.ts writes `第1段：…`): what is put there is in the article. */
const AFTER_FIRST_PARAGRAPH = /(第1段：[^<]*<\/p>)/;

const paragraphs = (n: number, text: string) => Array.from({ length: n }, (_, i) => `<p>${text} ${i}</p>`).join('');

/**
 * The article as it is, not hostile: its sidebar time, measured in the same browser run, is what
 * the budgeted pages' times are given as a ratio to (the machine is shared: the clock alone says little).
 */
export const REFERENCE_PAGE: HostilePage = { name: 'the article unchanged (reference for the times)', make: (b) => b };

export const HOSTILE_PAGES: HostilePage[] = [
  { name: 'forges the WXT start-up event', make: (b, id) => withBodyEnd(b, script(forge(id))) },
  { name: 'forges the start-up event before we start', make: (b, id) => withHead(b, script(forge(id))) },
  head('defines rfi-lens-root first', script(`customElements.define('rfi-lens-root', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p data-testid=title>fake</p>'; } });`)),
  head('defines rfi-lens-markers first', script(`customElements.define('rfi-lens-markers', class extends HTMLElement { static disabledFeatures = ['shadow']; });`)),
  { name: 'holds a fake host', make: (b) => withBodyEnd(b, '<rfi-lens-root data-hostile-test><div data-testid="title">fake panel</div></rfi-lens-root>') },
  head('hides unknown elements with !important', style('body > :not(div):not(header):not(main):not(footer):not(script):not(aside):not(nav) { display: none !important; visibility: hidden !important; }')),
  head('resets the last child with all:initial !important', style('body > :last-child, html > :last-child { all: initial !important; display: none !important; }')),
  head('hides every element with a hyphenated tag', style('body :not(:defined) { display: none !important; } body > *:not(article):not(div):not(main) { opacity: 0 !important; width: 0 !important; height: 0 !important; overflow: hidden !important; }')),
  head('hides popovers and the top layer', style('[popover], :popover-open, ::backdrop { display: none !important; opacity: 0 !important; }')),
  head('transforms and clips the body', style('body { transform: translateX(-5000px) !important; clip-path: inset(50%) !important; filter: opacity(0) !important; }')),
  { name: 'covers the viewport at the highest z-index (element)', make: (b) => withBodyEnd(b, '<div data-hostile-test style="position:fixed;inset:0;z-index:2147483647;background:#fff"></div>') },
  late('opens its own popover over the page', `const p = document.createElement('div'); p.setAttribute('data-hostile-test', ''); p.popover = 'manual'; p.style.cssText = 'inset:0;width:100vw;height:100vh;margin:0;background:#fff'; document.body.append(p); p.showPopover();`),
  head('patches attachShadow, createElement and customElements', script(`Element.prototype.attachShadow = function () { throw new Error('no shadow'); }; Document.prototype.createElement = function () { throw new Error('no elements'); }; customElements.define = function () { throw new Error('no'); };`)),
  head('pollutes Object and Array prototypes', script(`Object.prototype.inspect = () => 'x'; Object.prototype.ok = true; Object.prototype.constructor = null; Array.prototype.map = function () { return []; }; Array.prototype.push = function () { return 0; }; JSON.parse = () => ({}); JSON.stringify = () => '{}';`)),
  head('replaces timers and animation frames', script(`window.setTimeout = () => 0; window.setInterval = () => 0; window.requestAnimationFrame = () => 0; window.Promise = function () {};`)),
  head('freezes the DOM prototypes', script(`Object.freeze(Element.prototype); Object.freeze(Node.prototype); Object.freeze(EventTarget.prototype);`)),
  head('hooks dispatchEvent and postMessage', script(`const d = EventTarget.prototype.dispatchEvent; EventTarget.prototype.dispatchEvent = function (e) { window.__seenEvents = (window.__seenEvents || []).concat(e.type); return d.call(this, e); }; window.postMessage = () => {};`)),
  late('reads every shadow root it can reach', `new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes) if (n.nodeType === 1 && n.shadowRoot) window.__hit('read-root:' + n.localName); }).observe(document.documentElement, { childList: true, subtree: true });`),
  late('spams envelope-like messages', `for (let i = 0; i < 200; i++) window.postMessage({ rfiLens: 1, name: 'constructor', request: {}, forgedByPage: true }, '*'); document.dispatchEvent(new CustomEvent('wxt:locationchange'));`),
  late('pushes another article URL (SPA navigation)', `setTimeout(() => history.pushState({}, '', '/cn/法国/20240416-another'), 200);`),
  head('sets a strict CSP', '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'none\'; script-src \'unsafe-inline\'; img-src https:">'),
  head('right-to-left document', style('html { direction: rtl !important; writing-mode: vertical-rl !important; font-size: 2px !important; }')),
  head('zooms the root', style('html { zoom: 0.3 !important; }')),
  head('pointer-events none everywhere', style('*, *::before, *::after, :host { pointer-events: none !important; }')),
  { name: 'a 10,000-character title', make: (b) => b.replace(/<h1([^>]*)>[^<]*<\/h1>/, (_m, a: string) => `<h1${a}>${'长标题'.repeat(3334)}</h1>`), paintBudgetMs: 1000 },
  { name: '3,000 added paragraphs', make: (b) => b.replace(AFTER_FIRST_PARAGRAPH, `$1${paragraphs(3000, '新增的段落，巴黎交通公司补充说明。')}`) },
  { name: 'a 5 MB page', make: (b) => b.replace(AFTER_FIRST_PARAGRAPH, `$1${paragraphs(25_000, '巴黎交通公司补充说明，夜班工作者只能依靠出租车。'.repeat(4))}`), paintBudgetMs: 1000, says: 'This page is too large to compare in full: only part of it was compared (its first 600 paragraphs).' },
  { name: '20,000 nested divs', make: (b) => b.replace(AFTER_FIRST_PARAGRAPH, `$1${'<div>'.repeat(20_000)}深处${'</div>'.repeat(20_000)}`) },
  { name: 'onerror handlers and images of its own', make: (b) => withBodyEnd(b, '<img data-hostile-test src="https://www.rfi.fr/missing.png" onerror="window.__onerrorRuns = (window.__onerrorRuns || 0) + 1">') },
  head('a <base> pointing elsewhere', '<base href="https://beacon.evil.example/base/">'),
  { name: 'clobbers document properties with named elements', make: (b) => withBodyEnd(b, '<form data-hostile-test name="querySelector"></form><img data-hostile-test name="getElementById"><img data-hostile-test name="createElement"><form data-hostile-test id="defaultView" name="body"><input name="ownerDocument"></form>') },
  head('a page with no body element until late', script(`document.addEventListener('DOMContentLoaded', () => { const b = document.body; b.id = ''; });`)),
];
