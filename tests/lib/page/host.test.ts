// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createUiHost, randomTag } from '../../../lib/page/host';

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
    expect(host.getAttribute('style')).toMatch(/^all:initial !important;display:block !important;.*position:fixed !important;top:0 !important$/);
  });
});
