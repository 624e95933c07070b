import { describe, expect, it } from 'vitest';
import { editionLocale, localeOfTag, resolveLocale } from '../../../lib/i18n/locale';
import { createTranslator } from '../../../lib/i18n/translate';
import { translatorFor } from '../../support/i18n';

describe('resolveLocale', () => {
  const none: string[] = [];
  it('follows the edition: cn → zh-Hans, tw → zh-Hant, fr → French', () => {
    expect(resolveLocale({ setting: 'auto', edition: 'cn', browserLanguages: ['en-US'] })).toBe('zh_CN');
    expect(resolveLocale({ setting: 'auto', edition: 'tw', browserLanguages: ['en-US'] })).toBe('zh_TW');
    expect(resolveLocale({ setting: 'auto', edition: 'fr', browserLanguages: ['zh-CN'] })).toBe('fr');
  });
  it('other editions: the first browser language we ship, then English', () => {
    expect(resolveLocale({ setting: 'auto', edition: 'es', browserLanguages: ['es-ES', 'fr-FR', 'en'] })).toBe('fr');
    expect(resolveLocale({ setting: 'auto', edition: 'en', browserLanguages: ['zh-TW'] })).toBe('zh_TW');
    expect(resolveLocale({ setting: 'auto', edition: 'vi', browserLanguages: ['vi-VN'] })).toBe('en');
    expect(resolveLocale({ setting: 'auto', edition: null, browserLanguages: none })).toBe('en');
  });
  it('a chosen language wins over the edition', () => {
    expect(resolveLocale({ setting: 'en', edition: 'cn', browserLanguages: ['zh-CN'] })).toBe('en');
    expect(resolveLocale({ setting: 'zh_TW', edition: 'cn', browserLanguages: [] })).toBe('zh_TW');
  });
  it('reads browser tags with scripts and regions', () => {
    expect(localeOfTag('zh-Hant-HK')).toBe('zh_TW');
    expect(localeOfTag('zh-HK')).toBe('zh_TW');
    expect(localeOfTag('zh')).toBe('zh_CN');
    expect(localeOfTag('zh-Hans-SG')).toBe('zh_CN');
    expect(localeOfTag('fr-CA')).toBe('fr');
    expect(localeOfTag('de-DE')).toBeNull();
    expect(editionLocale('ru')).toBeNull();
  });
});

describe('createTranslator', () => {
  const tr = createTranslator('en', {
    a: { message: 'Hello $1, $2' },
    b: { message: '1 thing | $1 things' },
    c: { message: 'none | one | $1 many' },
    d: { message: 'costs $$$1' },
  }, { e: { message: 'from English' } });
  it('substitutes $1…$9 and $$ as browser.i18n does', () => {
    expect(tr.t('a' as never, 'Ada', 3)).toBe('Hello Ada, 3');
    expect(tr.t('d' as never, 5)).toBe('costs $5');
  });
  it('picks plural forms as @wxt-dev/i18n does', () => {
    expect(tr.n('b' as never, 1)).toBe('1 thing');
    expect(tr.n('b' as never, 0)).toBe('0 things');
    expect(tr.n('c' as never, 0)).toBe('none');
    expect(tr.n('c' as never, 1)).toBe('one');
    expect(tr.n('c' as never, 7)).toBe('7 many');
  });
  it('falls back to English, then to the key', () => {
    expect(tr.t('e' as never)).toBe('from English');
    expect(tr.t('sidebar.open')).toBe('sidebar.open');
  });
  it('writes dates in the reader’s language, in Paris time, saying so', () => {
    const when = Date.parse('2023-03-02T20:57:00Z'); // 21:57 in Paris (winter time)
    expect(translatorFor('en').date(when)).toBe('Mar 2, 2023, 21:57 (Paris time)');
    expect(translatorFor('fr').date(when)).toBe('2 mars 2023, 21:57 (heure de Paris)');
    expect(translatorFor('zh_CN').date(when)).toBe('2023年3月2日 21:57（巴黎时间）');
    expect(translatorFor('zh_TW').date(when)).toBe('2023年3月2日 21:57（巴黎時間）');
    expect(translatorFor('fr').date(Date.parse('2023-07-01T10:00:00Z'))).toBe('1 juil. 2023, 12:00 (heure de Paris)'); // summer time
    expect(translatorFor('en').date(null)).toBe('—');
  });
});
