// Which language the reader gets. Default: the edition of the page being read (cn → zh-Hans,
// tw → zh-Hant, fr → French), otherwise the browser's language, then English; a setting overrides.
// Pure: the browser's languages and the setting are passed in.

/** The UI languages we ship: the names of locales/*.yml and of _locales/<name>/. */
export const LOCALES = ['en', 'fr', 'zh_CN', 'zh_TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** What the reader chose in the options: a language, or `auto` (edition, then browser). */
export type LanguageSetting = 'auto' | Locale;

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** BCP 47 tag of a locale, for `lang` attributes and Intl (script subtags, as RFI's own pages use). */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', fr: 'fr', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' };

const EDITION_LOCALE: Record<string, Locale> = { cn: 'zh_CN', tw: 'zh_TW', fr: 'fr' };

/** The locale an rfi.fr edition code asks for; null for editions we have no UI language for. */
export function editionLocale(edition: string | null | undefined): Locale | null {
  return edition ? (EDITION_LOCALE[edition] ?? null) : null;
}

/** The closest shipped locale to a browser language tag (`zh-TW`, `zh-Hant-HK`, `fr-CA`, `en-GB`). */
export function localeOfTag(tag: string): Locale | null {
  const t = tag.toLowerCase().replace(/_/g, '-');
  if (t.startsWith('zh')) return /-(hant|tw|hk|mo)\b/.test(t) ? 'zh_TW' : 'zh_CN';
  if (t === 'fr' || t.startsWith('fr-')) return 'fr';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return null;
}

export interface LocaleInputs {
  setting: LanguageSetting;
  /** The edition of the article being read (null: none, e.g. the options page). */
  edition: string | null;
  /** The browser's preferred languages, most preferred first (navigator.languages / i18n.getUILanguage()). */
  browserLanguages: readonly string[];
}

/** The setting, else the edition's language, else the first browser language we ship, else English. */
export function resolveLocale({ setting, edition, browserLanguages }: LocaleInputs): Locale {
  if (setting !== 'auto') return setting;
  const fromEdition = editionLocale(edition);
  if (fromEdition) return fromEdition;
  for (const tag of browserLanguages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}
