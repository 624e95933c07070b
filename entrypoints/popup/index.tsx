import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { PopupView } from '@/components/PopupView';
import { WatchControl } from '@/components/WatchControl';
import { WatchedList } from '@/components/WatchedList';
import { extensionMessages, sendMessage } from '@/lib/messaging';
import { isArticleUrl } from '@/lib/page/detect';
import { parseRfiPath } from '@/lib/rfi-url';
import { loadPanel, loadSettings } from '@/lib/settings/storage-items';
import { translatorOf, uiSetup } from '@/lib/settings/ui-setup';
import type { WatchItem, WatchList } from '@/lib/watch/view';

// The popup page: the active tab's summary, its watch control, and the watched articles and
// followed editions, in the reader's language (the setting, else the article's edition, else the
// browser's) and theme. main.tsx (the page's script, loaded by index.html) calls mountPopup; nothing
// here runs at import time.
export default async function mountPopup(doc: Document): Promise<void> {
  const app = doc.getElementById('app');
  if (!app) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const summaryReply = tab?.id === undefined ? null : await sendMessage('summary', { tabId: tab.id });
  const summary = summaryReply?.ok ? summaryReply.value : null;
  const articleUrl = tab?.url && isArticleUrl(tab.url) ? tab.url : null;
  const sources = { settings: loadSettings, panel: loadPanel, messages: extensionMessages() };
  const setup = await uiSetup(sources, summary?.edition ?? null, [...navigator.languages, browser.i18n.getUILanguage()]);
  const translator = translatorOf(setup);
  doc.documentElement.lang = translator.lang;
  doc.documentElement.className = `theme theme--${setup.settings.theme}`;
  doc.title = translator.t('ext.name');

  let item: WatchItem | null = null;
  let list: WatchList | null = null;
  let watchError: string | null = null;
  let notifyError: string | null = null;
  let busy = false;

  const draw = () =>
    render(
      <I18nProvider translator={translator}>
        <PopupView
          summary={summary}
          error={summaryReply && !summaryReply.ok ? summaryReply.error : null}
          onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        />
        {articleUrl && <WatchControl item={item} busy={busy} error={watchError} onToggle={(on) => void toggle(on)} />}
        {list && <WatchedList list={list} notifyError={notifyError} onFollow={(ed, on) => void followEdition(ed, on)} onNotify={(on) => void notify(on)} />}
      </I18nProvider>,
      app,
    );
  async function toggle(on: boolean) {
    if (!articleUrl) return;
    busy = true;
    draw();
    const article = { url: articleUrl, title: summary?.title ?? tab?.title ?? articleUrl, edition: parseRfiPath(articleUrl)?.edition ?? null, published: null };
    const reply = await sendMessage('watchSet', { article, on });
    busy = false;
    if (reply.ok) item = reply.value;
    watchError = reply.ok ? null : reply.error;
    await refreshList();
  }
  async function followEdition(edition: string, on: boolean) {
    const reply = await sendMessage('followSet', { edition, on });
    if (reply.ok) list = reply.value;
    draw();
  }
  async function notify(on: boolean) {
    // The optional permission is asked here, in the reader's click, the first time they turn it on.
    const granted = on ? await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false) : true;
    notifyError = granted ? null : translator.t('watch.notifyDenied');
    const reply = granted ? await sendMessage('notifySet', { on }) : null;
    if (reply?.ok) list = reply.value;
    draw();
  }
  async function refreshList() {
    const reply = await sendMessage('watchList', {});
    if (reply.ok) list = reply.value;
    draw();
  }

  if (articleUrl) {
    const reply = await sendMessage('watchStatus', { url: articleUrl });
    if (reply.ok) item = reply.value;
  }
  await refreshList();
}
