// What a page of ours needs before it can paint: settings, panel state, the reader's language and
// its messages. Built by the background for the content script; by the options page and popup for
// themselves (they can read the package and storage directly).
import { resolveLocale, type Locale } from '../i18n/locale';
import { createTranslator, type ChromeMessages, type Translator } from '../i18n/translate';
import type { PanelState, Settings } from './settings';

export interface UiSetup {
  settings: Settings;
  panel: PanelState;
  locale: Locale;
  /** The locale's _locales/<locale>/messages.json. */
  messages: ChromeMessages;
}

export interface UiSources {
  settings(): Promise<Settings>;
  panel(): Promise<PanelState>;
  /** Reads _locales/<locale>/messages.json from the package. */
  messages(locale: Locale): Promise<ChromeMessages>;
}

/** Settings, panel and the messages of the locale the setting, the edition and the browser give. */
export async function uiSetup(sources: UiSources, edition: string | null, browserLanguages: readonly string[]): Promise<UiSetup> {
  const [settings, panel] = await Promise.all([sources.settings(), sources.panel()]);
  const locale = resolveLocale({ setting: settings.language, edition, browserLanguages });
  return { settings, panel, locale, messages: await sources.messages(locale) };
}

export const translatorOf = (setup: Pick<UiSetup, 'locale' | 'messages'>): Translator => createTranslator(setup.locale, setup.messages);
