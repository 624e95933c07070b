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
    inspect: async (request, sender) => tabs.remember(sender.tabId, await own.inspect(request)),
    summary: ({ tabId }) => tabs.summary(tabId),
    visitsSet: own.visitsSet,
    visitsForget: own.visitsForget,
    exportFile: own.exportFile,
    ...startWatch(getStore),
  });
});
