// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createUiHost, randomTag } from '../../../lib/overlay/host';

describe('UI host', () => {
  it('has a random valid custom-element tag each time', () => {
    const tags = new Set(Array.from({ length: 50 }, () => randomTag('rfi-lens')));
    expect(tags.size).toBe(50);
    for (const t of tags) expect(t).toMatch(/^rfi-lens-[a-z]{12}$/);
  });
  it('keeps its root closed and its box !important', () => {
    const { host, shadow, container } = createUiHost(document, '.x{}', 'position:fixed;top:0');
    expect(host.shadowRoot).toBeNull();
    expect(shadow.contains(container)).toBe(true);
    for (const [p, v] of [['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['position', 'fixed'], ['top', '0px']] as const) {
      expect([p, host.style.getPropertyValue(p).replace(/^0$/, '0px'), host.style.getPropertyPriority(p)]).toEqual([p, v, 'important']);
    }
    // Text spacing given back to the reader (not !important) is checked where CSSOM is real: axe's
    // avoid-inline-spacing in tests/e2e/a11y.e2e.test.ts (Firefox reports it; happy-dom drops it).
  });
});
