// Firefox: the sheet that shows a page's hosts (lib/overlay/host.ts newGate), put in the asking
// tab as a user-origin sheet, which Firefox takes out of the page when the extension is removed,
// disabled or reloaded: what the content script drew then vanishes instead of staying dead.
import { browser } from 'wxt/browser';
import { gateSheet, isGate } from '@/lib/overlay/host';

/** Puts the gate's sheet in the top frame of `tabId`; anything else than a gate is ignored. */
export async function showGated(tabId: number | null, gate: unknown): Promise<void> {
  if (tabId === null || !isGate(gate)) return;
  const css = gateSheet(gate);
  try {
    // MV3 (the scripting permission); MV2 has tabs.insertCSS with the host permission it holds.
    if (browser.scripting?.insertCSS) await browser.scripting.insertCSS({ target: { tabId, frameIds: [0] }, css, origin: 'USER' });
    else await browser.tabs.insertCSS(tabId, { code: css, cssOrigin: 'user', frameId: 0 });
  } catch (error) {
    console.warn('[RFI Lens] gate sheet', error); // the content script then shows its hosts without it
  }
}
