// The settings and the panel state in the browser's storage (storage.local: this browser only),
// as typed, versioned @wxt-dev/storage items. A new shape gets `version: n + 1` and a
// `migrations[n + 1]` that turns the old value into the new one; reads go through readSettings /
// readPanel so a damaged value falls back to the defaults. Used by the background and the options
// page; the content script asks the background (lib/protocol.ts `ui`, `panel`).
import { storage } from '@wxt-dev/storage';
import { DEFAULT_PANEL, DEFAULT_SETTINGS, readPanel, readSettings, type PanelState, type Settings } from './settings';

export const SETTINGS_VERSION = 2;

/** Version 1 → 2: the Wayback Machine setting arrives as `ask` (offered, never looked up unasked). */
export function migrateSettingsV2(v1: unknown): Settings {
  return readSettings({ ...(typeof v1 === 'object' && v1 !== null ? v1 : {}), wayback: 'ask' });
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Version 1 is the first stored shape. Migrations receive the stored value of the version before.
  migrations: { 2: migrateSettingsV2 },
});

export const panelItem = storage.defineItem<PanelState>('local:panel', {
  fallback: DEFAULT_PANEL,
  version: 1,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = readSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

export async function loadPanel(): Promise<PanelState> {
  return readPanel(await panelItem.getValue());
}

export async function savePanel(change: Partial<PanelState>): Promise<PanelState> {
  const next = readPanel({ ...(await loadPanel()), ...change });
  await panelItem.setValue(next);
  return next;
}
