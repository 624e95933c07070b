import type { ParagraphChange } from '@/lib/types';
import { DiffText } from './DiffText';

const LABEL: Record<ParagraphChange['status'], string> = {
  unchanged: 'Unchanged',
  changed: 'Edited',
  added: 'Added since the capture',
  removed: 'Removed since the capture',
  moved: 'Moved',
  appended: 'New live-blog entry since the capture',
};

/**
 * One paragraph of the comparison. Archived text is shown as text nodes only (Preact escapes it),
 * never as HTML. Changes are told by words and by strike-through / underline, not by colour alone.
 */
export function ParagraphChangeView({ change }: { change: ParagraphChange }) {
  const { status } = change;
  return (
    <li class={`para para--${status}`} data-testid="paragraph" data-status={status}>
      {status !== 'unchanged' && <span class="para__label">{LABEL[status]}</span>}
      {status === 'unchanged' && <p data-testid="archived-text">{change.archived}</p>}
      {status === 'changed' && (
        <>
          <p class="para__before">
            <span class="sr">Archived: </span>
            <del data-testid="archived-text">{change.archived}</del>
          </p>
          <p class="para__after">
            <span class="sr">Live: </span>
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
          <span class="sr">Moved from paragraph {(change.archivedIndex ?? 0) + 1}: </span>
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
