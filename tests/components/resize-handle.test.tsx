// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ResizeHandle } from '../../components/ResizeHandle';
import { one, show } from './dom';

describe('ResizeHandle', () => {
  it('is a focusable separator with its width; arrow keys widen and narrow it within the limits', () => {
    const onResize = vi.fn();
    show(<ResizeHandle width={400} min={300} max={720} onResize={onResize} />);
    const handle = one('[data-testid=resize]') as HTMLElement;
    expect(handle.getAttribute('role')).toBe('separator');
    expect(handle.getAttribute('aria-label')).toBe('Panel width');
    expect(handle.tabIndex).toBe(0);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(onResize).toHaveBeenLastCalledWith(420, true);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(onResize).toHaveBeenLastCalledWith(300, true);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(onResize).toHaveBeenLastCalledWith(300, true); // not below the minimum
  });
});
