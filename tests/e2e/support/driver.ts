// What a browser test needs from a browser, whichever drives it: open a page served at a real
// rfi.fr URL with the built extension loaded, and read or click inside the sidebar's closed shadow root.

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
  /** The same with one serialisable argument. */
  evaluateWith: Evaluate;
  /** Runs `fn` on one of our closed shadow roots (see InRoot); null when that host is absent. */
  inRoot: InRoot;
  /** Runs `fn` in a realm of the test's own over the page's DOM (the page's globals cannot interfere); a string or null back. */
  isolated(fn: () => string | null): Promise<string | null>;
  /** Runs script source in the page through the driver (not subject to the page's CSP); its result. */
  evaluateSource(source: string): Promise<unknown>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** What went wrong in the page so far: uncaught errors and console errors, and the requests refused (anything not rfi.fr). */
  problems(): { errors: string[]; blocked: string[] };
}

export interface BrowserDriver {
  name: string;
  /** The extension's runtime id as its content script sees it (what WXT's start-up event named). */
  extensionId: string;
  /** Takes the extension away under the open pages: reloaded, disabled or removed (the default). */
  dropExtension(how?: 'reload' | 'disable' | 'remove'): Promise<void>;
  /** Brings a disabled extension back (enabled again; Firefox: installed again). */
  restoreExtension?(): Promise<void>;
  /** Opens `page.url`, answering every rfi.fr request from `pages` and refusing everything else. */
  open(page: Served, also?: Served[]): Promise<SidebarPage>;
  /** Opens one of the extension's own pages (`/options.html`, `/popup.html`). */
  openExtension(path: string): Promise<SidebarPage>;
  /** Writes the extension's storage.local (e.g. `settings`, `panel`); null values remove the key. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
  /**
   * Restarts the extension's background (Chromium: its service worker stopped, a new one started
   * by the next message, nothing in memory kept); absent where the driver cannot (Firefox).
   */
  restartBackground?(): Promise<void>;
}

/** Which of our hosts: the sidebar's or the page markers' overlay (lib/overlay/host.ts tags). */
export type RootKind = 'sidebar' | 'markers';
export const HOST_TAG: Record<RootKind, RegExp> = { sidebar: /^rfi-lens-[a-z]{12}$/, markers: /^rfi-lens-m-[a-z]{12}$/ };

/**
 * Runs `fn(root, arg)` on the closed shadow root of our `kind` host, in a realm of the test's own
 * (a hostile page's patched globals cannot reach it); null when there is no such host. Each driver
 * reaches closed roots its own way (CDP in Chromium, WebDriver BiDi in Firefox).
 */
export type InRoot = <T, A>(kind: RootKind, fn: (root: ShadowRoot, arg: A) => T, arg: A) => Promise<T | null>;

/** Wraps a root function so that argument and result cross as JSON strings. */
export function rootCall(fn: (root: ShadowRoot, arg: never) => unknown): string {
  return `function (root, json) { const out = (${fn.toString()})(root, JSON.parse(json)); return JSON.stringify(out === undefined ? null : out); }`;
}

/** Shadow-root helpers (strings keep them independent of the driver's types). */
export const IN_ROOT = {
  texts: (root: ShadowRoot, sel: string) => Array.from(root.querySelectorAll(sel), (e) => e.textContent ?? ''),
  attrs: (root: ShadowRoot, [sel, name]: [string, string]) => Array.from(root.querySelectorAll(sel), (e) => e.getAttribute(name)),
  exists: (root: ShadowRoot, sel: string) => root.querySelector(sel) !== null,
  click: (root: ShadowRoot, sel: string) => {
    const el = root.querySelector(sel);
    if (!(el instanceof HTMLElement)) return false;
    el.click();
    return true;
  },
  visible: (root: ShadowRoot, sel: string) => {
    const host = root.host;
    const el = root.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const inside = r.width >= 20 && r.height >= 20 && r.left >= 0 && r.right <= innerWidth + 1 && r.top >= 0 && r.top < innerHeight;
    const x = r.left + Math.min(r.width / 2, 30);
    const y = r.top + Math.min(r.height / 2, 30);
    return inside && document.elementFromPoint(x, y) === host;
  },
  hostAttr: (root: ShadowRoot, name: string) => root.host.getAttribute(name),
};

/** Runs a page function with one argument in the page; both drivers' pages can do this. */
export type Evaluate = <T, A>(fn: (arg: A) => T, arg: A) => Promise<T>;

/** The SidebarPage operations over one driver's page. */
export function sidebarPage(
  evaluate: Evaluate,
  inRoot: InRoot,
  isolated: (fn: () => string | null) => Promise<string | null>,
  page: { screenshot(path: string): Promise<void>; close(): Promise<void>; problems(): { errors: string[]; blocked: string[] }; evaluateSource(source: string): Promise<unknown> },
  waitMs: number,
): SidebarPage {
  return {
    problems: () => page.problems(),
    waitFor: (sel, timeoutMs = waitMs) => poll(async () => (await inRoot('sidebar', IN_ROOT.exists, sel)) === true, timeoutMs, `sidebar ${sel}`),
    texts: async (sel) => (await inRoot('sidebar', IN_ROOT.texts, sel)) ?? [],
    attrs: async (sel, name) => (await inRoot('sidebar', IN_ROOT.attrs, [sel, name] as [string, string])) ?? [],
    click: async (sel) => {
      if (!(await inRoot('sidebar', IN_ROOT.click, sel))) throw new Error(`nothing to click: ${sel}`);
    },
    visible: async (sel) => (await inRoot('sidebar', IN_ROOT.visible, sel)) === true,
    hasHost: async () => (await inRoot('sidebar', () => true, null)) === true,
    hostAttr: (name) => inRoot('sidebar', IN_ROOT.hostAttr, name),
    inRoot,
    isolated,
    evaluate: (fn) => evaluate(fn, undefined),
    evaluateWith: evaluate,
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
