// The reader's settings: what they are, their defaults, and how a stored value is read back
// (anything missing or unknown becomes the default, so a damaged or newer value never breaks a
// page). Pure; storage-items.ts keeps them in the browser's storage.
import { isLocale, type LanguageSetting } from '../i18n/locale';

/** When the panel opens by itself on an article. */
export type OpenMode = 'always' | 'edits' | 'never';
export type ThemeSetting = 'auto' | 'light' | 'dark';
/**
 * Looking in the Wayback Machine where no capture is held: `ask` (default) offers it and looks only
 * when the reader clicks; `always` looks by itself (once the reader has granted the permission);
 * `never` neither offers nor looks.
 */
export type WaybackMode = 'ask' | 'always' | 'never';

export interface Settings {
  /**
   * `edits` by default: a reader who installed a tool about edits wants to hear about edits, not a
   * panel over every article; the tab on the right edge opens it anywhere.
   */
  openMode: OpenMode;
  /** The page moves aside for the open panel on wide windows (instead of being covered). */
  sideBySide: boolean;
  /** `auto`: the edition's language, else the browser's (lib/i18n/locale.ts). */
  language: LanguageSetting;
  /** `auto`: follows prefers-color-scheme. */
  theme: ThemeSetting;
  /** The Wayback Machine, opt-in (issue 9). */
  wayback: WaybackMode;
}

/** The panel as the reader left it (remembered across pages and reloads). */
export interface PanelState {
  /** The reader collapsed the panel (true) or opened it from the tab (false); null: never touched. */
  collapsed: boolean | null;
  /** Width in px the reader dragged it to. */
  width: number;
}

export const DEFAULT_SETTINGS: Settings = { openMode: 'edits', sideBySide: true, language: 'auto', theme: 'auto', wayback: 'ask' };
export const PANEL_WIDTH = { min: 300, max: 720, default: 400 } as const;
export const DEFAULT_PANEL: PanelState = { collapsed: null, width: PANEL_WIDTH.default };

export const OPEN_MODES: readonly OpenMode[] = ['always', 'edits', 'never'];
export const THEMES: readonly ThemeSetting[] = ['auto', 'light', 'dark'];
export const WAYBACK_MODES: readonly WaybackMode[] = ['ask', 'always', 'never'];

const oneOf = <T>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);

/** A stored settings value, whatever it holds, as valid Settings. */
export function readSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    openMode: oneOf(OPEN_MODES, r.openMode, DEFAULT_SETTINGS.openMode),
    sideBySide: typeof r.sideBySide === 'boolean' ? r.sideBySide : DEFAULT_SETTINGS.sideBySide,
    language: r.language === 'auto' || isLocale(r.language) ? r.language : DEFAULT_SETTINGS.language,
    theme: oneOf(THEMES, r.theme, DEFAULT_SETTINGS.theme),
    wayback: oneOf(WAYBACK_MODES, r.wayback, DEFAULT_SETTINGS.wayback),
  };
}

export const clampWidth = (w: number): number => Math.round(Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, w)));

/** A stored panel value as a valid PanelState. */
export function readPanel(raw: unknown): PanelState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    collapsed: typeof r.collapsed === 'boolean' ? r.collapsed : null,
    width: typeof r.width === 'number' && Number.isFinite(r.width) ? clampWidth(r.width) : PANEL_WIDTH.default,
  };
}

/**
 * Does the panel start open on this article? The reader's last collapse wins over the mode (they
 * said they want the tab only); `never` always starts as the tab; `edits` opens when the comparison
 * found at least one change (`changeCount` null: not known yet, or not in the archive).
 */
export function startsOpen(settings: Settings, panel: PanelState, changeCount: number | null): boolean {
  if (settings.openMode === 'never' || panel.collapsed === true) return false;
  if (settings.openMode === 'always') return true;
  return changeCount !== null && changeCount > 0;
}
