// Chrome's offscreen document (one per extension), where the watch and the Wayback lookup read a
// fetched page with the content script's extractor on the browser's own parser: the service worker
// has no DOMParser. Firefox's background page has one and never comes here.
import { browser } from 'wxt/browser';

type Offscreen = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};

const offscreenApi = () => (browser as unknown as { offscreen?: Offscreen }).offscreen;

/** Opens the offscreen document, `justification` saying why; one already open is fine. */
export async function openOffscreen(justification: string): Promise<void> {
  const offscreen = offscreenApi();
  if (!offscreen) throw new Error('this browser has neither DOMParser in the background nor offscreen documents');
  try {
    await offscreen.createDocument({ url: (browser.runtime.getURL as (p: string) => string)('/offscreen.html'), reasons: ['DOM_PARSER'], justification });
  } catch (error) {
    // One offscreen document per extension: an earlier one still open is fine.
    if (!/single offscreen|only a single|already/i.test(String(error))) throw error;
  }
}

export async function closeOffscreen(): Promise<void> {
  await offscreenApi()?.closeDocument().catch(() => undefined);
}
