// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setSideBySide } from '../../../lib/page/side-by-side';

describe('setSideBySide', () => {
  it('reserves room with one style element and gives it back', () => {
    const before = document.head.innerHTML;
    setSideBySide(document, 400);
    setSideBySide(document, 400); // idempotent: still one element
    const styles = document.querySelectorAll('#rfi-lens-side-by-side');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe('html { margin-right: 400px !important; }');
    setSideBySide(document, null);
    expect(document.getElementById('rfi-lens-side-by-side')).toBeNull();
    expect(document.head.innerHTML).toBe(before);
  });
});
