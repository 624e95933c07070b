import { useState } from 'preact/hooks';
import { useT } from './i18n';

/** The smallest size cap the reader may set, in MB. */
export const MIN_CAP_MB = 10;

interface Props {
  /** Visits are being saved. */
  visits: boolean;
  onSetVisits: (on: boolean) => void;
  /** Forget every saved visit (asked twice). */
  onForgetAll: () => void;
  /** The outcome of the last action (forgotten, failed), shown once. */
  message?: string | null;
  /** The store's size cap in MB, and its change (the oldest of the reader's own captures go past it). */
  capMb?: number;
  onSetCap?: (mb: number) => void;
}

/** The options page's part of "Archive sources" for the reader's own archive: the switch and forget all. */
export function OwnArchiveOptions({ visits, onSetVisits, onForgetAll, message = null, capMb, onSetCap }: Props) {
  const { t } = useT();
  const [confirmAll, setConfirmAll] = useState(false);
  return (
    <div class="own" data-testid="own-options">
      <h3>{t('own.heading')}</h3>
      <label class="own__toggle">
        <input type="checkbox" data-testid="visits-toggle" checked={visits} onChange={(e) => onSetVisits(e.currentTarget.checked)} />{' '}
        {t('own.toggle')}
      </label>
      {capMb !== undefined && onSetCap && (
        <p>
          <label>
            {t('own.capLabel')}{' '}
            <input
              type="number"
              min={MIN_CAP_MB}
              step={10}
              data-testid="cap-mb"
              value={capMb}
              onChange={(e) => {
                const mb = Math.round(Number(e.currentTarget.value));
                if (Number.isFinite(mb) && mb >= MIN_CAP_MB) onSetCap(mb);
                else e.currentTarget.value = String(capMb);
              }}
            />
          </label>
        </p>
      )}
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
