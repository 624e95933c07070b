import type { ParagraphChange } from '@/lib/types';
import type { PlainKey } from '@/lib/i18n/translate';
import { DiffText } from './DiffText';
import { useT } from './i18n';

const LABEL: Record<ParagraphChange['status'], PlainKey> = {
  unchanged: 'change.unchanged',
  changed: 'change.changed',
  added: 'change.added',
  removed: 'change.removed',
  moved: 'change.moved',
  appended: 'change.appended',
};

/**
 * One paragraph of the comparison. Archived text is shown as text nodes only (Preact escapes it),
 * never as HTML. Changes are told by words and by strike-through / underline, not by colour alone.
 */
export function ParagraphChangeView({ change }: { change: ParagraphChange }) {
  const { t } = useT();
  const { status } = change;
  return (
    <li class={`para para--${status}`} data-testid="paragraph" data-status={status}>
      {status !== 'unchanged' && <span class="para__label">{t(LABEL[status])}</span>}
      {status === 'unchanged' && <p data-testid="archived-text">{change.archived}</p>}
      {status === 'changed' && (
        <>
          <p class="para__before">
            <span class="sr">{t('change.srArchived')} </span>
            <del data-testid="archived-text">{change.archived}</del>
          </p>
          <p class="para__after">
            <span class="sr">{t('change.srLive')} </span>
            <ins>{change.live}</ins>
          </p>
        </>
      )}
      {status === 'removed' && (
        <p>
          <del data-testid="archived-text">{change.archived}</del>
        </p>
      )}
      {status === 'moved' && (
        <p>
          <span class="sr">{t('change.srMovedFrom', (change.archivedIndex ?? 0) + 1)} </span>
          {change.spans ? <DiffText spans={change.spans} rewritten={change.rewritten} /> : <span data-testid="archived-text">{change.archived}</span>}
        </p>
      )}
      {(status === 'added' || status === 'appended') && (
        <p>
          <ins>{change.live}</ins>
        </p>
      )}
    </li>
  );
}
