// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setSideBySide } from '../../../lib/overlay/side-by-side';

const ourStyles = () => Array.from(document.head.querySelectorAll('style')).filter((s) => s.textContent?.includes('margin-right'));

describe('setSideBySide', () => {
  it('reserves room with one style element and gives it back', () => {
    const before = document.head.innerHTML;
    setSideBySide(document, 400);
    setSideBySide(document, 400); // idempotent: still one element
    const styles = ourStyles();
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe('html { margin-right: 400px !important; }');
    setSideBySide(document, null);
    expect(ourStyles()).toHaveLength(0);
    expect(document.head.innerHTML).toBe(before);
  });

  it("never removes the page's own element, whatever its id", () => {
    document.body.innerHTML = '<div id="rfi-lens-side-by-side">page</div>';
    setSideBySide(document, 400);
    setSideBySide(document, null);
    expect(document.getElementById('rfi-lens-side-by-side')?.textContent).toBe('page');
  });
});

describe('setSideBySide on a page that holds an element with our id', () => {
  it("never removes the page's own element", () => {
    document.body.innerHTML = '<div id="rfi-lens-side-by-side">page</div>';
    setSideBySide(document, 400);
    setSideBySide(document, null);
    expect(document.getElementById('rfi-lens-side-by-side')?.textContent).toBe('page');
  });
  it('with a gate, the room holds only while the gate sheet sets its property', () => {
    setSideBySide(document, 420, 'data-rfi-lens-abcdefghijkl');
    expect(ourStyles()[0]!.textContent).toBe('html { margin-right: calc(var(--data-rfi-lens-abcdefghijkl, 0) * 420px) !important; }');
    setSideBySide(document, null);
    expect(ourStyles()).toHaveLength(0);
  });
});
