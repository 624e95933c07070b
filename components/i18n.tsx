import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '@/lib/i18n/translate';

// Every component takes its strings from one translator, given once at the root (the content
// script, popup or options page builds it for the reader's language: lib/i18n).
const I18nContext = createContext<Translator | null>(null);

export function I18nProvider({ translator, children }: { translator: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The reader's translator; a component rendered without an I18nProvider is a wiring bug. */
export function useT(): Translator {
  const translator = useContext(I18nContext);
  if (!translator) throw new Error('RFI Lens: component rendered without an I18nProvider');
  return translator;
}
