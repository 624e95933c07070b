import { useState } from 'preact/hooks';
import type { ExportKind } from '@/lib/protocol';
import type { OwnArchiveStatus } from '@/lib/store/status';
import { Notice } from './Notice';
import type { PlainKey } from '@/lib/i18n/translate';
import { formatBytes } from './bytes';
import { useT } from './i18n';

export interface OwnArchiveActions {
  onSetVisits?: (on: boolean) => void;
  /** Forget the reader's visits: of this article (its store key) or all (null). */
  onForget?: (articleKey: string | null) => void;
  onExport?: (kind: ExportKind) => void;
}

interface Props extends OwnArchiveActions {
  own: OwnArchiveStatus;
  /** There is a compared capture (export possible). */
  canExport: boolean;
  /** The outcome of the last action (forgotten, export failed …), shown once. */
  message?: string | null;
}

const OUTCOME: Partial<Record<OwnArchiveStatus['visit'], PlainKey>> = {
  stored: 'own.stored',
  unchanged: 'own.unchanged',
  off: 'own.off',
  empty: 'own.empty',
};

/** The reader's own archive for this page: what happened to the visit, the switch, forget, export. */
export function OwnArchivePanel({ own, canExport, message, onSetVisits, onForget, onExport }: Props) {
  const tr = useT();
  const { t, n } = tr;
  const [confirmAll, setConfirmAll] = useState(false);
  const outcome = OUTCOME[own.visit];
  return (
    <div class="own" data-testid="own-archive">
      {own.firstNotice && (
        <Notice tone="info" testId="visits-notice">
          {t('own.firstNotice')}
        </Notice>
      )}
      {own.error && (
        <Notice tone="error" testId="own-error">
          {t('own.failed', own.error)}
        </Notice>
      )}
      {own.evicted > 0 && (
        <Notice tone="warn" testId="evicted">
          {n('own.evicted', own.evicted)}
        </Notice>
      )}
      {outcome && (
        <p class="own__line" data-testid="visit-outcome" data-outcome={own.visit}>
          {t(outcome)}
        </p>
      )}
      {message && (
        <p class="own__line" role="status" data-testid="own-message">
          {message}
        </p>
      )}
      <label class="own__toggle">
        <input type="checkbox" data-testid="visits-toggle" checked={own.visits} disabled={!onSetVisits} onChange={(e) => onSetVisits?.(e.currentTarget.checked)} />{' '}
        {t('own.toggle')}
      </label>
      <div class="own__buttons">
        {own.articleKey && (
          <button type="button" data-testid="forget-article" disabled={!onForget} onClick={() => onForget?.(own.articleKey)}>
            {t('own.forgetArticle')}
          </button>
        )}
        <button
          type="button"
          data-testid="forget-all"
          disabled={!onForget}
          onClick={() => {
            if (!confirmAll) return setConfirmAll(true);
            setConfirmAll(false);
            onForget?.(null);
          }}
        >
          {confirmAll ? t('own.confirmAll') : t('own.forgetAll')}
        </button>
      </div>
      {canExport && onExport && (
        <div class="own__buttons" role="group" aria-label={t('own.exportHeading')}>
          <strong class="own__label">{t('own.exportHeading')}</strong>
          <button type="button" data-testid="export-capture" onClick={() => onExport('capture')}>
            {t('own.exportCapture')}
          </button>
          <button type="button" data-testid="export-report-md" onClick={() => onExport('report-md')}>
            {t('own.exportMarkdown')}
          </button>
          <button type="button" data-testid="export-report-json" onClick={() => onExport('report-json')}>
            {t('own.exportJson')}
          </button>
        </div>
      )}
      {own.usage && (
        <p class="own__line muted" data-testid="own-usage">
          {t('own.usage', new Intl.NumberFormat(tr.lang).format(own.usage.captures), formatBytes(own.usage.bytes, tr), formatBytes(own.usage.cap, tr))}
        </p>
      )}
    </div>
  );
}
