import { onMessages } from '@/lib/messaging';
import { buildReport } from '@/lib/report';
import { corpusFor } from './corpus';
import { createTabState } from './tabs';

export default defineBackground(() => {
  const tabs = createTabState();
  onMessages({
    inspect: async ({ pageUrl, live, version }, sender) => tabs.remember(sender.tabId, buildReport(live, pageUrl, await corpusFor(live.value, pageUrl), version)),
    summary: ({ tabId }) => tabs.summary(tabId),
  });
});
