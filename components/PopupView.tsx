import { KIND_LABELS } from '@/lib/diff/kind-labels';
import { formatSummary } from '@/lib/diff/summary-line';
import type { TabSummary } from '@/lib/protocol';
import { useT } from './i18n';

interface Props {
  /** The background's summary of the active tab; null when no article was compared there. */
  summary: TabSummary | null;
  error?: string | null;
  /** Opens the options page. */
  onOpenSettings?: () => void;
}

/** The toolbar popup: what changed in the article of the current tab. */
export function PopupView({ summary, error, onOpenSettings }: Props) {
  const { t } = useT();
  return (
    <>
      <PopupBody summary={summary} error={error} />
      {onOpenSettings && (
        <p class="popup__settings">
          <button type="button" data-testid="open-settings" onClick={onOpenSettings}>
            {t('popup.settings')}
          </button>
        </p>
      )}
    </>
  );
}

function PopupBody({ summary, error }: Props) {
  const tr = useT();
  const { t, date } = tr;
  if (error) return <p class="popup__note" data-testid="popup-error">{t('popup.error', error)}</p>;
  if (!summary) {
    return (
      <p class="popup__note" data-testid="popup-empty">
        {t('popup.empty')}
      </p>
    );
  }
  return (
    <div class="popup" data-testid="popup">
      <h1 class="popup__title">{summary.title}</h1>
      <p class="popup__line" data-testid="popup-line">
        {summary.parts ? formatSummary(summary.parts, tr) : t('sidebar.notInArchive')}
      </p>
      {summary.silentEdit && <p class="popup__silent">{t('popup.silent')}</p>}
      {summary.archivedAt !== null && <p class="popup__when">{t('popup.archivedCopy', date(summary.archivedAt))}</p>}
      {summary.items.length > 0 && (
        <ol class="popup__items">
          {summary.items.map((item, i) => (
            <li key={i}>
              <strong>{t(KIND_LABELS[item.kind].item)}</strong> {item.text}
            </li>
          ))}
        </ol>
      )}
      {summary.count > summary.items.length && <p class="popup__more">{t('popup.more', summary.count - summary.items.length)}</p>}
    </div>
  );
}
