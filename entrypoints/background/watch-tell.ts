// Telling the reader: the "edited" badge on the tabs that show a watched article, a count on the
// toolbar button for the edits they have not seen, and, when they turned it on (and granted the
// optional `notifications` permission), a notification "edited since you read it".
import { browser } from 'wxt/browser';
import { watchKey, type WatchEntry } from '@/lib/watch/state';
import { watchText } from '@/lib/watch/strings';

const NOTIFICATION_PREFIX = 'rfi-lens-edit:';

function toolbar(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
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
  const tabs = await browser.tabs.query({ url: '*://*.rfi.fr/*' }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || watchKey(tab.url) !== key) continue;
    await action.setBadgeText({ tabId: tab.id, text: 'edit' }).catch(() => undefined);
    await action.setBadgeBackgroundColor({ tabId: tab.id, color: '#6b3fa0' }).catch(() => undefined);
    await action.setTitle({ tabId: tab.id, title: watchText('badgeTitleTab') }).catch(() => undefined);
  }
}

/** The toolbar's default badge: how many watched articles were edited since the reader looked. */
export async function badgeUnseen(count: number): Promise<void> {
  const action = toolbar();
  if (!action) return;
  await action.setBadgeText({ text: count > 0 ? `✎${count}` : '' }).catch(() => undefined);
  await action.setBadgeBackgroundColor({ color: '#6b3fa0' }).catch(() => undefined);
  await action.setTitle({ title: count > 0 ? watchText('badgeTitleAll', { count }) : 'RFI Lens' }).catch(() => undefined);
}

export async function notifyEdit(entry: WatchEntry): Promise<void> {
  const api = notifications();
  if (!api) return;
  await api
    .create(`${NOTIFICATION_PREFIX}${entry.url}`, {
      type: 'basic',
      iconUrl: (browser.runtime.getURL as (p: string) => string)('/watch-icon.png'),
      title: watchText('editedSinceRead'),
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
