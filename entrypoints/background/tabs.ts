// Per-tab state of the background: the summary of the last comparison in each tab (memory only,
// gone with the worker or the tab), the toolbar badge with its number of changes, and the jump
// shortcut (manifest `commands`) relayed to the tab's content script.
import { browser } from 'wxt/browser';
import { formatSummary, tabSummary } from '@/lib/diff/summary-line';
import type { TabSummary } from '@/lib/protocol';
import { sendTabEvent } from '@/lib/messaging';
import { translatorOf, type UiSetup } from '@/lib/settings/ui-setup';
import type { Report } from '@/lib/types';

/** Manifest command names (wxt.config.ts) → jump direction. */
const COMMANDS: Record<string, 'next' | 'previous'> = { 'next-change': 'next', 'previous-change': 'previous' };

export interface TabState {
  /** Records a tab's report and shows its count on the badge; returns the report unchanged. */
  remember(tabId: number | null, report: Report): Report;
  summary(tabId: number): TabSummary | null;
  /** Keeps the language a tab's panel is shown in (for the toolbar title); returns the setup unchanged. */
  rememberUi(tabId: number | null, setup: Promise<UiSetup>): Promise<UiSetup>;
  /** Settles once the tab's `ui` answer is ready (at once if it asked none, or it failed). */
  uiSettled(tabId: number | null): Promise<void>;
}

/** The toolbar button API: `action` (MV3) or `browserAction` (Firefox MV2). */
function toolbar(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

export function createTabState(): TabState {
  const summaries = new Map<number, TabSummary>();
  const setups = new Map<number, Promise<UiSetup>>();
  browser.tabs.onRemoved.addListener((tabId) => {
    summaries.delete(tabId);
    setups.delete(tabId);
  });
  // A new page in the tab: the browser resets the tab's badge; forget its summary too.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') summaries.delete(tabId);
  });
  browser.commands?.onCommand.addListener(async (command, tab) => {
    const direction = COMMANDS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendTabEvent(tabId, { event: 'jump', direction });
  });
  return {
    remember(tabId, report) {
      if (tabId === null) return report;
      const summary = tabSummary(report);
      summaries.set(tabId, summary);
      const action = toolbar();
      const text = report.changes && summary.count > 0 ? String(summary.count) : '';
      void action?.setBadgeText({ tabId, text })?.catch(() => undefined);
      void action?.setBadgeBackgroundColor({ tabId, color: summary.silentEdit ? '#b3261e' : '#d98a00' })?.catch(() => undefined);
      // The title in the panel's language, once the tab's `ui` answer is known (asked at the same time).
      void setups
        .get(tabId)
        ?.then((setup) => {
          const tr = translatorOf(setup);
          const line = summary.parts ? formatSummary(summary.parts, tr) : tr.t('sidebar.notInArchive');
          return action?.setTitle({ tabId, title: tr.t('popup.badgeTitle', line) });
        })
        .catch(() => undefined);
      return report;
    },
    summary: (tabId) => summaries.get(tabId) ?? null,
    rememberUi(tabId, setup) {
      if (tabId !== null) setups.set(tabId, setup);
      return setup;
    },
    uiSettled: async (tabId) => {
      await (tabId === null ? undefined : setups.get(tabId))?.catch(() => undefined);
      // The answer leaves a few promise steps after the setup settles (our dispatch, the browser's
      // own): one task later it is gone, and a long comparison (a huge page) cannot hold it back.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
