// The background's answers for painting: settings and panel state from storage, messages read
// from the package's _locales (cached per locale).
import { browser } from 'wxt/browser';
import { packageMessages } from '@/lib/i18n/package-messages';
import { loadPanel, loadSettings } from '@/lib/settings/storage-items';
import type { UiSources } from '@/lib/settings/ui-setup';

export function createUiSources(): UiSources {
  return { settings: loadSettings, panel: loadPanel, messages: packageMessages(browser.runtime.getURL as (p: string) => string) };
}

/** The browser's languages as the page gave them, then the browser's UI language. */
export function browserLanguages(fromPage: readonly string[]): string[] {
  return [...fromPage, browser.i18n.getUILanguage()];
}
