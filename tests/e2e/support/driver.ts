// What a browser test needs from a browser, whichever drives it: open a page served at a real
// rfi.fr URL with the built extension loaded, and read or click inside the sidebar's shadow root.

export interface Served {
  /** Absolute https://www.rfi.fr/… URL; requests for it are answered with `html`. */
  url: string;
  html: string;
}

export interface SidebarPage {
  /** Resolves when `selector` exists inside the sidebar's shadow root; rejects after `timeoutMs`. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** textContent of every match inside the shadow root. */
  texts(selector: string): Promise<string[]>;
  /** An attribute of every match inside the shadow root. */
  attrs(selector: string, name: string): Promise<(string | null)[]>;
  click(selector: string): Promise<void>;
  /**
   * Is the element matching `selector` really on screen: laid out inside the viewport and the
   * topmost thing at its centre (so host CSS, a missing stylesheet or the page cannot hide it)?
   */
  visible(selector: string): Promise<boolean>;
  /** Is the sidebar's host element in the page at all? */
  hasHost(): Promise<boolean>;
  /** An attribute of the host element (e.g. data-paint-ms). */
  hostAttr(name: string): Promise<string | null>;
  /** Runs a function in the page (main world) and returns its serialisable result. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Runs script source in the page through the driver (not subject to the page's CSP); its result. */
  evaluateSource(source: string): Promise<unknown>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: string;
  /** Opens `page.url`, answering every rfi.fr request from `pages` and refusing everything else. */
  open(page: Served, also?: Served[]): Promise<SidebarPage>;
  /** Opens one of the extension's own pages (`/options.html`, `/popup.html`). */
  openExtension(path: string): Promise<SidebarPage>;
  /** Writes the extension's storage.local (e.g. `settings`, `panel`); null values remove the key. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** Shadow-root helpers as page functions (strings keep them independent of the driver's types). */
export const IN_ROOT = {
  texts: (sel: string) => {
    const root = document.querySelector('rfi-lens-root')?.shadowRoot;
    return root ? Array.from(root.querySelectorAll(sel), (e) => e.textContent ?? '') : [];
  },
  attrs: ([sel, name]: [string, string]) => {
    const root = document.querySelector('rfi-lens-root')?.shadowRoot;
    return root ? Array.from(root.querySelectorAll(sel), (e) => e.getAttribute(name)) : [];
  },
  exists: (sel: string) => Boolean(document.querySelector('rfi-lens-root')?.shadowRoot?.querySelector(sel)),
  click: (sel: string) => {
    const el = document.querySelector('rfi-lens-root')?.shadowRoot?.querySelector(sel);
    if (!(el instanceof HTMLElement)) throw new Error(`nothing to click: ${sel}`);
    el.click();
  },
  visible: (sel: string) => {
    const host = document.querySelector('rfi-lens-root');
    const el = host?.shadowRoot?.querySelector(sel);
    if (!host || !el) return false;
    const r = el.getBoundingClientRect();
    const inside = r.width >= 20 && r.height >= 20 && r.left >= 0 && r.right <= innerWidth + 1 && r.top >= 0 && r.top < innerHeight;
    const x = r.left + Math.min(r.width / 2, 30);
    const y = r.top + Math.min(r.height / 2, 30);
    return inside && document.elementFromPoint(x, y) === host;
  },
  hasHost: () => document.querySelector('rfi-lens-root') !== null,
  hostAttr: (name: string) => document.querySelector('rfi-lens-root')?.getAttribute(name) ?? null,
};

/** Runs a page function with one argument in the page; both drivers' pages can do this. */
export type Evaluate = <T, A>(fn: (arg: A) => T, arg: A) => Promise<T>;

/** The SidebarPage operations over one driver's page. */
export function sidebarPage(
  evaluate: Evaluate,
  page: { screenshot(path: string): Promise<void>; close(): Promise<void>; evaluateSource(source: string): Promise<unknown> },
  waitMs: number,
): SidebarPage {
  return {
    waitFor: (sel, timeoutMs = waitMs) => poll(() => evaluate(IN_ROOT.exists, sel), timeoutMs, `sidebar ${sel}`),
    texts: (sel) => evaluate(IN_ROOT.texts, sel),
    attrs: (sel, name) => evaluate(IN_ROOT.attrs, [sel, name] as [string, string]),
    click: (sel) => evaluate(IN_ROOT.click, sel),
    visible: (sel) => evaluate(IN_ROOT.visible, sel),
    hasHost: () => evaluate(IN_ROOT.hasHost, undefined),
    hostAttr: (name) => evaluate(IN_ROOT.hostAttr, name),
    evaluate: (fn) => evaluate(fn, undefined),
    evaluateSource: (source) => page.evaluateSource(source),
    screenshot: (path) => page.screenshot(path),
    close: () => page.close(),
  };
}

export async function poll(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Key for looking a request up among the served pages (percent-encoding and raw UTF-8 alike). */
export function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${decodeURI(u.pathname).normalize('NFC')}`;
}
