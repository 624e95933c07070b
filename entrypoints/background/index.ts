import { capArticle, isParsedArticle } from '@/lib/limits';
import { onMessages } from '@/lib/messaging';
import { buildReport } from '@/lib/report';
import { corpusFor } from './corpus';
import { createTabState } from './tabs';

export default defineBackground(() => {
  const tabs = createTabState();
  onMessages({
    inspect: async ({ pageUrl, live: sent, version }, sender) => {
      // The request is checked and bounded here whatever the sender did (lib/limits.ts).
      if (!isParsedArticle(sent) || typeof pageUrl !== 'string' || pageUrl.length > 4000) throw new Error('malformed request');
      const live = capArticle(sent);
      return tabs.remember(sender.tabId, buildReport(live, pageUrl, await corpusFor(live.value, pageUrl), typeof version === 'string' ? version : null));
    },
    summary: ({ tabId }) => tabs.summary(tabId),
  });
});
