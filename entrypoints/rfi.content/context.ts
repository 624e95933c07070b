// Our ContentScriptContext, used instead of WXT's (wxt.config.ts aliases
// `wxt/utils/content-script-context` to this file for the content script's build).
//
// Why: WXT 0.20.27's context announces every start to the page. Its constructor dispatches a
// `<extension-id>:<entrypoint>:wxt:content-script-started` CustomEvent on `document` and posts the
// same name with window.postMessage, and it invalidates itself on any such event whose detail names
// our entrypoint. Any page script can read that name (which leaks the Chrome extension id) and forge
// the event, and the forged event takes the sidebar, markers and highlights off the page. Here
// nothing is sent to the page and nothing the page sends is listened to: the context ends only when
// the extension itself goes away (browser.runtime.id is gone), which the page cannot fake.
import { browser } from 'wxt/browser';

/** How often an open page checks that the extension is still there (reload, update, disable). */
const CHECK_MS = 1000;

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly controller = new AbortController();
  private watching = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: Record<string, unknown>,
  ) {}

  /**
   * The extension reloaded or disabled under an open page: notice it within a second, so what we
   * drew can say so instead of staying on screen dead (mount.tsx). Started by the first thing that
   * needs it (something drawn or listened to): a page that is not an article gets no timer.
   */
  private watch(): void {
    if (this.watching || this.signal.aborted) return;
    this.watching = true;
    const timer = setInterval(() => void this.isInvalid, CHECK_MS);
    this.signal.addEventListener('abort', () => clearInterval(timer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
  get isInvalid(): boolean {
    let id: string | undefined;
    try {
      id = browser.runtime?.id;
    } catch {
      id = undefined; // Firefox: the add-on's objects are dead
    }
    if (id == null && !this.signal.aborted) this.notifyInvalidated();
    return this.signal.aborted;
  }
  get isValid(): boolean {
    return !this.isInvalid;
  }
  onInvalidated(cb: () => void): () => void {
    this.watch();
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }
  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }
  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }
  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => !this.signal.aborted && callback(d), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    this.watch();
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
