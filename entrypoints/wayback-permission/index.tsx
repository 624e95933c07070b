import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { WaybackPermissionView, type PermissionAnswer } from '@/components/WaybackPermissionView';
import { extensionMessages, sendMessage } from '@/lib/messaging';
import { loadPanel, loadSettings } from '@/lib/settings/storage-items';
import { translatorOf, uiSetup } from '@/lib/settings/ui-setup';
import { WAYBACK_ORIGINS } from '@/lib/wayback/types';

// The small window the background opens when the reader first clicks "Look for earlier copies in
// the Wayback Machine": a content script cannot call permissions.request, and the browser grants
// an optional permission only from a click in an extension page. The reader's click here asks
// the browser; the answer goes back to the article's tab (`?tab=`) through the background.
export default async function mountWaybackPermission(doc: Document, search: string): Promise<void> {
  const app = doc.getElementById('app');
  if (!app) return;
  const tabId = Number(new URLSearchParams(search).get('tab'));
  const messages = extensionMessages();
  const settings = await loadSettings();
  const setup = await uiSetup({ settings: async () => settings, panel: loadPanel, messages }, null, [...navigator.languages, browser.i18n.getUILanguage()]);
  const translator = translatorOf(setup);
  doc.documentElement.lang = translator.lang;
  doc.documentElement.className = `theme theme--${settings.theme}`;
  doc.title = translator.t('waybackPermission.title');
  const answer = (granted: boolean) => {
    void sendMessage('waybackAnswer', { granted, tabId }).then(() => draw(granted ? 'granted' : 'denied'));
  };
  const draw = (state: PermissionAnswer) =>
    render(
      <I18nProvider translator={translator}>
        <WaybackPermissionView
          answer={state}
          onAllow={() => {
            // Called inside the click: browsers grant optional permissions only from a user action.
            void browser.permissions.request({ origins: WAYBACK_ORIGINS }).then(answer, () => answer(false));
          }}
          onCancel={() => answer(false)}
        />
      </I18nProvider>,
      app,
    );
  draw(null);
}
