// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightRules } from '../../../lib/overlay/highlight-style';
import { confirmGate, createUiHost, gateSheet, isGate, newGate, randomTag } from '../../../lib/overlay/host';

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
  it('gated (Firefox): hidden inline, shown only by the gate sheet, which names nothing but a gate', () => {
    const gate = newGate();
    expect(isGate(gate)).toBe(true);
    for (const bad of ['data-rfi-lens-x] { }', 'style', `${gate} `, 42, null]) expect(isGate(bad)).toBe(false);
    expect(() => gateSheet('html{}[x')).toThrow();
    expect(gateSheet(gate)).toBe(`[${gate}] { display: block !important; }\nhtml { --${gate}: 1 !important; }\n${highlightRules(true)}`);
    // The mention highlights are painted by this sheet only, so they go with it.
    expect(highlightRules(true)).toContain('::highlight(rfi-lens-mention) { background-color: #ffe27a !important;');
    expect(highlightRules(true)).toContain('::highlight(rfi-lens-mention-current) { background-color: #ff9e3d !important;');
    const { host } = createUiHost(document, '', 'position:fixed', 'rfi-lens', gate);
    expect(host.hasAttribute(gate)).toBe(true);
    expect([host.style.getPropertyValue('display'), host.style.getPropertyPriority('display')]).toEqual(['none', 'important']);
    // No sheet in the page: the host is shown without the gate.
    document.body.append(host);
    expect(confirmGate(host, gate, window)).toBe(false);
    expect(host.hasAttribute(gate)).toBe(false);
    expect(host.style.getPropertyValue('display')).toBe('block');
    host.remove();
  });
});
