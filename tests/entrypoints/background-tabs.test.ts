// The background's per-tab state: a tab's comparison waits for that tab's `ui` answer (the panel
// paints with it), and never for another tab's or for one that failed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabState } from '../../entrypoints/background/tabs';
import type { UiSetup } from '../../lib/settings/ui-setup';

/** Whether `p` settles within a few promise steps (`task`: or within one task). */
const settled = async (p: Promise<unknown>, task = true) => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 20; i++) await Promise.resolve();
  if (task) await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('tab state: uiSettled', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no commands API (the jump shortcut): listening is all tabs.ts does with it.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  });

  it('waits for the tab’s own ui answer, then settles', async () => {
    const tabs = createTabState();
    let answer!: (setup: UiSetup) => void;
    tabs.rememberUi(7, new Promise<UiSetup>((r) => (answer = r)));
    const waiting = tabs.uiSettled(7);
    expect(await settled(waiting)).toBe(false);
    expect(await settled(tabs.uiSettled(8))).toBe(true); // another tab does not wait
    expect(await settled(tabs.uiSettled(null))).toBe(true); // an extension page does not either
    answer({} as UiSetup);
    // Not in the promise steps that send the answer (a long comparison would hold it back) …
    expect(await settled(waiting, false)).toBe(false);
    // … but one task later.
    expect(await settled(waiting)).toBe(true);
  });

  it('settles when the ui answer failed', async () => {
    const tabs = createTabState();
    const failed = Promise.reject(new Error('no messages'));
    failed.catch(() => undefined);
    tabs.rememberUi(3, failed);
    await expect(tabs.uiSettled(3)).resolves.toBeUndefined();
  });
});
