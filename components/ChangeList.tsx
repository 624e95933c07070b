import { KIND_LABELS } from '@/lib/diff/kind-labels';
import type { ChangeTarget } from '@/lib/diff/targets';
import { DiffText } from './DiffText';
import { useT } from './i18n';

interface Props {
  targets: readonly ChangeTarget[];
  /** Scrolls the page to change `i` (the same index as the page markers). */
  onJump?: (i: number) => void;
  /** Set: the list is folded under this label (the flip-flop guard: edits that were undone). */
  foldedLabel?: string | null;
}

/** Every change with its inline diff and a control that shows it on the page. */
export function ChangeList({ targets, onJump, foldedLabel = null }: Props) {
  const { t } = useT();
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
      {targets.map((c, i) => (
        <li key={i} class={`change change--${c.kind}`} data-testid="change" data-kind={c.kind}>
          <span class="change__label">
            {c.kind === 'moved' && c.archivedIndex !== null ? t('change.movedFrom', c.archivedIndex + 1) : t(KIND_LABELS[c.kind].name)}
          </span>
          {onJump && (
            <button type="button" class="change__jump" data-testid="jump-to" onClick={() => onJump(i)}>
              {t('change.showOnPage')}
            </button>
          )}
          <p class="change__text">
            {c.kind === 'removed' ? (
              <del>
                <span class="sr">{t('change.srRemoved')} </span>
                {c.archived}
              </del>
            ) : c.kind === 'added' ? (
              <ins>
                <span class="sr">{t('change.srAdded')} </span>
                {c.live}
              </ins>
            ) : c.kind === 'moved' && !c.spans ? (
              <span>{c.live}</span>
            ) : (
              <DiffText spans={c.spans} rewritten={c.rewritten} archived={c.archived} live={c.live} />
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
