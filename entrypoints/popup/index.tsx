import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { PopupView } from '@/components/PopupView';
import { packageMessages } from '@/lib/i18n/package-messages';
import { sendMessage } from '@/lib/messaging';
import { loadPanel, loadSettings } from '@/lib/settings/storage-items';
import { translatorOf, uiSetup } from '@/lib/settings/ui-setup';

// The popup page: asks the background for the active tab's summary and shows it in the reader's
// language (the setting, else the article's edition, else the browser's) and theme. main.tsx (the
// page's script, loaded by index.html) calls mountPopup; nothing here runs at import time.
export default async function mountPopup(doc: Document): Promise<void> {
  const app = doc.getElementById('app');
  if (!app) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const reply = tab?.id === undefined ? null : await sendMessage('summary', { tabId: tab.id });
  const summary = reply?.ok ? reply.value : null;
  const sources = { settings: loadSettings, panel: loadPanel, messages: packageMessages(browser.runtime.getURL as (p: string) => string) };
  const setup = await uiSetup(sources, summary?.edition ?? null, [...navigator.languages, browser.i18n.getUILanguage()]);
  const translator = translatorOf(setup);
  doc.documentElement.lang = translator.lang;
  doc.documentElement.className = `theme theme--${setup.settings.theme}`;
  doc.title = translator.t('ext.name');
  render(
    <I18nProvider translator={translator}>
      <PopupView summary={summary} error={reply && !reply.ok ? reply.error : null} onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())} />
    </I18nProvider>,
    app,
  );
}
