import { browser } from 'wxt/browser';

/** Firefox (137+) opens its shortcuts page itself; Chrome's is a chrome:// page a tab can open. */
export function shortcutsOpener(): (() => void) | undefined {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (commands?.openShortcutSettings) return () => void commands.openShortcutSettings!();
  if (browser.runtime.getURL('/').startsWith('chrome-extension:')) return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return undefined;
}
