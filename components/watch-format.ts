// How the watch controls word an outcome: one full sentence per kind (lib/watch/strings.ts).
import type { Outcome } from '@/lib/watch/state';
import { watchText, type WatchStringKey } from '@/lib/watch/strings';

/** `date`: the reader's way of writing a time (the translator's `date`). */
export function outcomeText(outcome: Outcome | null, date: (value: number) => string): string {
  if (!outcome) return watchText('notYetRead');
  return watchText(`outcome_${outcome.kind}` as WatchStringKey, {
    time: date(outcome.at),
    status: outcome.status ?? '—',
    detail: outcome.detail ?? '—',
  });
}
