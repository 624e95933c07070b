import type { ChangeTarget } from '@/lib/diff/targets';
import { DiffText } from './DiffText';

const LABEL: Record<ChangeTarget['kind'], string> = {
  headline: 'Headline',
  lead: 'Lead',
  changed: 'Edited',
  added: 'Added since the capture',
  removed: 'Removed since the capture',
  moved: 'Moved',
};

interface Props {
  targets: readonly ChangeTarget[];
  /** Scrolls the page to change `i` (the same index as the page markers). */
  onJump?: (i: number) => void;
  /** Set: the list is folded under this label (the flip-flop guard: edits that were undone). */
  foldedLabel?: string | null;
}

/** Every change with its inline diff and a control that shows it on the page. */
export function ChangeList({ targets, onJump, foldedLabel = null }: Props) {
  if (!targets.length) return null;
  if (foldedLabel !== null) {
    return (
      <details class="changes__folded" data-testid="folded-changes">
        <summary>{foldedLabel}</summary>
        <ChangeList targets={targets} onJump={onJump} />
      </details>
    );
  }
  return (
    <ol class="changes" data-testid="change-list">
      {targets.map((t, i) => (
        <li key={i} class={`change change--${t.kind}`} data-testid="change" data-kind={t.kind}>
          <span class="change__label">
            {LABEL[t.kind]}
            {t.kind === 'moved' && t.archivedIndex !== null && ` (was paragraph ${t.archivedIndex + 1})`}
          </span>
          {onJump && (
            <button type="button" class="change__jump" data-testid="jump-to" onClick={() => onJump(i)}>
              Show on page
            </button>
          )}
          <p class="change__text">
            {t.kind === 'removed' ? (
              <del>
                <span class="sr">Removed: </span>
                {t.archived}
              </del>
            ) : t.kind === 'added' ? (
              <ins>
                <span class="sr">Added: </span>
                {t.live}
              </ins>
            ) : t.kind === 'moved' && !t.spans ? (
              <span>{t.live}</span>
            ) : (
              <DiffText spans={t.spans} rewritten={t.rewritten} archived={t.archived} live={t.live} />
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
