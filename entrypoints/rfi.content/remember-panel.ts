// The panel as the reader leaves it: collapsed or open, and its width. Changes the reader makes
// are sent to the background to be stored (lib/settings PanelState); changes the content script
// makes itself (the first paint, opening when edits are found) are not.
import { clampWidth, type PanelState } from '@/lib/settings/settings';

export interface RememberedPanel {
  /** The next collapsed state comes from us, not the reader. */
  expect(collapsed: boolean): void;
  onCollapsedChange(collapsed: boolean): void;
  /** The reader collapsed or opened the panel on this page. */
  touched(): boolean;
  collapsed(): boolean;
  width(): number;
  /** The reader resized the panel; `done`: the drag or key press ended (then it is stored). */
  resize(width: number, done: boolean): void;
  onWidthChange(listener: (width: number) => void): void;
}

export function rememberPanel(initial: PanelState, root: HTMLElement, save: (change: Partial<PanelState>) => void): RememberedPanel {
  let collapsed = true;
  let expected: boolean | null = null;
  let touched = false;
  let width = initial.width;
  const listeners: ((width: number) => void)[] = [];
  root.style.setProperty('--rl-width', `${width}px`);
  return {
    expect(next) {
      expected = next;
    },
    onCollapsedChange(next) {
      if (expected === next) {
        expected = null;
      } else if (next !== collapsed) {
        touched = true;
        save({ collapsed: next });
      }
      collapsed = next;
    },
    touched: () => touched,
    collapsed: () => collapsed,
    width: () => width,
    resize(next, done) {
      width = clampWidth(next);
      root.style.setProperty('--rl-width', `${width}px`);
      for (const listener of listeners) listener(width);
      if (done) save({ width });
    },
    onWidthChange(listener) {
      listeners.push(listener);
    },
  };
}
