import { capArticle, isParsedArticle } from '@/lib/limits';
import { onMessages } from '@/lib/messaging';
import { withoutLive } from '@/lib/protocol';
import { savePanel } from '@/lib/settings/storage-items';
import { uiSetup } from '@/lib/settings/ui-setup';
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
    ui: ({ edition, languages }, sender) => tabs.rememberUi(sender.tabId, uiSetup(uiSources, edition, browserLanguages(languages))),
    panel: (change) => savePanel(change),
    summary: ({ tabId }) => tabs.summary(tabId),
    visitsSet: own.visitsSet,
    visitsForget: own.visitsForget,
    exportFile: own.exportFile,
    ...startWatch(getStore),
  });
});
