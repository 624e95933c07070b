// Reads a locale's messages.json from the extension package (no network: a chrome-extension:// or
// moz-extension:// URL), once per locale. `packageUrl` is runtime.getURL and `load` the context's
// fetch, both passed in by the caller (lib/ touches no globals).
import type { Locale } from './locale';
import type { ChromeMessages } from './translate';

export function packageMessages(packageUrl: (path: string) => string, load: (url: string) => Promise<Response>): (locale: Locale) => Promise<ChromeMessages> {
  const cache = new Map<Locale, Promise<ChromeMessages>>();
  return (locale) => {
    let messages = cache.get(locale);
    if (!messages) {
      messages = load(packageUrl(`/_locales/${locale}/messages.json`)).then((r) => {
        if (!r.ok) throw new Error(`messages for ${locale} missing from the package (${r.status})`);
        return r.json() as Promise<ChromeMessages>;
      });
      messages.catch(() => cache.delete(locale));
      cache.set(locale, messages);
    }
    return messages;
  };
}
