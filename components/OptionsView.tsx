import type { ComponentChildren } from 'preact';
import { LOCALES, type LanguageSetting } from '@/lib/i18n/locale';
import type { PlainKey } from '@/lib/i18n/translate';
import { OPEN_MODES, THEMES, WAYBACK_MODES, type OpenMode, type Settings, type ThemeSetting, type WaybackMode } from '@/lib/settings/settings';
import { useT } from './i18n';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  /** Opens the browser's extension-shortcuts page; absent where the browser cannot (then a hint). */
  onOpenShortcuts?: () => void;
  /** Shown after a change was stored. */
  saved: boolean;
  /** The "Archive sources" section (components/ArchiveSources.tsx). */
  sources: ComponentChildren;
}

const OPEN_LABEL: Record<OpenMode, PlainKey> = { always: 'options.openAlways', edits: 'options.openEdits', never: 'options.openNever' };
const THEME_LABEL: Record<ThemeSetting, PlainKey> = { auto: 'options.themeAuto', light: 'options.themeLight', dark: 'options.themeDark' };
const WAYBACK_LABEL: Record<WaybackMode, PlainKey> = { ask: 'waybackOptions.ask', always: 'waybackOptions.always', never: 'waybackOptions.never' };
const LANGUAGE_LABEL: Record<LanguageSetting, PlainKey> = {
  auto: 'options.languageAuto',
  en: 'language.en',
  fr: 'language.fr',
  zh_CN: 'language.zh_CN',
  zh_TW: 'language.zh_TW',
};

/** The options page: each setting as a native control with its label; stored as soon as it changes. */
export function OptionsView({ settings, onChange, onOpenShortcuts, saved, sources }: Props) {
  const { t } = useT();
  return (
    <main class="options" data-testid="options">
      <h1>{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
      <fieldset data-testid="open-mode">
        <legend>{t('options.openMode')}</legend>
        {OPEN_MODES.map((mode) => (
          <label key={mode} class="options__choice">
            <input type="radio" name="openMode" value={mode} checked={settings.openMode === mode} onChange={() => onChange({ openMode: mode })} />{' '}
            {t(OPEN_LABEL[mode])}
          </label>
        ))}
        <p class="options__hint">{t('options.openHint')}</p>
      </fieldset>
      <p class="options__row">
        <label>
          <input type="checkbox" name="sideBySide" checked={settings.sideBySide} onChange={(e) => onChange({ sideBySide: e.currentTarget.checked })} />{' '}
          {t('options.sideBySide')}
        </label>
      </p>
      <p class="options__row">
        <label for="language">{t('options.language')}</label>{' '}
        <select id="language" name="language" value={settings.language} onChange={(e) => onChange({ language: e.currentTarget.value as LanguageSetting })}>
          {(['auto', ...LOCALES] as const).map((l) => (
            <option key={l} value={l} lang={l === 'auto' ? undefined : l.replace('_CN', '-Hans').replace('_TW', '-Hant')}>
              {t(LANGUAGE_LABEL[l])}
            </option>
          ))}
        </select>
      </p>
      <fieldset data-testid="theme">
        <legend>{t('options.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="options__choice">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => onChange({ theme })} />{' '}
            {t(THEME_LABEL[theme])}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="shortcuts">
        <h2 id="shortcuts">{t('options.shortcuts')}</h2>
        <p>{t('options.shortcutsHint')}</p>
        {onOpenShortcuts ? (
          <button type="button" data-testid="open-shortcuts" onClick={onOpenShortcuts}>
            {t('options.shortcutsLink')}
          </button>
        ) : (
          <p>{t('options.shortcutsFirefox')}</p>
        )}
      </section>
      <fieldset data-testid="wayback-mode">
        <legend>{t('waybackOptions.legend')}</legend>
        {WAYBACK_MODES.map((mode) => (
          <label key={mode} class="options__choice">
            <input type="radio" name="wayback" value={mode} checked={settings.wayback === mode} onChange={() => onChange({ wayback: mode })} />{' '}
            {t(WAYBACK_LABEL[mode])}
          </label>
        ))}
        <p class="options__hint">{t('waybackOptions.hint')}</p>
      </fieldset>
      <section aria-labelledby="sources">
        <h2 id="sources">{t('options.sources')}</h2>
        {sources}
      </section>
      <p class="options__saved" role="status" data-testid="saved">
        {saved ? t('options.saved') : ''}
      </p>
    </main>
  );
}
