// How the watch controls word an outcome: one full sentence per kind (lib/watch/strings.ts).
import type { Outcome } from '@/lib/watch/state';
import { watchText, type WatchStringKey } from '@/lib/watch/strings';
import { formatParisTime } from './format';

export function outcomeText(outcome: Outcome | null): string {
  if (!outcome) return watchText('notYetRead');
  return watchText(`outcome_${outcome.kind}` as WatchStringKey, {
    time: formatParisTime(outcome.at),
    status: outcome.status ?? '—',
    detail: outcome.detail ?? '—',
  });
}
