import { capArticle, isParsedArticle } from '@/lib/limits';
import { onMessages } from '@/lib/messaging';
import { withoutLive } from '@/lib/protocol';
import { storeTransfer } from '@/lib/store/transfer';
import { savePanel } from '@/lib/settings/storage-items';
import { uiSetup } from '@/lib/settings/ui-setup';
import { showGated } from './gate';
import { createOwnArchive } from './own-archive';
import { getStore } from './store';
import { createTabState } from './tabs';
import { browserLanguages, createUiSources } from './ui';
import { startWatch } from './watch';

export default defineBackground(() => {
  const tabs = createTabState();
  const uiSources = createUiSources();
  // One store for visits and the watch loop (store.ts: opened once, with the reader's size cap).
  const own = createOwnArchive(getStore);
  onMessages({
    inspect: async (request, sender) => {
      // The request is checked and bounded here whatever the sender did (lib/limits.ts).
      const { pageUrl, live: sent, version } = request;
      if (!isParsedArticle(sent) || typeof pageUrl !== 'string' || pageUrl.length > 4000) throw new Error('malformed request');
      const checked = { ...request, live: capArticle(sent), version: typeof version === 'string' ? version : null };
      // The content script has the live article: the reply carries only what it lacks.
      return withoutLive(tabs.remember(sender.tabId, await own.inspect(checked)));
    },
    ui: async ({ edition, languages, gate }, sender) => {
      await showGated(sender.tabId, gate); // Firefox: before the panel is drawn (gate.ts)
      return tabs.rememberUi(sender.tabId, uiSetup(uiSources, edition, browserLanguages(languages)));
    },
    panel: (change) => savePanel(change),
    summary: ({ tabId }) => tabs.summary(tabId),
    visitsSet: own.visitsSet,
    visitsForget: own.visitsForget,
    exportFile: own.exportFile,
    // Options page only (not in protocol.ts FROM_TABS): the whole store out as a zip, and back.
    ...storeTransfer(getStore),
    ...startWatch(getStore),
  });
});
