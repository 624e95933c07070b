import { summaryLine } from '@/lib/diff/summary-line';
import type { Changes } from '@/lib/types';
import { useT } from './i18n';

/** The summary line and, when the edit is silent, a flag that says why. */
export function ChangeSummary({ changes }: { changes: Changes }) {
  const tr = useT();
  const { t } = tr;
  const silent = changes.silentEdit;
  return (
    <>
      <p class="archive__summary" data-testid="change-summary" aria-live="polite">
        {summaryLine(changes, tr)}
      </p>
      {silent && (
        <p class="archive__silent" data-testid="silent-edit">
          <strong>{t('silent.title')}</strong>{' '}
          {silent.reason === 'missing'
            ? t('silent.missing')
            : silent.reason === 'equals-published'
              ? t('silent.equalsPublished')
              : t('silent.beforeCapture')}
        </p>
      )}
    </>
  );
}
