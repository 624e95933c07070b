import { useState } from 'preact/hooks';
import type { ExportKind } from '@/lib/protocol';
import type { OwnArchiveStatus } from '@/lib/store/status';
import { Notice } from './Notice';
import { fill, formatBytes, OWN_TEXT } from './own-archive-text';

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

const OUTCOME: Partial<Record<OwnArchiveStatus['visit'], string>> = {
  stored: OWN_TEXT.stored,
  unchanged: OWN_TEXT.unchanged,
  off: OWN_TEXT.off,
  empty: OWN_TEXT.empty,
};

/** The reader's own archive for this page: what happened to the visit, the switch, forget, export. */
export function OwnArchivePanel({ own, canExport, message, onSetVisits, onForget, onExport }: Props) {
  const [confirmAll, setConfirmAll] = useState(false);
  const outcome = OUTCOME[own.visit];
  return (
    <div class="own" data-testid="own-archive">
      {own.firstNotice && (
        <Notice tone="info" testId="visits-notice">
          {OWN_TEXT.firstNotice}
        </Notice>
      )}
      {own.error && (
        <Notice tone="error" testId="own-error">
          {fill(OWN_TEXT.failed, { error: own.error })}
        </Notice>
      )}
      {own.evicted > 0 && (
        <Notice tone="warn" testId="evicted">
          {fill(OWN_TEXT.evicted, { count: own.evicted })}
        </Notice>
      )}
      {outcome && (
        <p class="own__line" data-testid="visit-outcome" data-outcome={own.visit}>
          {outcome}
        </p>
      )}
      {message && (
        <p class="own__line" role="status" data-testid="own-message">
          {message}
        </p>
      )}
      <label class="own__toggle">
        <input type="checkbox" data-testid="visits-toggle" checked={own.visits} disabled={!onSetVisits} onChange={(e) => onSetVisits?.(e.currentTarget.checked)} />{' '}
        {OWN_TEXT.toggle}
      </label>
      <div class="own__buttons">
        {own.articleKey && (
          <button type="button" data-testid="forget-article" disabled={!onForget} onClick={() => onForget?.(own.articleKey)}>
            {OWN_TEXT.forgetArticle}
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
          {confirmAll ? OWN_TEXT.confirmAll : OWN_TEXT.forgetAll}
        </button>
      </div>
      {canExport && onExport && (
        <div class="own__buttons" role="group" aria-label={OWN_TEXT.exportHeading}>
          <strong class="own__label">{OWN_TEXT.exportHeading}</strong>
          <button type="button" data-testid="export-capture" onClick={() => onExport('capture')}>
            {OWN_TEXT.exportCapture}
          </button>
          <button type="button" data-testid="export-report-md" onClick={() => onExport('report-md')}>
            {OWN_TEXT.exportMarkdown}
          </button>
          <button type="button" data-testid="export-report-json" onClick={() => onExport('report-json')}>
            {OWN_TEXT.exportJson}
          </button>
        </div>
      )}
      {own.usage && (
        <p class="own__line muted" data-testid="own-usage">
          {fill(OWN_TEXT.usage, { captures: own.usage.captures, size: formatBytes(own.usage.bytes), cap: formatBytes(own.usage.cap) })}
        </p>
      )}
    </div>
  );
}
