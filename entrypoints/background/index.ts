import { capArticle, isParsedArticle } from '@/lib/limits';
import { onMessages } from '@/lib/messaging';
import { createOwnArchive } from './own-archive';
import { getStore } from './store';
import { createTabState } from './tabs';
import { startWatch } from './watch';

export default defineBackground(() => {
  const tabs = createTabState();
  // One store for visits and the watch loop (store.ts: opened once, with the reader's size cap).
  const own = createOwnArchive(getStore);
  onMessages({
    inspect: async (request, sender) => {
      // The request is checked and bounded here whatever the sender did (lib/limits.ts).
      const { pageUrl, live: sent, version } = request;
      if (!isParsedArticle(sent) || typeof pageUrl !== 'string' || pageUrl.length > 4000) throw new Error('malformed request');
      const checked = { ...request, live: capArticle(sent), version: typeof version === 'string' ? version : null };
      return tabs.remember(sender.tabId, await own.inspect(checked));
    },
    summary: ({ tabId }) => tabs.summary(tabId),
    visitsSet: own.visitsSet,
    visitsForget: own.visitsForget,
    exportFile: own.exportFile,
    ...startWatch(getStore),
  });
});
