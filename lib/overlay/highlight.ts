// Highlights an entity's mentions in the live article with the CSS Custom Highlight API
// (`CSS.highlights` + `::highlight()`): the page's text nodes are never touched, and clearing
// leaves the page exactly as it was. Without the API, the current mention is selected instead.
// Works on the Document it is given.
import type { FindResult } from '../protocol';
import type { EntityMention, ReportEntity } from '../types';
import { pageText, rangeAt } from './find-text';

import { HIGHLIGHT_ALL, HIGHLIGHT_CURRENT, highlightRules } from './highlight-style';

export { HIGHLIGHT_ALL, HIGHLIGHT_CURRENT };
const STYLE_ID = 'rfi-lens-highlight-style';
const CSS_TEXT = highlightRules();

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet?: new () => CSSStyleSheet;
}

/**
 * Ranges of the mentions on the page. Each segment (title, lead, paragraph, as the extractor read
 * them) is found in the page text in reading order; a mention whose segment is not found falls
 * back to the next occurrence of its own text. Mentions that cannot be found are left out.
 */
export function locateMentions(root: Element, segments: string[], mentions: EntityMention[]): Range[] {
  const page = pageText(root);
  const segmentAt = new Map<number, number>();
  let cursor = 0;
  segments.forEach((text, i) => {
    let at = page.text.indexOf(text, cursor);
    if (at < 0) at = page.text.indexOf(text);
    if (at < 0) return;
    segmentAt.set(i, at);
    cursor = at + text.length;
  });
  const ranges: Range[] = [];
  let fallbackFrom = 0;
  for (const m of [...mentions].sort((a, b) => a.segment - b.segment || a.start - b.start)) {
    const base = segmentAt.get(m.segment);
    let start = base === undefined ? -1 : base + m.start;
    if (start < 0) {
      // Search after the last segment found before this one, never in text before the article.
      for (let s = m.segment - 1; s >= 0; s--) {
        const at = segmentAt.get(s);
        if (at !== undefined) {
          fallbackFrom = Math.max(fallbackFrom, at + (segments[s]?.length ?? 0));
          break;
        }
      }
      const surface = segments[m.segment]?.slice(m.start, m.end) ?? '';
      start = surface ? page.text.indexOf(surface, fallbackFrom) : -1;
      if (start < 0) continue;
      fallbackFrom = start + surface.length;
    }
    const range = rangeAt(root.ownerDocument, page, start, start + (m.end - m.start));
    if (range) ranges.push(range);
  }
  return ranges;
}

export interface Highlighter {
  /** Marks every range, `current` more strongly, and scrolls to it. False when nothing could be shown. */
  show(ranges: Range[], current: number): boolean;
  /** Removes every mark (and the style it needed). Safe to call at any time, repeatedly. */
  clear(): void;
  /** 'highlight' with the Custom Highlight API, 'selection' without it. */
  readonly mode: 'highlight' | 'selection';
}

/** Installs the ::highlight() rules without adding an element when possible; returns the undo. */
function installStyle(doc: Document, win: HighlightWindow): () => void {
  try {
    if (win.CSSStyleSheet && Array.isArray(doc.adoptedStyleSheets)) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        };
      }
    }
  } catch {
    // Some content-script sandboxes refuse constructed sheets: fall back to a <style> element.
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}

/**
 * `gated` (Firefox, host.ts newGate): the ::highlight() rules come with the gate's sheet, so none
 * is put in the page here, and what stays in the registry once the extension is gone is not painted.
 */
export function createHighlighter(doc: Document, gated = false): Highlighter {
  const win = (doc.defaultView ?? {}) as HighlightWindow;
  const registry = win.CSS?.highlights;
  const Ctor = win.Highlight;
  let undoStyle: (() => void) | null = null;

  const scrollTo = (range: Range): void => {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
  };

  if (!registry || !Ctor) {
    return {
      mode: 'selection',
      show(ranges, current) {
        const range = ranges[current];
        if (!range) return false;
        const selection = doc.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        scrollTo(range);
        return true;
      },
      clear() {
        doc.getSelection()?.removeAllRanges();
      },
    };
  }
  return {
    mode: 'highlight',
    show(ranges, current) {
      const range = ranges[current];
      if (!range) return false;
      if (!gated) undoStyle ??= installStyle(doc, win);
      registry.set(HIGHLIGHT_ALL, new Ctor(...ranges));
      registry.set(HIGHLIGHT_CURRENT, new Ctor(range));
      scrollTo(range);
      return true;
    },
    clear() {
      registry.delete(HIGHLIGHT_ALL);
      registry.delete(HIGHLIGHT_CURRENT);
      undoStyle?.();
      undoStyle = null;
    },
  };
}

/**
 * Takes out of the page's registry the marks an earlier run of the extension left there. Firefox
 * ends a reloaded extension's content script with nothing run, and the new run's gate sheet would
 * paint those marks again (the names are the same); Chromium's old run clears its own.
 */
export function forgetLeftoverHighlights(doc: Document): void {
  try {
    const registry = (doc.defaultView as HighlightWindow | null)?.CSS?.highlights;
    registry?.delete(HIGHLIGHT_ALL);
    registry?.delete(HIGHLIGHT_CURRENT);
  } catch {
    // never throw into the page
  }
}

export interface EntityFinder {
  /** First call for an entity: mark all its mentions, go to the first; again: go to the next. */
  find(entity: ReportEntity): FindResult;
  clear(): void;
}

/**
 * The sidebar's "find on the page": the mentions the report located (`entity.mentions` into
 * `segments`, the live article as the extractor read it).
 */
export function createEntityFinder(doc: Document, segments: string[], highlighter = createHighlighter(doc)): EntityFinder {
  let key: string | null = null;
  let ranges: Range[] = [];
  let index = 0;
  const clear = (): void => {
    key = null;
    ranges = [];
    index = 0;
    highlighter.clear();
  };
  return {
    find(entity) {
      const root = doc.body ?? doc.documentElement;
      const wanted = `${entity.type}:${entity.text}`;
      if (key === wanted && ranges.length > 0) {
        index = (index + 1) % ranges.length;
      } else {
        clear();
        key = wanted;
        ranges = locateMentions(root, segments, entity.mentions);
      }
      if (ranges.length === 0 || !highlighter.show(ranges, index)) {
        highlighter.clear();
        return { index: 0, total: 0 };
      }
      return { index, total: ranges.length };
    },
    clear,
  };
}
