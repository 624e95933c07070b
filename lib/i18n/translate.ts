// The translator every context uses: the browser's own messages.json format (the files
// @wxt-dev/i18n builds from locales/*.yml into _locales/<lang>/), read for the locale the reader
// gets rather than the browser's UI language. Same rules as browser.i18n.getMessage and
// @wxt-dev/i18n's t(): `$1`…`$9` substitutions, `$$` for a dollar sign, and plural forms stored as
// "one | many" or "zero | one | many".
import type { GeneratedI18nStructure } from '#i18n';
import { LANGUAGE_TAG, type Locale } from './locale';

/** A key of locales/en.yml, dotted (`sidebar.open`). */
export type MessageKey = keyof GeneratedI18nStructure;
export type PluralKey = { [K in MessageKey]: GeneratedI18nStructure[K]['plural'] extends true ? K : never }[MessageKey];
export type PlainKey = Exclude<MessageKey, PluralKey>;

/** One _locales/<lang>/messages.json: `sidebar_open` → { message }. */
export type ChromeMessages = Record<string, { message: string }>;

export interface Translator {
  readonly locale: Locale;
  /** BCP 47 tag for `lang` attributes and Intl. */
  readonly lang: string;
  /** A message with its substitutions. A key missing from the locale falls back to English, then the key. */
  t(key: PlainKey, ...subs: (string | number)[]): string;
  /** A plural message: the form for `count`, `$1` = count unless other substitutions are given. */
  n(key: PluralKey, count: number, ...subs: (string | number)[]): string;
  /** A date as the reader writes it, in Paris time, saying so: "2 mars 2023, 21:57 (heure de Paris)". */
  date(value: string | number | null): string;
}

function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return message;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function paris(lang: string): Intl.DateTimeFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { timeZone: 'Europe/Paris', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(lang, f);
  }
  return f;
}

/**
 * A translator over `messages` (the chosen locale's messages.json) with `fallback` (English) for
 * keys a locale lacks (tests/i18n make sure none does).
 */
export function createTranslator(locale: Locale, messages: ChromeMessages, fallback: ChromeMessages = messages): Translator {
  const lang = LANGUAGE_TAG[locale];
  const raw = (key: MessageKey): string => {
    const id = key.replaceAll('.', '_');
    return messages[id]?.message ?? fallback[id]?.message ?? key;
  };
  const t: Translator['t'] = (key, ...subs) => substitute(raw(key), subs.map(String));
  return {
    locale,
    lang,
    t,
    n: (key, count, ...subs) => substitute(pluralForm(raw(key), count), (subs.length ? subs : [count]).map(String)),
    date(value) {
      if (value === null) return '—';
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return String(value);
      return t('date.paris', paris(lang).format(date));
    },
  };
}
