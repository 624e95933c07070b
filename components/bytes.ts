// Sizes as the reader writes them: `12,3 Mo` in French, `850 KB` in English.
import type { Translator } from '@/lib/i18n/translate';

export function formatBytes(bytes: number, tr: Pick<Translator, 't' | 'lang'>): string {
  if (bytes >= 1024 * 1024) {
    const mb = new Intl.NumberFormat(tr.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
    return tr.t('own.megabytes', mb);
  }
  return tr.t('own.kilobytes', new Intl.NumberFormat(tr.lang).format(Math.max(1, Math.round(bytes / 1024))));
}
