import { capArticle, isParsedArticle } from '@/lib/limits';
import { onMessages } from '@/lib/messaging';
import { withoutLive } from '@/lib/protocol';
import { savePanel } from '@/lib/settings/storage-items';
import { uiSetup } from '@/lib/settings/ui-setup';
import { showGated } from './gate';
import { injectArticleScript } from './inject';
import { createOwnArchive } from './own-archive';
import { getStore } from './store';
import { createTabState } from './tabs';
import { browserLanguages, uiSources } from './ui';
import { startWatch } from './watch';
import { createWayback } from './wayback';

export default defineBackground(() => {
  const tabs = createTabState();
  // Settings and panel state are read from the start and kept, and each locale's messages once
  // (ui.ts): a tab's `ui` question is answered from memory.
  const ui = uiSources();
  // One store for visits and the watch loop (store.ts: opened once, with the reader's size cap).
  const own = createOwnArchive(getStore);
  const wayback = createWayback(getStore);
  onMessages({
    inspect: async (request, sender) => {
      // The request is checked and bounded here whatever the sender did (lib/limits.ts).
      const { pageUrl, live: sent, version } = request;
      if (!isParsedArticle(sent) || typeof pageUrl !== 'string' || pageUrl.length > 4000) throw new Error('malformed request');
      const checked = { ...request, live: capArticle(sent), version: typeof version === 'string' ? version : null };
      // The tab asked for its settings and messages first (it paints with them): the comparison
      // reads its parts meanwhile but starts its own work once that answer is out, so a cold
      // worker's entity pass never makes the panel wait.
      // The content script has the live article: the reply carries only what it lacks.
      return withoutLive(tabs.remember(sender.tabId, await own.inspect(checked, tabs.uiSettled(sender.tabId))));
    },
    // The loader found an article-shaped page: the article script goes in (inject.ts).
    load: (_request, sender) => injectArticleScript(sender.tabId, sender.url),
    // Firefox: the sheet that shows our page UI goes in before the panel is drawn (gate.ts).
    ui: ({ edition, languages, gate }, sender) =>
      tabs.rememberUi(sender.tabId, showGated(sender.tabId, gate).then(() => uiSetup(ui, edition, browserLanguages(languages)))),
    panel: (change) => savePanel(change),
    summary: ({ tabId }) => tabs.summary(tabId),
    visitsSet: own.visitsSet,
    visitsForget: own.visitsForget,
    exportFile: own.exportFile,
    ...startWatch(getStore),
    // The Wayback Machine, on the reader's request (wayback.ts); the answer from our permission window.
    waybackLookup: wayback.waybackLookup,
    waybackAnswer: wayback.waybackAnswer,
  });
});
