// @vitest-environment happy-dom
// The highlighter against a registry like the browsers' CSS.highlights (happy-dom has none): where
// the ::highlight() rules live decides whether the marks outlive the extension (highlight-style.ts).
import { describe, expect, it } from 'vitest';
import { createHighlighter, forgetLeftoverHighlights, HIGHLIGHT_ALL, HIGHLIGHT_CURRENT } from '../../../lib/overlay/highlight';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

function pageWithRegistry() {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = '<p>Blinken met Lavrov; Blinken left.</p>';
  const registry = new Map<string, unknown>();
  // The fake window: CSS.highlights and Highlight, no constructed sheets (a <style> is used).
  Object.defineProperty(doc, 'defaultView', { value: { CSS: { highlights: registry }, Highlight: FakeHighlight } });
  const text = doc.body.firstChild!.firstChild!;
  const range = (start: number, end: number) => {
    const r = doc.createRange();
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };
  return { doc, registry, ranges: [range(0, 7), range(20, 27)] };
}

const styles = (doc: Document) => [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '');

describe('createHighlighter', () => {
  it('ungated (Chromium): registers the marks and puts their ::highlight() rules in the page, both taken back on clear', () => {
    const { doc, registry, ranges } = pageWithRegistry();
    const h = createHighlighter(doc);
    expect(h.mode).toBe('highlight');
    expect(h.show(ranges, 1)).toBe(true);
    expect((registry.get(HIGHLIGHT_ALL) as FakeHighlight).ranges).toHaveLength(2);
    expect((registry.get(HIGHLIGHT_CURRENT) as FakeHighlight).ranges[0]).toBe(ranges[1]);
    expect(styles(doc).join('\n')).toContain(`::highlight(${HIGHLIGHT_ALL})`);
    h.clear();
    expect(registry.size).toBe(0);
    expect(styles(doc)).toEqual([]);
  });

  it('gated (Firefox): registers the marks but puts no rule in the page (the gate sheet paints them)', () => {
    const { doc, registry, ranges } = pageWithRegistry();
    const h = createHighlighter(doc, true);
    expect(h.show(ranges, 0)).toBe(true);
    expect(registry.has(HIGHLIGHT_ALL)).toBe(true);
    expect(styles(doc)).toEqual([]);
    expect(doc.adoptedStyleSheets ?? []).toEqual([]);
    h.clear();
    expect(registry.size).toBe(0);
  });

  it('forgets the marks an earlier run left in the registry, and only ours', () => {
    const { doc, registry, ranges } = pageWithRegistry();
    createHighlighter(doc, true).show(ranges, 0); // a run that ended without clearing
    registry.set('page-own', new FakeHighlight());
    forgetLeftoverHighlights(doc);
    expect([...registry.keys()]).toEqual(['page-own']);
    forgetLeftoverHighlights(document.implementation.createHTMLDocument('no registry')); // no throw
  });
});
