import { summaryLine } from '@/lib/diff/summary-line';
import type { Changes } from '@/lib/types';
import { Notice } from './Notice';
import { useT } from './i18n';

interface Props {
  changes: Changes;
  /** Capture time of the version compared with (epoch ms): named by the flip-flop notice. */
  comparedAt?: number | null;
}

/** The summary line; when the edit is silent, a flag that says why; flip-flop and live-blog notices. */
export function ChangeSummary({ changes, comparedAt = null }: Props) {
  const tr = useT();
  const { t, date } = tr;
  const silent = changes.silentEdit;
  const earlier = changes.sameAsEarlier;
  return (
    <>
      <p class="archive__summary" data-testid="change-summary" aria-live="polite">
        {summaryLine(changes, tr)}
      </p>
      {earlier && (
        <Notice tone="info" testId="same-as-earlier">
          {t('trust.sameAsEarlierNotice', date(earlier.archivedAt), date(comparedAt))}
        </Notice>
      )}
      {changes.liveBlog && (
        <Notice tone="info" testId="live-blog">
          {t('trust.liveBlogNotice')}
        </Notice>
      )}
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
