// The background's answers for painting: settings and panel state from storage, messages read
// from the package's _locales. All kept in memory once read (storage changes refresh them), so a
// tab's `ui` question is answered at once, before the comparison asked at the same time starts
// its work (the worker is single-threaded: a slow `ui` answer would wait for the comparison).
// One set for the whole background: the sidebar's `ui` answer and the watch's badge titles and
// notifications (watch-tell.ts) read the same settings and the same messages, each file once.
import { browser } from 'wxt/browser';
import { extensionMessages } from '@/lib/messaging';
import { loadPanel, loadSettings, panelItem, settingsItem } from '@/lib/settings/storage-items';
import type { UiSources } from '@/lib/settings/ui-setup';

function createUiSources(): UiSources {
  let settings = loadSettings();
  let panel = loadPanel();
  settingsItem.watch(() => {
    settings = loadSettings();
  });
  panelItem.watch(() => {
    panel = loadPanel();
  });
  return { settings: () => settings, panel: () => panel, messages: extensionMessages() };
}

let sources: UiSources | null = null;

/** The background's one UiSources, made on first use (nothing runs when WXT imports this file). */
export function uiSources(): UiSources {
  return (sources ??= createUiSources());
}

/** The browser's languages as the page gave them, then the browser's UI language. */
export function browserLanguages(fromPage: readonly string[]): string[] {
  return [...fromPage, browser.i18n.getUILanguage()];
}
