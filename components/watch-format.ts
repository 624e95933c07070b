// How the watch controls word an outcome: one full sentence per kind (locales: watch.outcome.*).
import type { PlainKey, Translator } from '@/lib/i18n/translate';
import type { Outcome } from '@/lib/watch/state';

const OUTCOME_KEY: Record<Outcome['kind'], PlainKey> = {
  captured: 'watch.outcome.captured',
  edited: 'watch.outcome.edited',
  unchanged: 'watch.outcome.unchanged',
  redirected: 'watch.outcome.redirected',
  gone: 'watch.outcome.gone',
  outage: 'watch.outcome.outage',
  unreadable: 'watch.outcome.unreadable',
  'store-error': 'watch.outcome.storeError',
};

/** What the last re-read found, in the reader's words (times through the translator's `date`). */
export function outcomeText(outcome: Outcome | null, { t, date }: Pick<Translator, 't' | 'date'>): string {
  if (!outcome) return t('watch.notYetRead');
  switch (outcome.kind) {
    case 'redirected':
      return t(OUTCOME_KEY.redirected, outcome.detail ?? '—');
    case 'gone':
      return t(OUTCOME_KEY.gone, outcome.status ?? '—');
    case 'store-error':
      return t(OUTCOME_KEY['store-error'], date(outcome.at), outcome.detail ?? '—');
    default:
      return t(OUTCOME_KEY[outcome.kind], date(outcome.at));
  }
}
