// The page-side element our UI hangs from, built so the page cannot reach in or hide it:
// - its tag is random per page load (`rfi-lens-` + 12 letters): a page cannot define that custom
//   element first, or hold a fake one we would mistake for ours;
// - its shadow root is closed: page script cannot read the archived text or rewrite what we show;
// - its box is set inline with !important after `all: initial`, which outranks every rule of the
//   page's style sheets (an !important rule of the page loses to an !important inline declaration);
// - key events typed inside it stop at the root, so the page does not see what the reader types.
// Takes the Document; touches nothing else of the page.
import { highlightRules } from './highlight-style';

/** A random custom-element name (valid: lowercase, starts with a letter, has a hyphen). */
export function randomTag(prefix: string): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}

export interface UiHost {
  host: HTMLElement;
  /** The closed shadow root (only we hold it). */
  shadow: ShadowRoot;
  /** The element inside the root to render into. */
  container: HTMLElement;
}

/**
 * Firefox leaves what a content script drew on the page when the extension is removed, disabled or
 * reloaded: the script's realm is destroyed with nothing run, so no notice can replace the panel.
 * What Firefox does take away is the style sheets the extension put in the page. So there a gate
 * (a random attribute name per page load, the page cannot guess it) shows our hosts: they carry
 * the attribute and `display:none !important` inline, and a user-origin sheet the background puts
 * in the tab (gateSheet) shows them with `display:block !important`, which outranks every author
 * declaration, inline ones included. The extension gone, the sheet goes and the hosts vanish; the
 * room kept beside the article (side-by-side.ts) is gated the same way through `--<gate>`, and the
 * mention highlights by their ::highlight() rules living in that sheet (highlight-style.ts).
 */
export function newGate(): string {
  return randomTag('data-rfi-lens');
}

/** Is `name` a gate made by newGate (the background checks what it is asked to put in a page)? */
export function isGate(name: unknown): name is string {
  return typeof name === 'string' && /^data-rfi-lens-[a-z]{12}$/.test(name);
}

/**
 * The user-origin sheet that shows the hosts carrying `gate`, turns on the room it gates and paints
 * the mention highlights (highlight-style.ts).
 */
export function gateSheet(gate: string): string {
  if (!isGate(gate)) throw new Error('not a gate');
  return `[${gate}] { display: block !important; }\nhtml { --${gate}: 1 !important; }\n${highlightRules(true)}`;
}

/** The declarations every host carries inline; `box` adds position and size. */
function hostStyle(box: string, gated: boolean): string {
  const fixed = [
    'all:initial', gated ? 'display:none' : 'display:block', 'visibility:visible', 'opacity:1', 'overflow:visible', 'margin:0',
    'padding:0', 'border:0', 'transform:none', 'filter:none', 'clip-path:none', 'mask:none', 'contain:none', 'zoom:1',
    'direction:ltr', 'writing-mode:horizontal-tb', 'font-size:16px', 'pointer-events:auto',
  ];
  return [...fixed, ...box.split(';').filter(Boolean)].map((d) => `${d} !important`).join(';');
}

/** Spacing properties a reader's own style sheet or bookmarklet may need to override. */
const TEXT_SPACING = ['line-height', 'letter-spacing', 'word-spacing'];

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];

/**
 * A new host (not yet in the document) with a closed shadow root holding `css` and an empty
 * container. `box`: its position and size (`position:absolute;top:0;left:0;width:0;height:0`).
 * `gate` (Firefox): shown only while the gate's sheet is in the page (newGate).
 */
export function createUiHost(doc: Document, css: string, box: string, prefix = 'rfi-lens', gate: string | null = null): UiHost {
  const host = doc.createElement(randomTag(prefix));
  host.setAttribute('style', hostStyle(box, gate !== null));
  if (gate !== null) host.setAttribute(gate, '');
  // Text spacing stays the reader's to change (WCAG 1.4.12; axe's avoid-inline-spacing): `all:initial
  // !important` would lock it, so it is given back, without !important. A page could then change the
  // panel's spacing, which is cosmetic; it still cannot hide, move or read the panel.
  for (const property of TEXT_SPACING) host.style.setProperty(property, 'normal');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}

/**
 * Is a gated host shown (its gate's sheet is in the page)? If not (the background could not put
 * the sheet in), the host is shown without the gate, as in Chromium, and false is answered.
 */
export function confirmGate(host: HTMLElement, gate: string, win: Pick<Window, 'getComputedStyle'>): boolean {
  if (win.getComputedStyle(host).display !== 'none') return true;
  host.removeAttribute(gate);
  host.style.setProperty('display', 'block', 'important');
  return false;
}

/**
 * Puts `host` into the top layer (as a manual popover), above anything the page stacks with
 * z-index, where the browser supports it; a no-op elsewhere. Call once the host is in the document.
 */
export function raiseToTopLayer(host: HTMLElement): void {
  const h = host as HTMLElement & { showPopover?: () => void };
  if (typeof h.showPopover !== 'function') return;
  try {
    host.setAttribute('popover', 'manual');
    h.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
}
