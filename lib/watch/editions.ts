// The editions the follow control lists, each named as RFI's own edition menu names it (an
// endonym, the same in every language of the interface: not a message of locales/).
/** The edition names the follow control lists (endonyms, as RFI's own edition menu). */
export const EDITION_NAMES: Record<string, string> = {
  cn: '中文（简体）',
  tw: '中文（繁體）',
  fr: 'Français',
  en: 'English',
  es: 'Español',
  pt: 'Português',
  br: 'Português do Brasil',
  ru: 'Русский',
  vi: 'Tiếng Việt',
  km: 'ខ្មែរ',
  fa: 'فارسی',
  uk: 'Українська',
  ha: 'Hausa',
  sw: 'Kiswahili',
  ma: 'Mandenkan',
  ff: 'Fulfulde',
  ro: 'Română',
};
