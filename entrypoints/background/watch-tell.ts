// Telling the reader: the "edited" badge on the tabs that show a watched article, a count on the
// toolbar button for the edits they have not seen, and, when they turned it on (and granted the
// optional `notifications` permission), a notification "edited since you read it".
// Their words are in the reader's language, chosen as for the sidebar (the setting, else the
// article's edition, else the browser's language).
import { browser } from 'wxt/browser';
import type { Translator } from '@/lib/i18n/translate';
import { parseRfiPath } from '@/lib/rfi-url';
import { translatorOf, uiSetup } from '@/lib/settings/ui-setup';
import { watchKey, type WatchEntry } from '@/lib/watch/state';
import { browserLanguages, uiSources } from './ui';

const NOTIFICATION_PREFIX = 'rfi-lens-edit:';

function toolbar(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** The reader's translator, for an article of `url`'s edition (or none); null if the package cannot give it (the loop goes on). */
async function readerTranslator(url: string | null): Promise<Translator | null> {
  try {
    const edition = url ? (parseRfiPath(url)?.edition ?? null) : null;
    return translatorOf(await uiSetup(uiSources(), edition, browserLanguages(navigator.languages)));
  } catch (error) {
    console.warn('[RFI Lens] no messages for the badge', error);
    return null;
  }
}

/** The optional notifications API: present once the reader granted the permission. */
function notifications(): typeof browser.notifications | undefined {
  return (browser as { notifications?: typeof browser.notifications }).notifications;
}

/** Marks every open tab of the article with an "edit" badge. */
export async function badgeEditedTabs(entry: WatchEntry): Promise<void> {
  const key = watchKey(entry.url);
  const action = toolbar();
  if (!key || !action) return;
  const tr = await readerTranslator(entry.url);
  const tabs = await browser.tabs.query({ url: '*://*.rfi.fr/*' }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || watchKey(tab.url) !== key) continue;
    await action.setBadgeText({ tabId: tab.id, text: 'edit' }).catch(() => undefined);
    await action.setBadgeBackgroundColor({ tabId: tab.id, color: '#6b3fa0' }).catch(() => undefined);
    if (tr) await action.setTitle({ tabId: tab.id, title: tr.t('watch.badgeTitleTab') }).catch(() => undefined);
  }
}

/** The toolbar's default badge: how many watched articles were edited since the reader looked. */
export async function badgeUnseen(count: number): Promise<void> {
  const action = toolbar();
  if (!action) return;
  const tr = await readerTranslator(null);
  await action.setBadgeText({ text: count > 0 ? `✎${count}` : '' }).catch(() => undefined);
  await action.setBadgeBackgroundColor({ color: '#6b3fa0' }).catch(() => undefined);
  if (tr) await action.setTitle({ title: count > 0 ? tr.n('watch.badgeTitleAll', count) : tr.t('ext.name') }).catch(() => undefined);
}

export async function notifyEdit(entry: WatchEntry): Promise<void> {
  const api = notifications();
  if (!api) return;
  const tr = await readerTranslator(entry.url);
  await api
    .create(`${NOTIFICATION_PREFIX}${entry.url}`, {
      type: 'basic',
      iconUrl: (browser.runtime.getURL as (p: string) => string)('/watch-icon.png'),
      title: tr ? tr.t('watch.editedSinceRead') : 'RFI Lens',
      message: entry.title,
    })
    .catch(() => undefined);
}

/** A click on the notification opens the article. Listens only when the API is there; true when it does. */
export function listenToNotificationClicks(): boolean {
  const api = notifications();
  api?.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.tabs.create({ url: id.slice(NOTIFICATION_PREFIX.length) });
    void api.clear(id);
  });
  return api !== undefined;
}
