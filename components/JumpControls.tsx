import type { JumpTarget } from '@/lib/protocol';
import { useT } from './i18n';

/**
 * Previous / next change on the page. The same moves have a remappable keyboard shortcut (the
 * extension's commands, Alt+Shift+J / Alt+Shift+K by default): no single-key shortcut anywhere.
 */
export function JumpControls({ onJump }: { onJump: (target: JumpTarget) => void }) {
  const { t } = useT();
  return (
    <span class="jump" role="group" aria-label={t('jump.group')}>
      <button type="button" class="jump__btn" data-testid="jump-previous" aria-label={t('jump.previous')} onClick={() => onJump('previous')}>
        ↑
      </button>
      <button type="button" class="jump__btn" data-testid="jump-next" aria-label={t('jump.next')} onClick={() => onJump('next')}>
        ↓
      </button>
    </span>
  );
}
