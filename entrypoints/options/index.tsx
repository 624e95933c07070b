import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ArchiveSources } from '@/components/ArchiveSources';
import { I18nProvider } from '@/components/i18n';
import { OptionsView } from '@/components/OptionsView';
import { packageMessages } from '@/lib/i18n/package-messages';
import { loadPanel, loadSettings, saveSettings } from '@/lib/settings/storage-items';
import type { Settings } from '@/lib/settings/settings';
import { translatorOf, uiSetup } from '@/lib/settings/ui-setup';
import { shortcutsOpener } from './shortcuts';

// The options page: the reader's settings in their language and theme, stored on change.
// main.tsx calls mountOptions; nothing here runs at import time.
export default async function mountOptions(doc: Document): Promise<void> {
  const app = doc.getElementById('app');
  if (!app) return;
  const messages = packageMessages(browser.runtime.getURL as (p: string) => string);
  const languages = [...navigator.languages, browser.i18n.getUILanguage()];
  let saved = false;
  const draw = async (settings: Settings) => {
    const setup = await uiSetup({ settings: async () => settings, panel: loadPanel, messages }, null, languages);
    const translator = translatorOf(setup);
    doc.documentElement.lang = translator.lang;
    doc.documentElement.className = `theme theme--${settings.theme}`;
    doc.title = translator.t('options.title');
    render(
      <I18nProvider translator={translator}>
        <OptionsView
          settings={settings}
          saved={saved}
          onOpenShortcuts={shortcutsOpener()}
          onChange={(change) => {
            void saveSettings(change).then((next) => {
              saved = true;
              return draw(next);
            });
          }}
          sources={<ArchiveSources />}
        />
      </I18nProvider>,
      app,
    );
  };
  await draw(await loadSettings());
}
