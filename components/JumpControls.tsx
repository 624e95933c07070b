/** A change index (see lib/diff/targets.ts) or a step from the current one. */
export type JumpTarget = number | 'next' | 'previous';

/**
 * Previous / next change on the page. The same moves have a remappable keyboard shortcut (the
 * extension's commands, Alt+Shift+J / Alt+Shift+K by default): no single-key shortcut anywhere.
 */
export function JumpControls({ onJump }: { onJump: (target: JumpTarget) => void }) {
  return (
    <span class="jump" role="group" aria-label="Changes on the page">
      <button type="button" class="jump__btn" data-testid="jump-previous" aria-label="Previous change on the page" onClick={() => onJump('previous')}>
        ↑
      </button>
      <button type="button" class="jump__btn" data-testid="jump-next" aria-label="Next change on the page" onClick={() => onJump('next')}>
        ↓
      </button>
    </span>
  );
}
