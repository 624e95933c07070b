import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PANEL, DEFAULT_SETTINGS, readPanel, readSettings, startsOpen } from '../../../lib/settings/settings';
import { loadPanel, loadSettings, migrateSettingsV2, savePanel, saveSettings, SETTINGS_VERSION } from '../../../lib/settings/storage-items';

describe('settings values', () => {
  it('defaults: open only on edits, side by side, language and theme automatic', () => {
    expect(readSettings(undefined)).toEqual({ openMode: 'edits', sideBySide: true, language: 'auto', theme: 'auto', wayback: 'ask' });
    expect(readPanel(null)).toEqual({ collapsed: null, width: 400 });
  });
  it('a damaged or unknown stored value falls back field by field', () => {
    expect(readSettings({ openMode: 'sometimes', sideBySide: 'yes', language: 'de', theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(readSettings({ language: 'zh_TW', extra: 1 })).toEqual({ ...DEFAULT_SETTINGS, language: 'zh_TW' });
    expect(readPanel({ collapsed: true, width: 5000 })).toEqual({ collapsed: true, width: 720 });
    expect(readPanel({ width: Number.NaN })).toEqual(DEFAULT_PANEL);
  });
  it('open modes: always, only with edits, never; a collapse the reader made wins', () => {
    const s = (openMode: 'always' | 'edits' | 'never') => ({ ...DEFAULT_SETTINGS, openMode });
    expect(startsOpen(s('always'), DEFAULT_PANEL, null)).toBe(true);
    expect(startsOpen(s('edits'), DEFAULT_PANEL, null)).toBe(false);
    expect(startsOpen(s('edits'), DEFAULT_PANEL, 0)).toBe(false);
    expect(startsOpen(s('edits'), DEFAULT_PANEL, 3)).toBe(true);
    expect(startsOpen(s('never'), DEFAULT_PANEL, 3)).toBe(false);
    expect(startsOpen(s('always'), { ...DEFAULT_PANEL, collapsed: true }, 3)).toBe(false);
    expect(startsOpen(s('edits'), { ...DEFAULT_PANEL, collapsed: false }, 0)).toBe(false);
  });
});

describe('settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());
  it('reads defaults from an empty storage and keeps what is saved, versioned', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ openMode: 'never', language: 'fr' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, openMode: 'never', language: 'fr' });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, openMode: 'never', language: 'fr' });
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
  });
  it('repairs a value written by hand or by another version', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'sepia', sideBySide: false } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sideBySide: false });
  });
  it('version 1 → 2: the Wayback Machine setting arrives as ask, the rest kept; a damaged v1 value repaired', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(migrateSettingsV2({ openMode: 'always', sideBySide: false, language: 'fr', theme: 'dark' })).toEqual({ openMode: 'always', sideBySide: false, language: 'fr', theme: 'dark', wayback: 'ask' });
    expect(migrateSettingsV2(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ ...DEFAULT_SETTINGS, wayback: 'sometimes' }).wayback).toBe('ask');
    expect(readSettings({ ...DEFAULT_SETTINGS, wayback: 'never' }).wayback).toBe('never');
  });
  it('remembers the panel: collapsed and width', async () => {
    await savePanel({ collapsed: true });
    await savePanel({ width: 333.4 });
    expect(await loadPanel()).toEqual({ collapsed: true, width: 333 });
  });
});
