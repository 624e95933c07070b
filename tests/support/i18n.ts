// Translators built from locales/*.yml the way the build does (@wxt-dev/i18n), for tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { LOCALES, type Locale } from '../../lib/i18n/locale';
import { createTranslator, type ChromeMessages, type Translator } from '../../lib/i18n/translate';
import { REPO_ROOT } from './shared';

/** The messages.json the build writes for `locale`. */
export function messagesOf(locale: Locale): ChromeMessages {
  const text = readFileSync(resolve(REPO_ROOT, 'locales', `${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML')) as ChromeMessages;
}

/** A translator for `locale`, without English fallback (a missing key shows as the key). */
export function translatorFor(locale: Locale): Translator {
  return createTranslator(locale, messagesOf(locale));
}

export const english = translatorFor('en');
export const ALL_LOCALES = LOCALES;
