import { useState } from 'preact/hooks';
import { useT } from './i18n';

interface Props {
  /** Visits are being saved. */
  visits: boolean;
  onSetVisits: (on: boolean) => void;
  /** Forget every saved visit (asked twice). */
  onForgetAll: () => void;
  /** The outcome of the last action (forgotten, failed), shown once. */
  message?: string | null;
}

/** The options page's part of "Archive sources" for the reader's own archive: the switch and forget all. */
export function OwnArchiveOptions({ visits, onSetVisits, onForgetAll, message = null }: Props) {
  const { t } = useT();
  const [confirmAll, setConfirmAll] = useState(false);
  return (
    <div class="own" data-testid="own-options">
      <h3>{t('own.heading')}</h3>
      <label class="own__toggle">
        <input type="checkbox" data-testid="visits-toggle" checked={visits} onChange={(e) => onSetVisits(e.currentTarget.checked)} />{' '}
        {t('own.toggle')}
      </label>
      <p>
        <button
          type="button"
          data-testid="forget-all"
          onClick={() => {
            if (!confirmAll) return setConfirmAll(true);
            setConfirmAll(false);
            onForgetAll();
          }}
        >
          {confirmAll ? t('own.confirmAll') : t('own.forgetAll')}
        </button>
      </p>
      {message && (
        <p role="status" data-testid="own-message">
          {message}
        </p>
      )}
    </div>
  );
}
