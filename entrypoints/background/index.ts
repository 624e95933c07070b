import { onMessages } from '@/lib/messaging';
import { withoutLive } from '@/lib/protocol';
import { buildReport } from '@/lib/report';
import { savePanel } from '@/lib/settings/storage-items';
import { uiSetup } from '@/lib/settings/ui-setup';
import { corpusFor } from './corpus';
import { createTabState } from './tabs';
import { browserLanguages, createUiSources } from './ui';

export default defineBackground(() => {
  const tabs = createTabState();
  const uiSources = createUiSources();
  onMessages({
    inspect: async ({ pageUrl, live, version }, sender) =>
      withoutLive(tabs.remember(sender.tabId, buildReport(live, pageUrl, await corpusFor(live.value, pageUrl), version))),
    ui: ({ edition, languages }, sender) => tabs.rememberUi(sender.tabId, uiSetup(uiSources, edition, browserLanguages(languages))),
    panel: (change) => savePanel(change),
    summary: ({ tabId }) => tabs.summary(tabId),
  });
});
