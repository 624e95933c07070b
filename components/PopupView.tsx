import type { TabSummary } from '@/lib/diff/summary-line';
import { formatParisTime } from './format';

const KIND: Record<TabSummary['items'][number]['kind'], string> = {
  headline: 'Headline',
  lead: 'Lead',
  changed: 'Edited',
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
};

interface Props {
  /** The background's summary of the active tab; null when no article was compared there. */
  summary: TabSummary | null;
  error?: string | null;
}

/** The toolbar popup: what changed in the article of the current tab. */
export function PopupView({ summary, error }: Props) {
  if (error) return <p class="popup__note" data-testid="popup-error">RFI Lens: {error}</p>;
  if (!summary) {
    return (
      <p class="popup__note" data-testid="popup-empty">
        No RFI article compared in this tab. Open an article on rfi.fr.
      </p>
    );
  }
  return (
    <div class="popup" data-testid="popup">
      <h1 class="popup__title">{summary.title}</h1>
      <p class="popup__line" data-testid="popup-line">
        {summary.line}
      </p>
      {summary.silentEdit && <p class="popup__silent">Silent edit: the page does not say it was modified.</p>}
      {summary.archivedAt !== null && <p class="popup__when">Archived copy of {formatParisTime(summary.archivedAt)}</p>}
      {summary.items.length > 0 && (
        <ol class="popup__items">
          {summary.items.map((item, i) => (
            <li key={i}>
              <strong>{KIND[item.kind]}:</strong> {item.text}
            </li>
          ))}
        </ol>
      )}
      {summary.count > summary.items.length && <p class="popup__more">… and {summary.count - summary.items.length} more in the sidebar.</p>}
    </div>
  );
}
